-- POST /track, as EF Core sends it (INSERT ... RETURNING id), with the start taken from the server's clock.
\set uid random(1, :users)
INSERT INTO tasks (description, end_time, start_time, user_id) VALUES ('benchmark task', NULL, now(), :uid) RETURNING id;
