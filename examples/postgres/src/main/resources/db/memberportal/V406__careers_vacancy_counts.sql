--
-- SPDX-License-Identifier: Apache-2.0
--

-- The number of vacancies in each status, kept by a trigger in the writing transaction, so that the total of
-- the unfiltered job openings needs no walk of every open vacancy: it is the published count, less the few
-- published vacancies past their deadline (the closing job ends them) or not open yet.

create table vacancy_status_count (
  status text   primary key,
  n      bigint not null
);

insert into vacancy_status_count (status, n) select status, count(*) from vacancy group by status;

create function vacancy_status_count_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.status = new.status then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    update vacancy_status_count set n = n - 1 where status = old.status;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into vacancy_status_count (status, n) values (new.status, 1)
      on conflict (status) do update set n = vacancy_status_count.n + 1;
  end if;
  return null;
end
$$;

create trigger vacancy_status_count after insert or update or delete on vacancy
  for each row execute function vacancy_status_count_change();

-- a truncation fires no row trigger: it empties the counts too
create function vacancy_status_count_clear() returns trigger language plpgsql as $$
begin
  delete from vacancy_status_count;
  return null;
end
$$;

create trigger vacancy_status_count_truncate after truncate on vacancy
  for each statement execute function vacancy_status_count_clear();

-- the published vacancies not open yet, for that total
create index vacancy_published_by_opening on vacancy (opens_at) where status = 'PUBLISHED';
