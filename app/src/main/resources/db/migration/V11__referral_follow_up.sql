-- When the DSL was reminded of a referral's follow-up date (ESC-02).
alter table concern_referral add column reminded_at timestamptz;
