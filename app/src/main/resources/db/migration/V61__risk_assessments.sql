-- The risk-assessment register (RA-01), the Prevent-duty risk assessment among them (RA-07, PROC-RAD-05). Each
-- approval or review is kept; the register shows the latest and the next review it sets.
create table risk_assessment (
    id               uuid primary key,
    school_id        uuid not null references school (id),
    kind             text not null check (kind in ('NEW_TECHNOLOGY', 'ONLINE_LEARNING_RESOURCE', 'VIDEO_CONFERENCING',
                                                  'SOCIAL_MEDIA_CHANNEL', 'PROGRESS_TRACKING_APP', 'FILTERING_CHANGE',
                                                  'PREVENT', 'DEVICE_USE', 'LIVE_LESSONS', 'SEARCH_TOOL',
                                                  'TECHNOLOGY_ON_SITE')),
    title            text not null check (length(trim(title)) > 0),
    owner_id         uuid not null references person (id),
    review_months    integer not null default 12 check (review_months between 1 and 60),
    assessment       text not null check (length(trim(assessment)) > 0),
    approved_on      date,
    approved_by      uuid references person (id),
    next_review_on   date,
    recorded_by      uuid not null references person (id),
    recorded_at      timestamptz not null,
    version          integer not null default 0,
    check ((approved_on is null) = (next_review_on is null))
);
create index risk_assessment_by_school on risk_assessment (school_id, kind);

create table risk_assessment_approval (
    assessment_id  uuid not null references risk_assessment (id),
    approved_on    date not null,
    approved_by    uuid not null references person (id),
    note           text,
    recorded_at    timestamptz not null
);
create index risk_assessment_approval_by_assessment on risk_assessment_approval (assessment_id, approved_on desc);

grant select, insert, update on risk_assessment to ${appRole};
grant select, insert on risk_assessment_approval to ${appRole};
