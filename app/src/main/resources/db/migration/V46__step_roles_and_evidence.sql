-- PROC-GEN-01: a step of a procedure may say which roles may complete it and which evidence fields must be filled in.
alter table concern_action add column completed_by text[] not null default '{}';
alter table concern_action add column evidence text[] not null default '{}';
