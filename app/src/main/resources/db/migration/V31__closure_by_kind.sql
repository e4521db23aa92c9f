-- What closing asks for by the kind of case (PROC-CSA-03, PROC-RAD-03, PROC-FB-06, PROC-STF-04, INC-20,
-- PROC-PAR-02, PROC-PAR-03).
alter table concern
    add column ceop_self_report      text,
    add column channel_form_on       date,
    add column channel_reference     text,
    add column channel_consent       boolean,
    add column breach                text,
    add column staff_outcome         text,
    add column staff_outcome_detail  text,
    add column welfare_offered       boolean,
    add column welfare_detail        text,
    add column policy_applied        text,
    add column civil_or_legal_action text;
