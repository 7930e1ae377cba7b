# The blog post's database.py, PostgreSQL version (its "connect to your deployed database securely" section):
# the URL comes from the environment. See README.md for what differs from the post's text and why.
import os

import databases
import sqlalchemy

DATABASE_URL = os.getenv("DATABASE_URL")

# MetaData is a container object that keeps together different features of a database being described.
metadata = sqlalchemy.MetaData()

task_table = sqlalchemy.Table(
    "tasks",
    metadata,
    sqlalchemy.Column("id", sqlalchemy.Integer, primary_key=True),
    sqlalchemy.Column("user_id", sqlalchemy.Integer),
    sqlalchemy.Column("description", sqlalchemy.String),
    sqlalchemy.Column("start_time", sqlalchemy.DateTime),
    sqlalchemy.Column("end_time", sqlalchemy.DateTime),
)

# You don't need check_same_thread=False when using PostgreSQL.
engine = sqlalchemy.create_engine(DATABASE_URL)

# Create all tables stored in this metadata.
metadata.create_all(engine)

# Initialize a database connection.
database = databases.Database(DATABASE_URL)
