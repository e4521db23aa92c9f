-- The block page finds why a site was blocked (its category) from the last block of that host at the school, when
-- the block page interceptor could not say. The school-and-time index would scan a whole day of the school's
-- decisions for a host with none; this one finds the last block of one host directly. Only blocks that name a
-- category are indexed: the illegal lists and the blocked categories.
create index filter_decision_blocks_by_host on filter_decision (school_id, host, occurred_at)
    where verdict = 'BLOCK' and category is not null;
