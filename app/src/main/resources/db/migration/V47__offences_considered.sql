-- PROC-BUL-08 (and the other procedures that go to the police): the statutes the DSL considers when an offence is
-- suspected, chosen from the legislation the seed policies list (their appendix B), kept with the case.
create table concern_offence (
    concern_id  uuid not null references concern (id),
    statute     text not null,
    recorded_by uuid references person (id),
    recorded_at timestamptz not null,
    primary key (concern_id, statute)
);
