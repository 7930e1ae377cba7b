-- POST /stop, as the API sends it: one conditional UPDATE (TaskRepository.TryStopAsync, the domain's StoppableAt rule);
-- the task is read only when the update matched nothing, which the benchmark's running pool never causes.
\set id random(:pool_first, :pool_last)
UPDATE tasks AS t SET end_time = now(), version = t.version + 1
WHERE t.id = :id AND t.end_time IS NULL AND t.start_time <= now();
