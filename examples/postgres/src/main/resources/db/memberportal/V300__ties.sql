--
-- SPDX-License-Identifier: Apache-2.0
--

-- The TIES module's tables: each account's TIES access with its episodes, and pending focal point hand-overs.

create table ties_account (
  account_id      uuid        primary key,
  -- the current (last) episode's organisation and state, kept beside it for the indexes below
  organisation_id uuid        not null,
  state           text        not null,
  ticks_filed     uuid[]      not null,
  decided_by      uuid,
  changed_at      timestamptz not null,
  version         bigint      not null
);

-- TiesAccountRegister.isActive (T7): one look-up in an index holding only the active accounts
create index ties_account_active on ties_account (account_id) where state = 'ACTIVE';
-- TiesAccountRegister.inOrganisation: an organisation's TIES access by state (focal points' screens, merges)
create index ties_account_by_organisation on ties_account (organisation_id, state);

-- an account's episodes, oldest first ("My Requests"); rewritten with their account on every save
create table ties_request (
  account_id      uuid        not null references ties_account (account_id) on delete cascade,
  position        int         not null,
  organisation_id uuid        not null,
  affiliation_id  uuid        not null,
  origin          text        not null,
  requested_at    timestamptz not null,
  state           text        not null,
  decided_at      timestamptz,
  ended_at        timestamptz,
  primary key (account_id, position)
);

-- at most one pending hand-over per organisation; found by the hash of its token (never the token itself)
create table ties_pending_hand_over (
  organisation_id uuid        primary key,
  token_hash      text        not null unique,
  former          uuid        not null,
  successor       uuid        not null,
  prepared_by     uuid        not null,
  expires_at      timestamptz not null
);
