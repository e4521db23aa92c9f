-- PROC-IIOC-08: the technical register of prevention controls (the IWF block list, web filtering, firewall,
-- anti-spam, anti-virus), each with who provides it, how it is in place and when it was last verified.
create table technical_control (
    id              uuid primary key,
    school_id       uuid not null references school (id),
    kind            text not null check (kind in ('IWF_BLOCK_LIST', 'WEB_FILTERING', 'FIREWALL', 'ANTI_SPAM',
                                                  'ANTI_VIRUS')),
    provider        text not null check (length(trim(provider)) > 0),
    how_in_place    text not null check (length(trim(how_in_place)) > 0),
    verified_on     date not null,
    verified_by     text not null check (length(trim(verified_by)) > 0),
    next_check_due  date not null check (next_check_due >= verified_on),
    recorded_by     uuid not null references person (id),
    recorded_at     timestamptz not null,
    version         integer not null default 0
);
create index technical_control_by_school on technical_control (school_id, kind);

grant select, insert, update, delete on technical_control to ${appRole};
