-- Online-safety lessons taught to a year group or class on a date, tagged with topics (TRN-09, PROC-IIOC-09), so that
-- coverage by year group can be reported for the school year.
create table curriculum_lesson (
    id                    uuid primary key,
    school_id             uuid not null references school (id),
    year_group            text not null check (year_group in ('RECEPTION', 'YEAR_1', 'YEAR_2', 'YEAR_3', 'YEAR_4',
                                                           'YEAR_5', 'YEAR_6', 'YEAR_7', 'YEAR_8', 'YEAR_9',
                                                           'YEAR_10', 'YEAR_11', 'YEAR_12', 'YEAR_13')),
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
    topic      text not null check (topic in ('SELF_IMAGE_AND_IDENTITY', 'ONLINE_RELATIONSHIPS', 'ONLINE_REPUTATION',
                                          'ONLINE_BULLYING', 'MANAGING_ONLINE_INFORMATION',
                                          'HEALTH_WELLBEING_AND_LIFESTYLE', 'PRIVACY_AND_SECURITY',
                                          'COPYRIGHT_AND_OWNERSHIP', 'INDECENT_IMAGES_CONSEQUENCES',
                                          'SAFE_SEARCHING', 'TRANSITION')),
    primary key (lesson_id, topic)
);

grant select, insert on curriculum_lesson, curriculum_lesson_topic to ${appRole};
