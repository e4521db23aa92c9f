-- Effectiveness checks (FILT-13): test names per category, chosen by the school (otherwise the first names of the
-- loaded lists), tried on a schedule against the policy in force for each group. Every result is kept.
create table filter_check_name (
    school_id  uuid not null references school (id),
    category   text not null,
    test_name  text not null,
    primary key (school_id, category, test_name)
);

create table filter_check_result (
    id                 uuid primary key,
    school_id          uuid not null references school (id),
    run_at             timestamptz not null,
    policy_version     integer not null,
    group_id           text not null,
    category           text not null,
    test_name          text not null,
    enforcement_point  text not null,
    verdict            text not null,
    rule               text not null,
    passed             boolean not null
);
create index filter_check_result_latest on filter_check_result (school_id, group_id, category, run_at desc);

grant select, insert, delete on filter_check_name to ${appRole};
grant select, insert on filter_check_result to ${appRole};

-- Where the school's Tutela DNS resolver answers, if the checks should also ask it as a device would.
create table filter_check_point (
    school_id    uuid primary key references school (id),
    dns_address  text not null
);

grant select, insert, update, delete on filter_check_point to ${appRole};
