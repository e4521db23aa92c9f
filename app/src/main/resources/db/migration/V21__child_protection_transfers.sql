-- A learner's child-protection file sent to their next school: to whom, how, why, by whom and when; and, later,
-- who at the receiving school confirmed receipt and when (KCSIE: the DSL transfers the file and keeps a record).
create table child_protection_transfer (
    id                   uuid primary key,
    school_id            uuid not null references school (id),
    learner_id           uuid not null references person (id),
    receiving_school     text not null check (length(trim(receiving_school)) > 0),
    receiving_dsl        text not null check (length(trim(receiving_dsl)) > 0),
    method               text not null check (method in ('SECURE_TRANSFER', 'BY_HAND')),
    purpose              text not null check (length(trim(purpose)) > 0),
    sent_at              timestamptz not null,
    sent_by              uuid not null references person (id),
    sent_by_name         text not null,
    received_at          timestamptz,
    receipt_confirmed_by text,
    receipt_recorded_by  uuid references person (id),
    version              integer not null default 0,
    check ((received_at is null) = (receipt_confirmed_by is null)),
    check (received_at is null or received_at >= sent_at)
);
create index child_protection_transfer_by_learner on child_protection_transfer (learner_id, sent_at);

grant select, insert, update on child_protection_transfer to ${appRole};
