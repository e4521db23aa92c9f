-- The days a school is shut on a weekday: holidays, half-terms, training days. The acknowledgement timer (INC-05)
-- does not run on them, and a sanction of "5 school days" (PROC-BUL-07) does not count them.
create table school_closure (
    school_id  uuid not null references school (id),
    first_day  date not null,
    last_day   date not null,
    name       text not null check (length(trim(name)) > 0),
    added_by   uuid references person (id),
    added_at   timestamptz not null,
    primary key (school_id, first_day),
    check (last_day >= first_day),
    check (last_day - first_day <= 120)
);
