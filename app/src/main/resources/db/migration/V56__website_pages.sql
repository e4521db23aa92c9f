-- WEB-04, PROC-CSA-10: the school's website pages that must carry the CEOP report button or the safeguarding
-- information, and what each health check found when it fetched them.
create table website_page (
    id                  uuid primary key,
    school_id           uuid not null references school (id),
    url                 text not null check (url ~* '^https?://'),
    carries_ceop        boolean not null,
    carries_safeguarding boolean not null,
    added_by            uuid not null references person (id),
    added_at            timestamptz not null,
    unique (school_id, url)
);

create table website_check (
    id          bigint generated always as identity primary key,
    page_id     uuid not null references website_page (id) on delete cascade,
    checked_at  timestamptz not null,
    status      integer,
    outcome     text not null check (outcome in ('PASSED', 'NO_CEOP_LINK', 'HTTP_ERROR', 'UNREACHABLE')),
    detail      text not null
);
create index website_check_latest on website_check (page_id, checked_at desc);

grant select, insert, delete on website_page to ${appRole};
grant select, insert on website_check to ${appRole};
