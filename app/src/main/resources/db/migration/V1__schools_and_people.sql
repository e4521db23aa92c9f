-- Trusts, schools, people and the roles they hold.
-- ${appRole} is the application's own login role; Flyway runs as the schema owner.

create table trust (
    id          uuid primary key,
    name        text not null,
    created_at  timestamptz not null default now()
);

create table school (
    id               uuid primary key,
    trust_id         uuid references trust (id),
    name             text not null,
    urn              text unique,
    local_authority  text not null,
    created_at       timestamptz not null default now()
);
create index school_by_trust on school (trust_id);

create table person (
    id             uuid primary key,
    school_id      uuid references school (id),
    trust_id       uuid references trust (id),
    kind           text not null check (kind in ('STAFF', 'LEARNER', 'PARENT_CARER', 'GOVERNOR', 'VISITOR', 'TRUST_STAFF')),
    given_name     text not null check (length(trim(given_name)) > 0),
    family_name    text not null check (length(trim(family_name)) > 0),
    email          text,
    job_title      text,
    date_of_birth  date,
    year_group     text,
    active         boolean not null default true,
    deactivated_at timestamptz,
    version        integer not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    -- a school person belongs to a school; a trust person to a trust
    check (school_id is not null or (kind = 'TRUST_STAFF' and trust_id is not null)),
    check (kind <> 'LEARNER' or (date_of_birth is not null and year_group is not null))
);
create index person_by_school on person (school_id, kind, family_name);
create unique index person_email on person (lower(email)) where email is not null;

create table parent_link (
    parent_id     uuid not null references person (id),
    learner_id    uuid not null references person (id),
    relationship  text not null,
    primary key (parent_id, learner_id)
);
create index parent_link_by_learner on parent_link (learner_id);

create table role_assignment (
    person_id  uuid not null references person (id),
    role       text not null,
    school_id  uuid references school (id),
    trust_id   uuid references trust (id),
    -- school roles are held at one school, trust roles across one trust
    check ((school_id is null) <> (trust_id is null))
);
create unique index role_assignment_unique on role_assignment (person_id, role, coalesce(school_id, trust_id));

alter default privileges in schema public grant select, insert, update, delete on tables to ${appRole};
grant select, insert, update, delete on trust, school, person, parent_link, role_assignment to ${appRole};
