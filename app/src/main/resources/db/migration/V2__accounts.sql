-- Sign-in accounts: one per person who may sign in.
create table account (
    id                   uuid primary key,
    person_id            uuid not null unique references person (id),
    email                text not null,
    password_hash        text not null,
    totp_secret          text,
    mfa_enrolled_at      timestamptz,
    last_totp_step       bigint,
    active               boolean not null default true,
    created_at           timestamptz not null default now(),
    password_changed_at  timestamptz not null default now(),
    version              integer not null default 0
);
create unique index account_email on account (lower(email));

grant select, insert, update, delete on account to ${appRole};
