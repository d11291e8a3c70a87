"""Alembic environment: runs on the connection handed over by distillguard.store.db.migrate."""

from alembic import context

import distillguard.store.models_registry  # noqa: F401  (imports every package's tables)
from distillguard.store.db import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # plain `alembic` CLI use: sqlalchemy.url from the ini file
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
