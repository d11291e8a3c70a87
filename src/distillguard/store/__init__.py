"""Persistence: SQLAlchemy 2 models on one metadata, Alembic migrations, SQLite or PostgreSQL."""

from distillguard.store.db import Base, Database, get_database

__all__ = ["Base", "Database", "get_database"]
