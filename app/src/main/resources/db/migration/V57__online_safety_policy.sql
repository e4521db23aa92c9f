-- GOV-05, ESC-18: the school's online-safety policy, drafted and then activated by the headteacher once every named
-- role and local contact is in place and no template placeholder is left in its text.
create table online_safety_policy (
    id            uuid primary key,
    school_id     uuid not null references school (id),
    version_label text not null check (length(trim(version_label)) > 0),
    body          text not null,
    state         text not null check (state in ('DRAFT', 'ACTIVE', 'SUPERSEDED')),
    drafted_by    uuid not null references person (id),
    drafted_at    timestamptz not null,
    activated_by  uuid references person (id),
    activated_at  timestamptz,
    version       integer not null default 0,
    check ((state = 'DRAFT') = (activated_at is null))
);
create unique index online_safety_policy_one_draft on online_safety_policy (school_id) where state = 'DRAFT';
create unique index online_safety_policy_one_active on online_safety_policy (school_id) where state = 'ACTIVE';

grant select, insert, update on online_safety_policy to ${appRole};
