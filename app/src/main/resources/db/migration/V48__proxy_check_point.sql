-- FILT-13: the effectiveness checks may also ask the school's Squid proxy (with Tutela's helper), as well as or
-- instead of its DNS resolver.
alter table filter_check_point alter column dns_address drop not null;
alter table filter_check_point add column proxy_address text;
