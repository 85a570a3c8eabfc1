--
-- SPDX-License-Identifier: Apache-2.0
--

-- The affiliation module's tables: the organisation directory, affiliations and focal point seats.

create table organisation (
  id                       uuid   primary key,
  name                     text   not null,
  -- NameKey.of(name): folded case and accents, what the directory search and the seed import compare
  name_key                 text   not null,
  membership_type          text   not null,
  country                  text   not null,
  sectors                  text[] not null,
  address                  text,
  website                  text,
  status                   text   not null,
  declared_membership_type text,
  entered_by               uuid,
  merged_into              uuid,
  version                  bigint not null
);

-- the sign-up form's directory: verified organisations by type, then country, in name order
create index organisation_directory on organisation (membership_type, country, name_key collate "C", id)
  where status = 'VERIFIED';
-- idempotent seed imports: a verified organisation by folded name and country
create index organisation_by_name on organisation (name_key, country) where status = 'VERIFIED';
-- the operators' review queue (UNVERIFIED)
create index organisation_by_status on organisation (status);

create table affiliation (
  id                uuid        primary key,
  account_id        uuid        not null,
  organisation_id   uuid        not null,
  membership_type   text        not null,
  state             text        not null,
  wants_ties_access boolean     not null,
  requested_at      timestamptz not null,
  submitted_at      timestamptz,
  decided_at        timestamptz,
  decided_by        uuid,
  decided_as        text,
  reason            text,
  ended_at          timestamptz,
  end_cause         text,
  reminded_at       timestamptz,
  escalated_at      timestamptz,
  version           bigint      not null
);

-- one open request per account, and one current affiliation per account, even across instances
create unique index affiliation_one_open on affiliation (account_id) where state in ('REQUESTED', 'PENDING');
create unique index affiliation_one_current on affiliation (account_id) where state in ('APPROVED', 'LINKED');
-- "My Requests": an account's affiliations, newest first
create index affiliation_by_account on affiliation (account_id, requested_at desc);
-- the focal points' pages: an organisation's requests and members by state, oldest first
create index affiliation_by_organisation on affiliation (organisation_id, state, requested_at);
-- reminders and escalations: pending requests by submission time
create index affiliation_pending on affiliation (submitted_at) where state = 'PENDING';

create table focal_point_seats (
  organisation_id uuid   primary key,
  itu             uuid,
  ties            uuid,
  version         bigint not null
);

-- FocalPointRegister.heldBy: the seats of an account, read on every focal point's request
create index focal_point_seats_itu on focal_point_seats (itu) where itu is not null;
create index focal_point_seats_ties on focal_point_seats (ties) where ties is not null;
