--
-- SPDX-License-Identifier: Apache-2.0
--

-- a host's own first migration, beside the library's V1
create table shop_order (id uuid primary key, buyer text not null);
