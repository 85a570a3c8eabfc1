--
-- SPDX-License-Identifier: Apache-2.0
--

-- Erasure and retention reach the outbox: whose personal data a notification is about (Notification.dataSubject,
-- e.g. 'candidate:<id>'), so that an erasure forgets that person's rows, delivered or not; and an index for the
-- host's purge of rows delivered before a cut-off. Rows written before this migration have no data subject: the
-- purge removes them once delivered.

alter table outbox add column data_subject text;

-- serves Outbox.forget: one person's rows
create index outbox_by_data_subject on outbox (data_subject) where data_subject is not null;

-- serves Outbox.purgeDelivered: delivered rows, oldest first
create index outbox_delivered on outbox (delivered_at) where delivered_at is not null;
