--
-- SPDX-License-Identifier: Apache-2.0
--

-- The host's timed jobs in a cluster (PostgresJobs): per job, the last tick an instance claimed. Claiming is one
-- upsert that moves the tick forward only, so of N instances one runs each tick's job.
create table job_run (
  job         text        primary key,
  tick        timestamptz not null,
  instance    text        not null,
  started_at  timestamptz not null,
  finished_at timestamptz
);
