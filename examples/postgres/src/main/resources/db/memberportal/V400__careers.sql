--
-- SPDX-License-Identifier: Apache-2.0
--

-- The careers module's tables (first part): candidate accounts.

create table candidate_account (
  id               uuid        primary key,
  -- EmailAddress.key(): one careers account per normalised address, even when sign-ups race
  email_key        text        not null,
  email            text        not null,
  first_name       text        not null,
  last_name        text        not null,
  language         text        not null,
  relation         text        not null,
  status           text        not null,
  password         text,
  lockout_failures integer     not null,
  lockout_last_at  timestamptz,
  lockout_until    timestamptz,
  created_at       timestamptz not null,
  last_activity    timestamptz not null,
  version          bigint      not null,
  constraint candidate_account_email_unique unique (email_key)
);

-- the retention job: accounts inactive since a cut-off
create index candidate_account_activity on candidate_account (last_activity);
