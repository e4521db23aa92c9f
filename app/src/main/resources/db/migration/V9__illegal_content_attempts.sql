-- Attempts to reach an address on an illegal-content list, gathered from the decision log into one alert per device
-- (or user name) and hour, each of which opens a filtering-breach concern for the DSL (E-36, FILT, PROC-FB-05).
create table illegal_content_attempt (
    id              uuid primary key,
    school_id       uuid not null references school (id),
    client_address  inet,
    user_name       text,
    group_id        text,
    first_at        timestamptz not null,
    last_at         timestamptz not null,
    attempts        integer not null check (attempts > 0),
    alerted_at      timestamptz not null
);
create index illegal_content_attempt_recent on illegal_content_attempt (school_id, client_address, user_name, last_at desc);

-- How far the watch has read the decision log.
create table decision_log_watch (
    name    text primary key,
    up_to   timestamptz not null
);

grant select, insert, update on illegal_content_attempt, decision_log_watch to ${appRole};
