--
-- SPDX-License-Identifier: Apache-2.0
--

-- a host's migration that 0.1.0's single history held beside the library's
create table shop_order (id uuid primary key, buyer text not null);
