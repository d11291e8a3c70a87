"""Engine/session factory and schema migration.

All packages declare their tables on the one `Base` below, and their migrations live in
`store/migrations/versions/` as separate Alembic *branches* (branch label = package name) so
the packages evolve independently; `migrate()` runs `alembic upgrade heads`.
SQLite runs in WAL mode with a busy timeout so the gateway and CLI can share the file.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, MetaData, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from distillguard.errors import DistillguardError

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _private_file(path: Path) -> None:
    """Create the SQLite file owner-only (0600; its directory 0700 when we create it) before
    SQLite does: it holds prompts, key digests and the audit log, and SQLite gives its -wal and
    -shm files the database file's mode. An existing file readable by others is tightened."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        try:
            st = path.stat()
            if st.st_uid == os.getuid() and st.st_mode & 0o077:
                os.chmod(path, 0o600)
        except OSError:
            pass  # not ours to change (a shared file): SQLite reports real access problems
    except OSError:
        pass  # unwritable directory etc.: let SQLite report it in its own words


class Database:
    """One engine + session factory per URL."""

    def __init__(self, url: str) -> None:
        self.url = url
        kwargs: dict = {"future": True}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 10}
            path = url.split("///", 1)[-1]
            if path and path != ":memory:" and not path.startswith("file:"):
                _private_file(Path(path))
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["pool_size"] = 10
            kwargs["max_overflow"] = 20
        try:
            self.engine: Engine = create_engine(url, **kwargs)
        except Exception as exc:  # bad URL, missing driver
            raise DistillguardError(f"cannot use database {redact(url)}: {exc}") from None
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: commits on success, rolls back on any exception."""
        with self.sessions() as s, s.begin():
            yield s

    def migrate(self) -> None:
        migrate(self.engine)


def alembic_config(engine_or_url):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection_source"] = engine_or_url
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision of every branch (idempotent)."""
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def redact(url: str) -> str:
    """A database URL without its password, for messages and logs."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable url>"


_databases: dict[str, Database] = {}
_lock = threading.Lock()


def get_database(url: str | None = None, *, migrate_schema: bool = True) -> Database:
    """The process-wide Database for `url` (default: settings), migrated on first use."""
    if url is None:
        from distillguard.config import load_settings

        url = load_settings().resolved_database_url
    with _lock:
        db = _databases.get(url)
        if db is None:
            db = Database(url)
            if migrate_schema:
                db.migrate()
            _databases[url] = db
        return db
