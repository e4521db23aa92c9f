-- The guidance library (REF-02) with the roles that must acknowledge each document, the acknowledgements staff make
-- themselves (PROC-SV-07), and staff training by topic (TRN-02, -03, -04, -06, -07).

-- One row a version. A series is one document across its versions; the newest version of a series is the one staff
-- must have read. school_id is null for the national library every school sees; a school may add its own versions.
create table guidance (
    id            uuid primary key,
    series        text not null check (length(trim(series)) > 0),
    school_id     uuid references school (id),
    title         text not null check (length(trim(title)) > 0),
    publisher     text not null check (length(trim(publisher)) > 0),
    version       text not null check (length(trim(version)) > 0),
    published_in  integer not null check (published_in between 1900 and 2200),
    url           text,
    added_by      uuid references person (id),
    added_at      timestamptz not null default now()
);
create unique index guidance_version on guidance (series, version, coalesce(school_id, '00000000-0000-0000-0000-000000000000'));

-- Roles that must acknowledge the current version of a series: national defaults (school_id null) and roles a school
-- adds for itself.
create table guidance_required_role (
    series     text not null,
    school_id  uuid references school (id),
    role       text not null check (role in ('HEADTEACHER', 'DSL', 'DEPUTY_DSL', 'ONLINE_SAFETY_LEAD', 'LEADERSHIP',
                                     'SCHOOL_ADMINISTRATOR', 'TECHNICAL_STAFF', 'CLASS_STAFF', 'OFFICE_STAFF',
                                     'GOVERNOR', 'CHAIR_OF_GOVERNORS', 'PARENT_CARER', 'LEARNER', 'VISITOR',
                                     'TRUST_SAFEGUARDING_OFFICER', 'TRUST_TECHNOLOGY'))
);
create unique index guidance_required_role_unique on guidance_required_role (series, role, coalesce(school_id, '00000000-0000-0000-0000-000000000000'));

create table guidance_acknowledgement (
    guidance_id   uuid not null references guidance (id),
    person_id     uuid not null references person (id),
    school_id     uuid not null references school (id),
    read_on       date not null,
    recorded_at   timestamptz not null,
    primary key (guidance_id, person_id)
);
create index guidance_acknowledgement_by_school on guidance_acknowledgement (school_id);

insert into guidance (id, series, school_id, title, publisher, version, published_in, url) values
    ('6a1f2c3e-0c2a-4d53-9a57-2f6a0e1b7001', 'dfe-sexual-violence-harassment', null,
     'Sexual violence and sexual harassment between children in schools and colleges', 'Department for Education',
     'May 2018', 2018,
     'https://www.gov.uk/government/publications/sexual-violence-and-sexual-harassment-between-children-in-schools-and-colleges'),
    ('6a1f2c3e-0c2a-4d53-9a57-2f6a0e1b7002', 'kcsie-part-5', null,
     'Keeping children safe in education, part 5: child-on-child sexual violence and sexual harassment',
     'Department for Education', 'September 2020', 2020,
     'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2');

insert into guidance_required_role (series, school_id, role) values
    ('dfe-sexual-violence-harassment', null, 'HEADTEACHER'),
    ('dfe-sexual-violence-harassment', null, 'DSL'),
    ('dfe-sexual-violence-harassment', null, 'DEPUTY_DSL'),
    ('kcsie-part-5', null, 'HEADTEACHER'),
    ('kcsie-part-5', null, 'DSL'),
    ('kcsie-part-5', null, 'DEPUTY_DSL');

-- A renewal interval a school sets for a topic, overriding Tutela's default; null months means it never lapses.
create table training_renewal (
    school_id  uuid not null references school (id),
    topic      text not null check (topic in ('PREVENT', 'SAFEGUARDING', 'ONLINE_SAFETY_BRIEFING',
                                       'FILTERING_AND_MONITORING', 'PROFESSIONAL_DEVELOPMENT')),
    months     integer check (months is null or months between 1 and 120),
    primary key (school_id, topic)
);

-- One session (a course, an e-learning module, a staff meeting) and the staff who completed it: a single record is a
-- session with one attendee.
create table training_session (
    id            uuid primary key,
    school_id     uuid not null references school (id),
    topic         text not null check (topic in ('PREVENT', 'SAFEGUARDING', 'ONLINE_SAFETY_BRIEFING',
                                          'FILTERING_AND_MONITORING', 'PROFESSIONAL_DEVELOPMENT')),
    completed_on  date not null,
    provider      text not null check (length(trim(provider)) > 0),
    notes         text,
    recorded_by   uuid not null references person (id),
    recorded_at   timestamptz not null
);
create index training_session_by_school on training_session (school_id, topic, completed_on desc);

create table training_attendance (
    session_id  uuid not null references training_session (id),
    person_id   uuid not null references person (id),
    primary key (session_id, person_id)
);
create index training_attendance_by_person on training_attendance (person_id);

grant select on guidance, guidance_required_role to ${appRole};
grant insert on guidance, guidance_required_role to ${appRole};
grant delete on guidance_required_role to ${appRole};
grant select, insert on guidance_acknowledgement, training_session, training_attendance to ${appRole};
grant select, insert, update on training_renewal to ${appRole};
