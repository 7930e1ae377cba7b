-- GET /times for a random user and day of 2021-2024, as EF Core sends it: the GiST-served candidate subquery from
-- PostgresTimeTrackingDbContext.TasksNear, narrowed by TrackedTask.BelongsTo, in start order.
\set uid random(1, :users)
\set day random(0, 1459)
SELECT t.id, t.description, t.end_time, t.start_time, t.user_id
FROM (
    SELECT * FROM tasks
    WHERE user_id = :uid
      AND tstzrange(start_time, coalesce(end_time, 'infinity'), '[]')
          && tstzrange(timestamptz '2021-01-01Z' + :day * interval '1 day', timestamptz '2021-01-01Z' + (:day + 1) * interval '1 day', '[)')
) AS t
WHERE t.start_time < timestamptz '2021-01-01Z' + (:day + 1) * interval '1 day'
  AND (t.start_time >= timestamptz '2021-01-01Z' + :day * interval '1 day'
       OR COALESCE(t.end_time, now()) > timestamptz '2021-01-01Z' + :day * interval '1 day')
ORDER BY t.start_time, t.id;
