--
-- SPDX-License-Identifier: Apache-2.0
--

-- The bulk import of accounts from the old platform (AccountImport, B8): per named import, where it stands, so a
-- restart continues after the last committed batch and a second run imports nothing twice; and the records it
-- refused, with their line and reasons, so the report is whole across restarts.
create table account_import (
  name        text        primary key,
  -- every record before this line (1-based) is done: imported or refused, in a committed batch
  next_line   bigint      not null,
  imported    bigint      not null,
  refused     bigint      not null,
  started_at  timestamptz not null,
  updated_at  timestamptz not null,
  finished_at timestamptz
);

create table account_import_refusal (
  name    text   not null references account_import (name) on delete cascade,
  line    bigint not null,
  -- the violation's code, property path and message in the importing operator's language
  code    text   not null,
  path    text   not null,
  message text   not null,
  primary key (name, line, code, path)
);
