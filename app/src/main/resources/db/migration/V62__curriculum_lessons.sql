-- Online-safety lessons taught to a year group or class on a date, tagged with topics (TRN-09, PROC-IIOC-09), so that
-- coverage by year group can be reported for the school year.
create table curriculum_lesson (
    id                    uuid primary key,
    school_id             uuid not null references school (id),
    year_group            text not null,
    class_name            text,
    taught_on             date not null,
    title                 text not null check (length(trim(title)) > 0),
    taught_by             text not null check (length(trim(taught_by)) > 0),
    external_contributor  text,
    recorded_by           uuid not null references person (id),
    recorded_at           timestamptz not null
);
create index curriculum_lesson_by_school on curriculum_lesson (school_id, taught_on desc);

create table curriculum_lesson_topic (
    lesson_id  uuid not null references curriculum_lesson (id),
    topic      text not null,
    primary key (lesson_id, topic)
);

grant select, insert on curriculum_lesson, curriculum_lesson_topic to ${appRole};
