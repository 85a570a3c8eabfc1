--
-- SPDX-License-Identifier: Apache-2.0
--

-- The careers module's consent history: every consent given, with its withdrawal.

create table consent (
  -- arrival order: the history reads in the order consents were given
  position     bigint      generated always as identity primary key,
  candidate_id uuid        not null,
  scope        text        not null,
  given_at     timestamptz not null,
  withdrawn_at timestamptz
);

-- a candidate's history; also identifies the consent a withdrawal updates
create index consent_by_candidate on consent (candidate_id, scope, given_at);
