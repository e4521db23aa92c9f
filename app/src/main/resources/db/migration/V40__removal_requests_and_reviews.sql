-- ESC-15, PROC-SV-05: a removal request to a service provider whose outcome is still empty is rechecked every N
-- days; closing a case while one is unresolved needs the DSL's rationale. PROC-SV-04: the review date of a support
-- plan reminds the case's workers on the day.
alter table concern_referral add column recheck_reminded_at timestamptz;
alter table concern add column removal_rationale text;
-- The review date the last reminder was for: a new plan with a new date is reminded of again.
alter table support_plan add column reminded_for date;
