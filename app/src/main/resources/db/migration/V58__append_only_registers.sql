-- V1 gave the application's role select, insert, update and delete by default on every table created later, so the
-- narrower grants of later migrations added nothing: a check result or an approval could be changed or deleted.
-- From here on a table gets select and insert by default, and update or delete only where its migration grants them.
-- (V60 to V62 were written before this one and applied after it on a new database; their own grants are complete.)
alter default privileges in schema public revoke update, delete on tables from ${appRole};

-- What each website check found is kept as it was found; a page removed takes its results with it (the cascade
-- runs as the table's owner).
revoke update, delete on website_check from ${appRole};
revoke update on website_page from ${appRole};
-- Versions of the online-safety policy are superseded, never deleted.
revoke delete on online_safety_policy from ${appRole};

-- A database that had the later registers before this migration (applied out of order) keeps them append-only too.
do $$
begin
    if to_regclass('public.guidance_acknowledgement') is not null then
        revoke update, delete on guidance, guidance_acknowledgement, training_session, training_attendance
            from ${appRole};
        revoke update on guidance_required_role from ${appRole};
        revoke delete on training_renewal from ${appRole};
    end if;
    if to_regclass('public.risk_assessment_approval') is not null then
        revoke update, delete on risk_assessment_approval from ${appRole};
        revoke delete on risk_assessment from ${appRole};
    end if;
    if to_regclass('public.curriculum_lesson') is not null then
        revoke update, delete on curriculum_lesson, curriculum_lesson_topic from ${appRole};
    end if;
end $$;
