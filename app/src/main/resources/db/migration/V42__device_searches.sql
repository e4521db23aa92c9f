-- EVD-10, CONS-12: the record of a search of a learner's device: the leadership-team member who searched, who gave
-- consent (the learner, a parent, or not needed where the school's policy does not ask for it), what was found, and
-- whether content was deleted (never on a sexual case or where crime is suspected: the evidence is preserved).
create table device_search (
    id               uuid primary key,
    concern_id       uuid not null references concern (id),
    device           text not null check (length(trim(device)) > 0),
    searched_by      uuid not null references person (id),
    consent          text not null check (consent in ('LEARNER', 'PARENT', 'NOT_NEEDED')),
    found            text not null check (length(trim(found)) > 0),
    content_deleted  boolean not null,
    recorded_by      uuid not null references person (id),
    recorded_at      timestamptz not null
);
create index device_search_by_concern on device_search (concern_id, recorded_at);

grant select, insert on device_search to ${appRole};
