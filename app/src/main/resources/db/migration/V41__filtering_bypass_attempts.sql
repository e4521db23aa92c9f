-- PROC-CMA-03, FILT-10: attempts to bypass filtering (VPNs, proxies, DNS-over-HTTPS resolvers), gathered from the
-- decision log into one alert per device (or user name) and day, each of which opens a computer-misuse concern.
create table filtering_bypass_attempt (
    id              uuid primary key,
    school_id       uuid not null references school (id),
    client_address  inet,
    user_name       text,
    group_id        text,
    day             date not null,
    first_at        timestamptz not null,
    last_at         timestamptz not null,
    attempts        integer not null check (attempts > 0),
    alerted_at      timestamptz not null
);
create index filtering_bypass_attempt_by_device on filtering_bypass_attempt (school_id, client_address, user_name, day);

grant select, insert, update on filtering_bypass_attempt to ${appRole};
