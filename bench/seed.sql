-- Bulk history for the benchmark, in one transaction of set-based inserts (psql variables from run.sh):
--   :users users with :per_user finished tasks each, spread over 2021-2024;
--   one heavy user (:heavy_user) with :heavy_tasks tasks evenly over 2015-2024 (about 27 a day at 100,000);
--   one light user (:light_user) with 10 tasks;
--   :stop_pool running tasks (users 1..:users) for the stop workloads, ids contiguous, reported at the end.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO tasks (user_id, description, start_time, end_time)
SELECT u, 'history ' || n, s, s + make_interval(mins => 5 + (n * 37) % 240)
FROM (SELECT u, n, timestamptz '2021-01-01 00:00Z' + random() * interval '1460 days' AS s
      FROM generate_series(1, :users) AS u, generate_series(1, :per_user) AS n) AS history;

INSERT INTO tasks (user_id, description, start_time, end_time)
SELECT :heavy_user, 'heavy ' || n, s, s + interval '30 minutes'
FROM generate_series(0, :heavy_tasks - 1) AS n,
     LATERAL (SELECT timestamptz '2015-01-01 00:00Z' + n * (interval '3652 days' / :heavy_tasks)) AS t(s);

INSERT INTO tasks (user_id, description, start_time, end_time)
SELECT :light_user, 'light ' || n, s, s + interval '45 minutes'
FROM generate_series(1, 10) AS n,
     LATERAL (SELECT timestamptz '2015-01-01 09:00Z' + (n * 365) * interval '1 day') AS t(s);

INSERT INTO tasks (user_id, description, start_time)
SELECT 1 + n % :users, 'running ' || n, now() - interval '1 hour'
FROM generate_series(1, :stop_pool) AS n;

COMMIT;

SELECT min(id) AS pool_first, max(id) AS pool_last FROM tasks WHERE end_time IS NULL \gset
\echo STOP_POOL :pool_first :pool_last
