-- A learner's school internet access suspended for a while, as a sanction decided in a case (PROC-BUL-07). It takes
-- effect without a second approver; the enforcement points end it by their clock at ends_at. The reason stays with
-- the case: the filtering module keeps only who, how the filter knows them, until when and the case's id.
create table internet_suspension (
    id          uuid primary key,
    school_id   uuid not null references school (id),
    learner_id  uuid references person (id),
    learner     text not null check (length(trim(learner)) > 0),
    user_name   text,
    device      text,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    decided_by  uuid not null references person (id),
    case_id     uuid not null,
    lifted_at   timestamptz,
    lifted_by   uuid references person (id),
    check (user_name is not null or device is not null),
    check (ends_at > starts_at),
    check ((lifted_at is null) = (lifted_by is null))
);

create index internet_suspension_school on internet_suspension (school_id, ends_at);
create index internet_suspension_case on internet_suspension (case_id);

grant select, insert, update on internet_suspension to ${appRole};
