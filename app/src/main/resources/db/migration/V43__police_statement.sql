-- What the police statement pack needs (PROC-IIOC-06), kept on the case until it is exported; unknown reads "not known".
create table concern_statement (
    concern_id     uuid primary key references concern (id),
    witnesses      text,
    network        text,
    location       text,
    access_steps   text,
    sender         text,
    identifiers    text,
    delay_reason   text,
    updated_by     uuid not null references person (id),
    updated_at     timestamptz not null
);

grant select, insert, update on concern_statement to ${appRole};
