-- Every filtering decision the enforcement points make (DfE filtering standards: device, address, person where
-- known, time, URL or search term), partitioned by day so that a day is written fast and dropped whole when its
-- retention ends. The enforcement points insert as their own role (grant insert on filter_decision to it).
create table filter_decision (
    occurred_at     timestamptz not null,
    school_id       uuid,
    enforcement     text not null,
    client_address  inet,
    user_name       text,
    group_id        text,
    host            text not null,
    url             text,
    search_terms    text,
    query_type      text,
    verdict         text not null,
    rule            text not null,
    category        text,
    policy_version  integer not null
) partition by range (occurred_at);

create table filter_decision_default partition of filter_decision default;
create index filter_decision_by_school_time on filter_decision (school_id, occurred_at);
create index filter_decision_by_client on filter_decision (school_id, client_address, occurred_at);
create index filter_decision_by_user on filter_decision (school_id, user_name, occurred_at) where user_name is not null;

-- The application may not create or drop tables; these run as the schema owner to keep one partition a day.
create function filter_decision_ensure_partitions(days_ahead integer) returns integer
    language plpgsql security definer set search_path = public as $$
declare
    made integer := 0;
    day date;
begin
    for i in 0 .. days_ahead loop
        day := (now() at time zone 'UTC')::date + i;
        if to_regclass('filter_decision_' || to_char(day, 'YYYYMMDD')) is null then
            execute format('create table %I partition of filter_decision for values from (%L) to (%L)',
                           'filter_decision_' || to_char(day, 'YYYYMMDD'),
                           (day::timestamp at time zone 'UTC'), ((day + 1)::timestamp at time zone 'UTC'));
            made := made + 1;
        end if;
    end loop;
    return made;
end;
$$;

create function filter_decision_drop_before(cutoff date) returns integer
    language plpgsql security definer set search_path = public as $$
declare
    dropped integer := 0;
    partition record;
begin
    for partition in
        select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'filter_decision'::regclass and c.relname ~ '^filter_decision_[0-9]{8}$'
    loop
        if to_date(substring(partition.relname from 17), 'YYYYMMDD') < cutoff then
            execute format('drop table %I', partition.relname);
            dropped := dropped + 1;
        end if;
    end loop;
    return dropped;
end;
$$;

revoke all on function filter_decision_ensure_partitions(integer) from public;
revoke all on function filter_decision_drop_before(date) from public;
grant execute on function filter_decision_ensure_partitions(integer) to ${appRole};
grant execute on function filter_decision_drop_before(date) to ${appRole};
grant select, insert on filter_decision to ${appRole};

select filter_decision_ensure_partitions(7);
