"""Helpers only the test suite uses (no tests here). Servers, free ports, the stub upstream and
scratch PostgreSQL databases are in `distillguard.testing` (demo and bench use them too)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from distillguard.testing import scratch_postgres

if TYPE_CHECKING:
    from distillguard.store.db import Database


def write_country_mmdb(path: str | Path, networks: dict[str, str]) -> Path:
    """A GeoIP2-Country style .mmdb mapping each CIDR to an ISO country code (needs the
    `[dev]` extra's mmdb-writer)."""
    from mmdb_writer import MMDBWriter
    from netaddr import IPSet

    writer = MMDBWriter(ip_version=6, ipv4_compatible=True, database_type="GeoIP2-Country")
    for cidr, country in networks.items():
        writer.insert_network(IPSet([cidr]), {"country": {"iso_code": country}})
    writer.to_db_file(str(path))
    return Path(path)


def clear_redis_namespace(redis_url: str, namespace: str) -> None:
    """Delete every key a test's rate limiter wrote under `namespace`."""
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        for key in client.scan_iter(f"{namespace}:*"):
            client.delete(key)
    finally:
        client.close()


@contextmanager
def migrated_postgres(base_url: str, prefix: str = "dg_test") -> Iterator[Database]:
    """A fresh, migrated PostgreSQL `Database` next to `base_url`'s (dropped afterwards)."""
    from distillguard.store.db import Database

    with scratch_postgres(base_url, prefix) as url:
        db = Database(url)
        db.migrate()
        try:
            yield db
        finally:
            db.engine.dispose()
