-- A suspension decided in a child-protection (R1) or staff (R2) case: the filtering pages then name the learner only
-- to those who may read that case, never to technical staff or leadership, who see the user name or device alone.
alter table internet_suspension add column restricted boolean not null default false;
alter table internet_suspension add constraint internet_suspension_case foreign key (case_id) references concern (id);
