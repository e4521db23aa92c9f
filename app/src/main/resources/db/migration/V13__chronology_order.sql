-- The lines one change writes to the chronology share its time; they are read back in the order they were written.
alter table concern_entry add column seq bigint generated always as identity;
create index concern_entry_in_order on concern_entry (concern_id, at, seq);
drop index concern_entry_by_concern;
