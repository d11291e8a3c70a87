"""Helpers for the intel tests: a live TAXII server on loopback, a recording TCP proxy,
fixture data in the monitor/audit/event contract shapes. (No tests in this module.)"""

from __future__ import annotations

import socket
import threading
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass

import httpx

from distillguard.config import Settings
from distillguard.intel import store
from distillguard.intel.taxii import TAXII_MEDIA
from distillguard.store.db import Database
from distillguard.testing import ServerThread
from helpers import migrated_postgres

API_ROOT = "intel"


@dataclass
class LiveServer:
    url: str  # …/taxii2/
    db: Database
    server: ServerThread

    @property
    def root_url(self) -> str:
        return f"{self.url}{API_ROOT}/"

    def stop(self) -> None:
        self.server.stop()


def start_server(db: Database, settings: Settings | None = None) -> LiveServer:
    from distillguard.intel.server import create_app

    server = ServerThread(create_app(settings or Settings(), db)).start()
    return LiveServer(f"{server.url}/taxii2/", db, server)


def fresh_database(url: str) -> Database:
    db = Database(url)
    db.migrate()
    return db


def postgres_database(admin_url: str) -> AbstractContextManager[Database]:
    """A brand-new PostgreSQL database (dropped afterwards) for isolation."""
    return migrated_postgres(admin_url, "intel_test")


def setup_members(db: Database, names=("lab-a", "lab-b", "outsider")) -> dict[str, str]:
    with db.session() as s:
        return {name: store.add_member(s, name) for name in names}


def new_collection(db: Database, grants: dict[str, tuple[bool, bool]], public: bool = False,
                   title: str = "campaigns") -> str:
    with db.session() as s:
        cid = store.add_collection(s, title, public_read=public)
        for member, (read, write) in grants.items():
            store.grant(s, member, cid, read, write)
    return cid


def raw(method: str, url: str, token: str | None = None, **kwargs) -> httpx.Response:
    headers = {"Accept": TAXII_MEDIA, **kwargs.pop("headers", {})}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.request(method, url, headers=headers, timeout=30, **kwargs)


class RecordingProxy:
    """A loopback TCP proxy that forwards to `target_port` and records every byte both ways."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.sent = bytearray()  # client → server
        self.received = bytearray()  # server → client
        self._lock = threading.Lock()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.port = self._sock.getsockname()[1]
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pipe, args=(client, upstream, self.sent),
                             daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, self.received),
                             daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, record: bytearray) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                with self._lock:
                    record.extend(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self._stop = True
        self._sock.close()


def indicator(identity: str | None, n: int, tlp: str = "amber", modified: str | None = None,
              oid: str | None = None) -> dict:
    """A small valid STIX 2.1 IPv4 indicator."""
    from distillguard.intel.vocab import TLP2_IDS

    stamp = modified or f"2026-11-{1 + n % 28:02d}T00:00:00.000Z"
    obj = {
        "type": "indicator",
        "spec_version": "2.1",
        "id": oid or f"indicator--{uuid.uuid4()}",
        "created": "2026-01-01T00:00:00.000Z",
        "modified": stamp,
        "name": f"range {n}",
        "pattern": f"[ipv4-addr:value ISSUBSET '10.{n // 256 % 256}.{n % 256}.0/24']",
        "pattern_type": "stix",
        "valid_from": "2026-01-01T00:00:00Z",
        "object_marking_refs": [TLP2_IDS[tlp]],
    }
    if identity:
        obj["created_by_ref"] = identity
    return obj


# Contract-shaped fixtures: monitor scan flags, events, accounts, an audit report.
CAMPAIGN_PROMPTS = [
    "You are a helpful tutor. Solve problem {n} step by step, show every intermediate "
    "result and explain the reasoning behind each transformation in detail.",
    "Translate the following passage number {n} into formal German and then list every "
    "idiom you changed together with a literal back translation.",
]


def lab_a_data():
    flags = {
        "accounts": [
            {"account_id": f"a{i}", "risk": 0.95, "flagged": True, "reasons": ["templated"],
             "cluster_id": "c1"} for i in range(3)
        ] + [{"account_id": "a9", "risk": 0.1, "flagged": False, "reasons": [],
              "cluster_id": None}],
        "clusters": [{"cluster_id": "c1", "accounts": ["a0", "a1", "a2"],
                      "reasons": ["shared payment fingerprint", "prompt templates"]}],
    }
    events = []
    for i in range(3):
        for n in range(6):
            events.append({
                "ts": f"2026-11-0{1 + n % 5}T0{i}:00:00Z",
                "account_id": f"a{i}",
                "ip": f"203.0.113.{10 + i}",
                "user_agent": "distill-harvester/2.1 (+python)",
                "payment_fingerprint": "pf_live_9f8e7d6c",
                "prompt": CAMPAIGN_PROMPTS[n % 2].format(n=100 * i + n),
                "asn": 64496,
                "model": "smollm2",
                "status": 200,
            })
    events.append({"ts": "2026-11-01T00:00:00Z", "account_id": "a9", "ip": "192.0.2.50",
                   "prompt": "What is the weather like on Mars today?", "status": 200})
    accounts = [
        {"account_id": "a0", "email": "Harvest.Bot+1@gmail.com"},
        {"account_id": "a1", "email": "ops@distill-farm.example"},
        {"account_id": "a2", "email": "ops2@distill-farm.example",
         "payment_fingerprint": "pf_live_9f8e7d6c"},
    ]
    audit = {"p_value": 3.2e-12, "tokens_scored": 48000, "verdict": "distilled",
             "key_id": "wm-2026-01", "suspect": "acme/student-7b", "mode": "open"}
    return flags, events, accounts, audit


def lab_b_data():
    """Lab B's own state: one account sharing an email alias, one sharing the template
    and the /24, one innocent account."""
    accounts = [
        {"account_id": "b-alias", "email": "harvestbot@googlemail.com"},
        {"account_id": "b-clean", "email": "alice@university.example"},
    ]
    events = [
        {"ts": "2026-11-10T00:00:00Z", "account_id": "b-template", "ip": "203.0.113.200",
         "prompt": CAMPAIGN_PROMPTS[0].format(n=777), "user_agent": "curl/8.0"},
        {"ts": "2026-11-10T00:00:00Z", "account_id": "b-clean", "ip": "198.51.100.7",
         "prompt": "Please summarise this news article about rivers in two sentences.",
         "user_agent": "Mozilla/5.0"},
    ]
    return accounts, events
