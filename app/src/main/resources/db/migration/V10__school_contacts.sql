-- The school's directory of agencies to contact (ESC-18): LADO, MASH, police, the education safeguarding team,
-- Prevent and the trust. National services carry defaults; local ones are the school's to fill in.
create table school_contact (
    school_id   uuid not null references school (id),
    agency      text not null,
    name        text,
    phone       text,
    email       text,
    url         text,
    notes       text,
    updated_by  uuid references person (id),
    updated_at  timestamptz not null,
    primary key (school_id, agency)
);

grant select, insert, update on school_contact to ${appRole};
