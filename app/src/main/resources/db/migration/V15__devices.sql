-- The school's devices and who each is given to, over time (DEV, FILT identification): the filter's log names a
-- device by its address, and the register says which person had that device at that moment.
create table device (
    id          uuid primary key,
    school_id   uuid not null references school (id),
    name        text not null check (length(trim(name)) > 0),
    kind        text not null,
    address     inet,
    active      boolean not null default true,
    added_at    timestamptz not null,
    unique (school_id, name)
);
create index device_by_address on device (school_id, address);

create table device_assignment (
    device_id   uuid not null references device (id),
    person_id   uuid not null references person (id),
    from_at     timestamptz not null,
    to_at       timestamptz,
    given_by    uuid not null references person (id),
    check (to_at is null or to_at > from_at)
);
create index device_assignment_by_device on device_assignment (device_id, from_at desc);
create unique index device_assignment_current on device_assignment (device_id) where to_at is null;

grant select, insert, update on device, device_assignment to ${appRole};
