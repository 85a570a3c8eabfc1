--
-- SPDX-License-Identifier: Apache-2.0
--

-- The careers module's candidate profiles: one document per candidate (ProfileDocument), with the columns the
-- queries filter on beside it.

create table profile (
  candidate_id  uuid        primary key,
  created_at    timestamptz not null,
  -- the retention rule counts inactivity from here
  last_activity timestamptz not null,
  -- the contract information's interests (ContractInterest names), for talent search
  interests     text[]      not null,
  -- the codec that wrote the document ('profile/1'), so that a later codec can still read older rows
  format        text        not null,
  -- the whole Profile: sections and entries, as JSON text
  document      text        not null,
  version       bigint      not null
);

-- the retention job: profiles inactive since a cut-off
create index profile_activity on profile (last_activity);
-- talent search: the candidates who declared an interest (interests @> array[...])
create index profile_interests on profile using gin (interests);
