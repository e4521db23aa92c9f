-- Exceptions to the filtering policy for individual learners (FILT-17): part of each policy version, so proposed and
-- approved like any other change. Each has the learner, the rule, a rationale and a review date.
alter table filter_policy_version add column learner_exceptions jsonb not null default '[]'::jsonb;
