-- What the procedures ask the school to record on a case besides its actions (PROC-SX-03, PROC-SX-10, INC-17,
-- INC-18, PROC-SX-13): the sexting decision-factor assessment, checks with other agencies, a support plan for each
-- learner harmed or harming, and sanctions.

create table sexting_assessment (
    concern_id    uuid primary key references concern (id),
    completed_on  date,
    completed_by  uuid references person (id),
    check ((completed_on is null) = (completed_by is null))
);

-- One answer per factor; a factor without a row is unanswered ("not known" is an answer).
create table sexting_assessment_answer (
    concern_id  uuid not null references sexting_assessment (concern_id),
    factor      text not null,
    answer      text not null check (length(trim(answer)) > 0),
    primary key (concern_id, factor)
);

create table agency_check (
    concern_id   uuid not null references concern (id),
    position     integer not null,
    agency       text not null check (length(trim(agency)) > 0),
    checked_on   date not null,
    result       text not null check (length(trim(result)) > 0),
    recorded_by  uuid references person (id),
    recorded_at  timestamptz not null,
    primary key (concern_id, position)
);

alter table concern add column agency_checks_done boolean not null default false;

-- person: the learner's place in the case's list of people (concern_person.position).
create table support_plan (
    concern_id   uuid not null references concern (id),
    person       integer not null,
    involvement  text not null,
    plan         text not null check (length(trim(plan)) > 0),
    review_on    date not null,
    recorded_by  uuid references person (id),
    recorded_at  timestamptz not null,
    primary key (concern_id, person)
);

create table concern_sanction (
    concern_id     uuid not null references concern (id),
    position       integer not null,
    person         integer not null,
    policy         text not null,
    sanction       text not null check (length(trim(sanction)) > 0),
    dsl_rationale  text,
    recorded_by    uuid references person (id),
    recorded_at    timestamptz not null,
    primary key (concern_id, position)
);

grant select, insert, update on sexting_assessment, sexting_assessment_answer, support_plan to ${appRole};
grant select, insert on agency_check, concern_sanction to ${appRole};
