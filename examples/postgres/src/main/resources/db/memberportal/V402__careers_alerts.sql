--
-- SPDX-License-Identifier: Apache-2.0
--

-- The careers module's job alerts, indexed for matching a newly published vacancy.

create table job_alert (
  id              uuid        primary key,
  -- arrival order: a candidate's alerts subscribed at the same instant stay in the order they were added
  position        bigint      generated always as identity,
  candidate_id    uuid        not null,
  email           text        not null,
  language        text        not null,
  subscribed_at   timestamptz not null,
  -- the criteria as entered (empty array: any)
  types           text[]      not null,
  grades          text[]      not null,
  duty_stations   text[]      not null,
  languages       text[]      not null,
  keywords        text,
  -- the same criteria normalised as the vacancy's values are (upper case, canonical language tags), with
  -- '*' standing for "any", so that matching is one overlap test (&&) per criterion, which GIN serves
  type_keys       text[]      not null,
  grade_keys      text[]      not null,
  station_keys    text[]      not null,
  language_keys   text[]      not null
);

-- "My alerts", oldest first
create index job_alert_by_candidate on job_alert (candidate_id, subscribed_at, position);
-- matching a vacancy: each criterion overlaps {vacancy's value, '*'}; the planner combines the GIN indexes
create index job_alert_types on job_alert using gin (type_keys);
create index job_alert_grades on job_alert using gin (grade_keys);
create index job_alert_stations on job_alert using gin (station_keys);
create index job_alert_languages on job_alert using gin (language_keys);
