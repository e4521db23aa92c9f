-- What children and staff send from the block page: a worry for the DSL, or a request to unblock a site for the
-- online safety lead and technical staff, each tracked to a decision (FILT-12).
create table block_page_request (
    id              uuid primary key,
    school_id       uuid not null references school (id),
    kind            text not null check (kind in ('CONCERN', 'UNBLOCK')),
    url             text not null,
    host            text,
    category        text,
    group_id        text,
    policy_version  integer,
    message         text,
    reporter_name   text,
    client_address  text,
    created_at      timestamptz not null default now(),
    status          text not null default 'OPEN' check (status in ('OPEN', 'ALLOWED', 'KEPT_BLOCKED', 'SEEN')),
    decided_by      uuid references person (id),
    decided_at      timestamptz,
    decision_note   text,
    row_version     integer not null default 0
);
create index block_page_request_open on block_page_request (school_id, kind, created_at desc) where status = 'OPEN';

-- A site opened for a group for a while, by a named person with a reason; included in the policy bundle.
create table filter_temporary_allow (
    id          uuid primary key,
    school_id   uuid not null references school (id),
    group_id    text not null,
    domain      text not null,
    granted_by  uuid not null references person (id),
    reason      text not null check (length(trim(reason)) > 0),
    starts_at   timestamptz not null,
    ends_at     timestamptz not null check (ends_at > starts_at),
    request_id  uuid references block_page_request (id)
);
create index filter_temporary_allow_by_school on filter_temporary_allow (school_id, ends_at);

grant select, insert, update on block_page_request to ${appRole};
grant select, insert on filter_temporary_allow to ${appRole};
