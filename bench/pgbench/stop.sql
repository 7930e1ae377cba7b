-- POST /stop, as EF Core sends it: load the task, then the conditional update (end_time is the concurrency token).
\set id random(:pool_first, :pool_last)
SELECT t.id, t.description, t.end_time, t.start_time, t.user_id FROM tasks AS t WHERE t.id = :id LIMIT 1;
UPDATE tasks SET end_time = now() WHERE id = :id AND end_time IS NULL;
