-- Filtering policy versions per school. Every change is a proposal with a reason and a risk note, approved by a
-- different person with a leadership role, then activated as a new version (FILT-11). Versions are never edited
-- after approval or rejection; the history is the table itself.
create table filter_policy_version (
    id             uuid primary key,
    school_id      uuid not null references school (id),
    version        integer not null check (version > 0),
    status         text not null check (status in ('PROPOSED', 'ACTIVE', 'SUPERSEDED', 'REJECTED', 'WITHDRAWN')),
    groups         jsonb not null,
    reason         text not null check (length(trim(reason)) > 0),
    risk_note      text not null check (length(trim(risk_note)) > 0),
    proposed_by    uuid references person (id),
    proposed_at    timestamptz not null default now(),
    decided_by     uuid references person (id),
    decided_at     timestamptz,
    decision_note  text,
    activated_at   timestamptz,
    based_on       integer,
    row_version    integer not null default 0,
    unique (school_id, version),
    -- whoever proposed a change cannot be the one who approves it
    check (decided_by is null or proposed_by is null or decided_by <> proposed_by)
);
create unique index filter_policy_one_active on filter_policy_version (school_id) where status = 'ACTIVE';
create unique index filter_policy_one_open_proposal on filter_policy_version (school_id) where status = 'PROPOSED';

grant select, insert, update on filter_policy_version to ${appRole};
