-- Personal access tokens for the JSON API. Only a SHA-256 hash of each secret is kept: a database leak gives no
-- working token. Tokens are revoked, never deleted, so that the audit trail can still name them.
create table personal_access_token (
    id            uuid primary key,
    account_id    uuid not null references account (id),
    name          text not null,
    secret_hash   text not null unique,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index personal_access_token_account on personal_access_token (account_id);

grant select, insert, update on personal_access_token to ${appRole};
