--
-- SPDX-License-Identifier: Apache-2.0
--

-- The careers module's applications and their history of moves.

create table application (
  id                uuid        primary key,
  candidate_id      uuid        not null,
  vacancy_id        uuid        not null,
  status            text        not null,
  -- empty once the candidate is erased (the application is kept, anonymised, for the vacancy's records)
  email             text,
  language          text        not null,
  cover_letter      text,
  started_at        timestamptz not null,
  submitted_at      timestamptz,
  -- the profile as submitted (ProfileSnapshot), frozen with the application: the whole Profile as one
  -- document (ProfileDocument), its codec named in profile_format so that a later codec can still read it
  profile_taken_at  timestamptz,
  profile_format    text,
  profile_document  text,
  outcome_notified  boolean     not null,
  erased            boolean     not null,
  version           bigint      not null,
  -- a snapshot is whole or absent
  constraint application_profile_whole check ((profile_taken_at is null) = (profile_document is null)
    and (profile_format is null) = (profile_document is null))
);

-- one live application per candidate and vacancy (withdrawn and expired ones do not count)
create unique index application_one_live on application (candidate_id, vacancy_id)
  where status not in ('WITHDRAWN', 'EXPIRED');
-- "My applications": a candidate's, newest first
create index application_by_candidate on application (candidate_id, started_at desc);
-- the recruiters' list of a vacancy's applications, oldest first
create index application_by_vacancy on application (vacancy_id, started_at);

create table application_move (
  application_id uuid        not null references application (id) on delete cascade,
  position       integer     not null,
  action         text        not null,
  from_status    text        not null,
  to_status      text        not null,
  actor_kind     text        not null,
  actor_ref      text,
  actor_locale   text        not null,
  at             timestamptz not null,
  reason         text,
  step           text,
  primary key (application_id, position)
);
