--
-- SPDX-License-Identifier: Apache-2.0
--

-- The second factor (issue 24): per holder (a credential subject such as account:<id>) the authenticator app's key,
-- sealed with the host's factor key (AES-GCM), never in clear; the recovery codes as keyed digests (position i of
-- both arrays is code i); the second step's own throttle; the last re-authentication.
create table factor_enrolment (
  holder              text          primary key,
  totp_key            text,
  totp_started_at     timestamptz,
  totp_confirmed_at   timestamptz,
  totp_last_step      bigint        not null,
  recovery_digests    text[]        not null,
  recovery_used_at    timestamptz[] not null,
  failures            integer       not null,
  last_failure_at     timestamptz,
  locked_until        timestamptz,
  reauthenticated_at  timestamptz,
  version             bigint        not null,
  check (cardinality(recovery_digests) = cardinality(recovery_used_at))
);

-- Passkeys: public keys only. A credential is registered once; a name once a holder (case-insensitive).
create table passkey (
  id            uuid        primary key,
  holder        text        not null,
  name          text        not null,
  credential_id text        not null unique,
  public_key    text        not null,
  sign_count    bigint      not null,
  added_at      timestamptz not null,
  last_used_at  timestamptz,
  version       bigint      not null
);

create unique index passkey_holder_name on passkey (holder, lower(name));
create index passkey_holder_added on passkey (holder, added_at);

-- The WebAuthn challenges handed out and not answered yet; taking one deletes it.
create table passkey_challenge (
  id         uuid        primary key,
  holder     text        not null,
  ceremony   text        not null,
  challenge  text        not null,
  expires_at timestamptz not null
);
