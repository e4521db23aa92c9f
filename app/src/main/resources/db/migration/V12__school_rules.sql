-- A school's own layer of escalation rules (YAML), each version kept; the newest is in force. A layer can only add
-- rules and choose among a route's options, so it cannot weaken a mandatory rule (docs/procedures.md).
create table school_rules (
    school_id   uuid not null references school (id),
    version     integer not null,
    yaml        text not null,
    reason      text not null check (length(trim(reason)) > 0),
    added_by    uuid not null references person (id),
    added_at    timestamptz not null,
    primary key (school_id, version)
);

grant select, insert on school_rules to ${appRole};
