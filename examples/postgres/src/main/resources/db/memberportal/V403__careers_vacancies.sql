--
-- SPDX-License-Identifier: Apache-2.0
--

-- The careers module's vacancies, indexed for the public job openings and the closing job.

create table vacancy (
  id                uuid        primary key,
  reference_number  text        not null,
  -- the reference in upper case: unique, whatever the case it was typed in
  reference_key     text        not null,
  type              text        not null,
  grade             text        not null,
  station_code      text        not null,
  station_name      text        not null,
  station_kind      text        not null,
  station_languages text[]      not null,
  -- DutyStation.key(): what searches and alerts compare
  station_key       text        not null,
  opens_at          timestamptz not null,
  opens_zone        text        not null,
  closes_at         timestamptz not null,
  closes_zone       text        not null,
  status            text        not null,
  drafted_by        uuid        not null,
  published_at      timestamptz,
  -- the languages of the texts, and the words of the reference and texts (opening.Words), for searches
  languages         text[]      not null,
  words             text[]      not null,
  version           bigint      not null,
  constraint vacancy_reference_unique unique (reference_key)
);

-- job openings and the closing job: published vacancies by deadline, in the listing's order
create index vacancy_published_by_deadline on vacancy (closes_at, reference_number, id) where status = 'PUBLISHED';
-- job openings' filters on published vacancies
create index vacancy_published_filters on vacancy (type, grade, station_key) where status = 'PUBLISHED';
create index vacancy_published_words on vacancy using gin (words) where status = 'PUBLISHED';
create index vacancy_published_languages on vacancy using gin (languages) where status = 'PUBLISHED';

create table vacancy_text (
  vacancy_id uuid not null references vacancy (id) on delete cascade,
  language   text not null,
  title      text not null,
  body       text not null,
  primary key (vacancy_id, language)
);
