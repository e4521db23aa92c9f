-- The audit trail is append-only. The application's role may insert and read, never change or delete;
-- a trigger refuses UPDATE, DELETE and TRUNCATE for every role, the owner included.
create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null default now(),
    actor_person  uuid,
    actor_name    text not null,
    action        text not null,
    record_type   text,
    record_id     text,
    school_id     uuid,
    outcome       text not null check (outcome in ('ALLOWED', 'DENIED', 'FAILED')),
    source_ip     text,
    detail        text
);
create index audit_event_by_time on audit_event (occurred_at desc);
create index audit_event_by_actor on audit_event (actor_person, occurred_at desc);
create index audit_event_by_record on audit_event (record_type, record_id, occurred_at desc);
create index audit_event_by_school on audit_event (school_id, occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

revoke all on audit_event from ${appRole};
grant select, insert on audit_event to ${appRole};
