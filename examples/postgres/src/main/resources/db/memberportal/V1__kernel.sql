--
-- SPDX-License-Identifier: Apache-2.0
--

-- The kernel's tables: the audit trail of domain events and the notification outbox.
-- Names are unqualified: the host picks the schema (search_path / Flyway's default schema).

create table event_log (
  position     bigint generated always as identity primary key,
  subject      text        not null,
  type         text        not null,
  event_class  text        not null,
  occurred_at  timestamptz not null,
  actor_kind   text        not null,
  actor_ref    text,
  actor_locale text        not null,
  -- DomainEvent.detail(): a short summary in codes, for audit trails shown to the person concerned
  detail       text        not null default '',
  -- the event's other record components as escaped "name=value" lines (no JSON library needed)
  attributes   text        not null
);

-- an aggregate's audit trail is read by subject, oldest first
create index event_log_by_subject on event_log (subject, position);

create table outbox (
  idempotency_key text primary key,
  -- arrival order: claims take the oldest due entries first
  position        bigint generated always as identity unique,
  recipient       text        not null,
  kind            text        not null,
  locale          text        not null,
  attempts        integer     not null default 0,
  next_attempt    timestamptz not null,
  -- a claim is a lease: another instance may take the entry over once it has expired
  claimed_until   timestamptz,
  claimed_by      text,
  delivered_at    timestamptz
);

-- serves claimDue: only undelivered entries, in arrival order
create index outbox_due on outbox (next_attempt, position) where delivered_at is null;

create table outbox_parameter (
  idempotency_key text    not null references outbox (idempotency_key) on delete cascade,
  name            text    not null,
  value           text    not null,
  secret          boolean not null,
  primary key (idempotency_key, name)
);
