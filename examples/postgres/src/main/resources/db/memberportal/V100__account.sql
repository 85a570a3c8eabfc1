--
-- SPDX-License-Identifier: Apache-2.0
--

-- The account module's tables: user accounts and one-time codes.

create table account (
  id                uuid        primary key,
  -- EmailAddress.key(): the normalised address, unique so that racing sign-ups make one account
  email_key         text        not null,
  email             text        not null,
  pending_email     text,
  title             text,
  first_name        text        not null,
  last_name         text        not null,
  gender            text,
  job_title         text,
  professional_role text,
  language          text        not null,
  newsletter        boolean     not null,
  terms_accepted_at timestamptz,
  status            text        not null,
  password          text,
  lockout_failures  integer     not null,
  lockout_last_at   timestamptz,
  lockout_until     timestamptz,
  -- data carried over from the old platform, as escaped "name=value" lines
  legacy_attributes text        not null,
  created_at        timestamptz not null,
  version           bigint      not null,
  constraint account_email_unique unique (email_key)
);

-- serves the nightly expiry of unverified sign-ups (Accounts.unverifiedCreatedBefore): only those rows
create index account_unverified on account (created_at) where status = 'AWAITING_VERIFICATION';

create table issued_code (
  subject         text        not null,
  purpose         text        not null,
  -- keyed hash of the code, never the code
  digest          text        not null,
  issued_at       timestamptz not null,
  expires_at      timestamptz not null,
  attempts        integer     not null,
  used            boolean     not null,
  window_start    timestamptz not null,
  sends_in_window integer     not null,
  version         bigint      not null,
  primary key (subject, purpose)
);
