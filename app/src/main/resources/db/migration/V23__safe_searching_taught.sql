-- "Safe searching taught" (FILT-06, TRN-09): a group's general search engines stay blocked, with only the child
-- search engine, until its class has been taught safe searching and how to flag worrying results. One record a
-- filtering group; a record is a fact, never edited, and every one is audited.
create table safe_searching_taught (
    id           uuid primary key,
    school_id    uuid not null references school (id),
    group_id     text not null,
    class_name   text not null check (length(trim(class_name)) > 0),
    taught_on    date not null,
    taught_by    text not null check (length(trim(taught_by)) > 0),
    recorded_by  uuid not null references person (id),
    recorded_at  timestamptz not null default now(),
    unique (school_id, group_id)
);

grant select, insert on safe_searching_taught to ${appRole};
