-- Where copies of the material are known to exist, and what became of each (EVD-08): present, seized by the police,
-- deleted (on advice or with the DSL's confirmation), or kept at the police's written request by one named custodian
-- outside Tutela (EVD-06). Tutela holds the metadata only, never the material.
create table concern_copy (
    id                uuid primary key,
    concern_id        uuid not null references concern (id),
    location          text not null check (length(trim(location)) > 0),
    status            text not null,
    police_reference  text,
    written_request   boolean,
    custodian         text,
    stored_at         text,
    recorded_by       uuid not null references person (id),
    recorded_at       timestamptz not null,
    version           integer not null default 0,
    check (status <> 'RETAINED_AT_POLICE_REQUEST'
           or (police_reference is not null and written_request and custodian is not null and stored_at is not null))
);

-- Viewings of suspected sexual imagery (PROC-SX-06): by default nobody has viewed it; each viewing is recorded.
create table imagery_viewing (
    id              uuid primary key,
    concern_id      uuid not null references concern (id),
    viewer          uuid not null references person (id),
    viewed_at       timestamptz not null,
    reason          text not null,
    why_not_dsl     text,
    recorded_at     timestamptz not null
);

grant select, insert, update on concern_copy to ${appRole};
grant select, insert on imagery_viewing to ${appRole};
