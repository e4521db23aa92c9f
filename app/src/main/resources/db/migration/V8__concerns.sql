-- Concerns and the work on them: who is involved, the required actions the escalation rules produce, referrals,
-- advice, device custody, grants of access, in-app notifications and the chronology (INC, PROC, ESC, EVD).

create sequence concern_number;

create table concern (
    id                     uuid primary key,
    school_id              uuid not null references school (id),
    reference              text not null unique,
    reported_by            uuid references person (id),
    reporter_name          text,
    reporter_kind          text not null check (reporter_kind in ('STAFF', 'LEARNER', 'PARENT_CARER', 'VISITOR', 'ANONYMOUS', 'SYSTEM')),
    reported_at            timestamptz not null,
    source                 text not null,
    happened_on            date not null,
    location               text not null,
    device                 text not null,
    platform               text,
    description            text not null check (length(trim(description)) > 0),
    immediate_action       text,
    immediate_risk         boolean not null,
    emergency_called       boolean,
    emergency_called_at    timestamptz,
    emergency_caller       text,
    whistleblowing         boolean not null default false,
    kinds                  text[] not null,
    risk_areas             text[] not null default '{}',
    facts                  text[] not null default '{}',
    record_class           text not null check (record_class in ('R1', 'R2', 'R3')),
    status                 text not null,
    assigned_to            uuid references person (id),
    acknowledged_by        uuid references person (id),
    acknowledged_at        timestamptz,
    acknowledgement_step   integer not null default 0,
    escalated_to_trust_at  timestamptz,
    police_hold            boolean not null default false,
    rule_set_version       text,
    banners                text[] not null default '{}',
    parents_decision       text,
    parents_detail         text,
    outcome                text,
    support_offered        text,
    closure_override       text,
    closed_at              timestamptz,
    closed_by              uuid references person (id),
    debrief                text,
    debriefed_at           timestamptz,
    debriefed_by           uuid references person (id),
    version                integer not null default 0
);
create index concern_queue on concern (school_id, status, immediate_risk desc, reported_at);
create index concern_by_reporter on concern (reported_by, reported_at desc);

create table concern_person (
    concern_id     uuid not null references concern (id),
    position       integer not null,
    person_id      uuid references person (id),
    kind           text not null,
    involvement    text not null,
    description    text,
    date_of_birth  date,
    primary key (concern_id, position),
    check (person_id is not null or length(trim(coalesce(description, ''))) > 0)
);
create index concern_person_by_person on concern_person (person_id);

create table concern_action (
    concern_id     uuid not null references concern (id),
    code           text not null,
    kind           text not null,
    due_at         timestamptz,
    text           text not null,
    because        text not null,
    must_precede   text[] not null default '{}',
    needs_one_of   text[] not null default '{}',
    status         text not null,
    decision       boolean,
    note           text,
    done_by        uuid references person (id),
    done_at        timestamptz,
    details        text,
    created_at     timestamptz not null,
    primary key (concern_id, code)
);
create index concern_action_open on concern_action (code, status);

-- The chronology: append-only; an amendment is a new entry pointing at the one it corrects (INC-08).
create table concern_entry (
    id          uuid primary key,
    concern_id  uuid not null references concern (id),
    at          timestamptz not null,
    actor_id    uuid references person (id),
    actor_name  text not null,
    kind        text not null,
    text        text not null,
    amends      uuid references concern_entry (id)
);
create index concern_entry_by_concern on concern_entry (concern_id, at);

create table concern_referral (
    id             uuid primary key,
    concern_id     uuid not null references concern (id),
    agency         text not null,
    channel        text not null,
    made_at        timestamptz not null,
    made_by        uuid not null references person (id),
    contact        text,
    reference      text,
    shared         text not null check (length(trim(shared)) > 0),
    outcome        text,
    follow_up_on   date,
    recorded_at    timestamptz not null
);
create index concern_referral_by_concern on concern_referral (concern_id, made_at);

create table concern_advice (
    id           uuid primary key,
    concern_id   uuid not null references concern (id),
    source       text not null,
    sought_at    timestamptz not null,
    advice       text not null check (length(trim(advice)) > 0),
    received_by  uuid not null references person (id),
    recorded_at  timestamptz not null
);

create table device_custody (
    id            uuid primary key,
    concern_id    uuid not null references concern (id),
    device        text not null check (length(trim(device)) > 0),
    owner         text not null,
    secured_by    uuid not null references person (id),
    secured_at    timestamptz not null,
    location      text not null check (length(trim(location)) > 0),
    status        text not null,
    version       integer not null default 0
);

create table device_transfer (
    id           uuid primary key,
    custody_id   uuid not null references device_custody (id),
    at           timestamptz not null,
    to_status    text not null,
    handed_by    uuid not null references person (id),
    received_by  text not null check (length(trim(received_by)) > 0),
    reference    text,
    note         text
);

create table concern_grant (
    concern_id  uuid not null references concern (id),
    grantee     uuid not null references person (id),
    reason      text not null check (length(trim(reason)) > 0),
    expires_at  timestamptz,
    working     boolean not null default false,
    granted_by  uuid references person (id),
    granted_at  timestamptz not null
);
create index concern_grant_by_concern on concern_grant (concern_id);

create table concern_notification (
    id           uuid primary key,
    concern_id   uuid not null references concern (id),
    recipient    uuid not null references person (id),
    reason       text not null,
    created_at   timestamptz not null,
    read_at      timestamptz,
    emailed_at   timestamptz
);
create index concern_notification_unread on concern_notification (recipient, created_at desc) where read_at is null;

-- Non-sexual evidence kept by a victim (EVD-11); never imagery on a sexual case (PROC-SX-02, checked by content).
create table concern_evidence (
    id            uuid primary key,
    concern_id    uuid not null references concern (id),
    file_name     text not null,
    media_type    text not null,
    content       bytea not null,
    added_by      uuid not null references person (id),
    added_at      timestamptz not null
);

grant select, insert, update on concern, concern_person, concern_action, concern_referral, concern_advice,
    device_custody, concern_notification to ${appRole};
grant delete on concern_person to ${appRole};
grant select, insert on concern_entry, device_transfer, concern_grant, concern_evidence to ${appRole};
grant usage on sequence concern_number to ${appRole};
