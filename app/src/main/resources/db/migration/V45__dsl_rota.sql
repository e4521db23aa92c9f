-- INC-05: the order in which the DSL and deputies are alerted when nobody acknowledges a concern, and who is away.
-- People holding the DSL or deputy role who are not listed here come after those who are, DSL first.
create table dsl_rota_member (
    school_id  uuid not null references school (id),
    person_id  uuid not null references person (id),
    position   int  not null,
    away_until date,
    updated_by uuid references person (id),
    updated_at timestamptz not null,
    primary key (school_id, person_id)
);
