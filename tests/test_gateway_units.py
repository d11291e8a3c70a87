"""Gateway parts on their own: rate limiting (in-process and Redis), API keys, accounts and
ownership, event retention and export (stream hygiene: test_gateway_hygiene.py)."""

from __future__ import annotations

import asyncio
import json
import time
import uuid

import pyarrow.parquet as pq
import pytest
from sqlalchemy import select

from distillguard.errors import DistillguardError
from distillguard.gateway import accounts, apikeys
from distillguard.gateway.events import EventLog, Retention, export_events, purge_expired
from distillguard.gateway.models import ApiKey, Event
from distillguard.gateway.ratelimit import MemoryRateLimiter, Quota, RedisRateLimiter
from distillguard.store.db import get_database


@pytest.fixture
def db(tmp_path):
    return get_database(f"sqlite:///{tmp_path / 'units.db'}")


def _run(coro):
    return asyncio.run(coro)


def test_memory_limiter_allows_a_minute_burst_then_refuses_with_wait():
    limiter = MemoryRateLimiter()
    quota = [Quota("key:a", 10, 0)]
    assert all(limiter.acquire_sync(quota) == 0 for _ in range(10))
    wait = limiter.acquire_sync(quota)
    assert 5.0 < wait <= 6.0  # one request frees up every 6 s at 10/min
    assert limiter.acquire_sync([Quota("key:b", 10, 0)]) == 0  # other keys unaffected


def test_memory_limiter_org_quota_covers_all_keys_and_is_all_or_nothing():
    limiter = MemoryRateLimiter()
    org = Quota("org:x", 3, 0)
    assert limiter.acquire_sync([Quota("key:1", 100, 0), org]) == 0
    assert limiter.acquire_sync([Quota("key:2", 100, 0), org]) == 0
    assert limiter.acquire_sync([Quota("key:3", 100, 0), org]) == 0
    assert limiter.acquire_sync([Quota("key:4", 100, 0), org]) > 0
    # the refused request did not consume key:4's budget
    assert all(limiter.acquire_sync([Quota("key:4", 1, 0)]) == 0 for _ in range(1))


def test_token_quota_admits_until_used_up_then_waits():
    limiter = MemoryRateLimiter()
    quota = [Quota("key:t", 0, 600)]
    assert limiter.acquire_sync(quota) == 0
    _run(limiter.charge_tokens(quota, 600))  # a whole minute's tokens in one response
    wait = limiter.acquire_sync(quota)
    assert 0 < wait <= 0.2  # 10 tokens/s refill: the next token arrives within 0.1 s


def test_redis_limiter_matches_the_in_process_semantics(redis_url):
    namespace = f"dg:test:{uuid.uuid4().hex[:8]}"

    async def scenario():
        limiter = RedisRateLimiter(redis_url, namespace)
        try:
            quota = [Quota("key:a", 5, 0), Quota("org:o", 100, 1000)]
            results = [await limiter.acquire(quota) for _ in range(6)]
            await limiter.charge_tokens(quota, 2000)
            after_tokens = await limiter.acquire([Quota("org:o", 100, 1000)])
            # two workers sharing Redis share one budget
            other = RedisRateLimiter(redis_url, namespace)
            shared = await other.acquire([Quota("key:a", 5, 0)])
            await other.close()
            return results, after_tokens, shared
        finally:
            await limiter.close()

    results, after_tokens, shared = _run(scenario())
    assert results[:5] == [0.0] * 5
    assert 11.0 < results[5] <= 12.0  # 5/min → one every 12 s
    assert after_tokens > 50  # 1000 tokens in debt at 1000/min → about a minute
    assert shared > 0
    from helpers import clear_redis_namespace

    clear_redis_namespace(redis_url, namespace)


def test_api_keys_are_stored_hashed_and_checked(db):
    account_id, key = accounts.create_account(db, "Keys Ltd", "GB")
    assert apikeys.parse_prefix(key) is not None
    with db.session() as s:
        row = s.scalar(select(ApiKey).where(ApiKey.account_id == account_id))
        assert row.hash == apikeys.digest(key) and key not in (row.hash, row.prefix)
    assert accounts.authenticate(db, key).account_id == account_id
    tampered = key[:-1] + ("A" if key[-1] != "A" else "B")
    assert accounts.authenticate(db, tampered) is None
    assert accounts.authenticate(db, None) is None
    new_key = accounts.rotate_key(db, account_id)
    assert accounts.authenticate(db, key) is None
    assert accounts.authenticate(db, new_key).account_id == account_id


def test_ownership_chain_reaches_policy_facts(db):
    accounts.create_org(db, "Dragon Holdings", "CN")
    accounts.create_org(db, "Harbour Capital", "HK", parent="Dragon Holdings", share=0.8)
    account_id, _ = accounts.create_account(db, "Innocent GmbH", "DE",
                                            parent="Harbour Capital", share=0.7)
    facts = accounts.account_facts(db, account_id)
    assert facts.ownership["CN"] == pytest.approx(0.56)
    assert facts.ownership["HK"] == pytest.approx(0.14)
    assert facts.ownership["DE"] == pytest.approx(0.30)
    with pytest.raises(DistillguardError, match="exceed 100%"):
        accounts.set_parent(db, "Innocent GmbH", "Dragon Holdings", 0.5)


def test_state_transitions_are_checked_and_recorded(db):
    account_id, _ = accounts.create_account(db, "States Inc", "US")
    accounts.set_state(db, account_id, "under_review", "reviewer@x", "flagged by monitor")
    accounts.set_state(db, account_id, "approved", "lead@x", "documents verified")
    with pytest.raises(DistillguardError, match="illegal transition"):
        accounts.set_state(db, account_id, "active", "lead@x", "undo")
    history = accounts.account_json(db, account_id)["transitions"]
    assert [(h["from"], h["to"], h["actor"]) for h in history] == [
        (None, "active", "system"), ("active", "under_review", "reviewer@x"),
        ("under_review", "approved", "lead@x")]


@pytest.mark.parametrize("bad", [{"country": "XX"}, {"country": "US", "verification": "maybe"},
                                 {"country": "US", "owner_country": "CN", "parent": "P"}])
def test_bad_account_input_is_a_one_line_error(db, bad):
    with pytest.raises(DistillguardError):
        accounts.create_account(db, "Bad Co", **bad)


def _event(**kw):
    return {"request_id": uuid.uuid4().hex, "ip": "8.8.8.8", "endpoint": "chat.completions",
            "model": "m", "status": 200, "prompt": "secret plan", "response": "ok", **kw}


def test_hash_retention_keeps_no_prompt_text_and_export_uses_the_digest(db, tmp_path):
    log = EventLog(db, Retention.parse("hash"))
    log.write_sync(_event(account_id="a1"))
    log.close()
    with db.session() as s:
        event = s.scalar(select(Event))
        assert event.prompt is None and event.response is None and len(event.prompt_hash) == 64
    out = tmp_path / "events.jsonl"
    assert export_events(db, str(out), "jsonl") == 1
    row = json.loads(out.read_text())
    assert row["prompt"] == f"sha256:{event.prompt_hash}"


def test_drop_after_n_days_purges_only_old_text(db):
    log = EventLog(db, Retention.parse("drop-after-30-days"))
    log.write_sync(_event(ts=time.time() - 31 * 86400))
    log.write_sync(_event())
    log.close()
    assert purge_expired(db, Retention.parse("drop-after-30-days")) == 1
    with db.session() as s:
        old, new = s.scalars(select(Event).order_by(Event.ts)).all()
    assert old.prompt is None and old.prompt_hash and new.prompt == "secret plan"
    with pytest.raises(DistillguardError):
        Retention.parse("forever")


def test_group_commit_writes_every_concurrent_event(db):
    log = EventLog(db)

    async def many():
        await asyncio.gather(*(log.write(_event(account_id=f"a{i}")) for i in range(300)))

    _run(many())
    log.close()
    with db.session() as s:
        assert len(s.scalars(select(Event.id)).all()) == 300


def test_export_matches_the_contract_schema_in_jsonl_and_parquet(db, tmp_path):
    log = EventLog(db)
    for i in range(3):
        log.write_sync(_event(account_id=f"acct{i}", org_id="org1", prompt_tokens=5,
                              completion_tokens=7, reasons=[{"code": "x", "message": "y"}]))
    log.close()
    contract = {"ts", "account_id", "org_id", "ip", "user_agent", "payment_fingerprint",
                "model", "prompt", "response", "prompt_tokens", "completion_tokens", "status"}
    jsonl = tmp_path / "e.jsonl"
    export_events(db, str(jsonl), "jsonl")
    rows = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert len(rows) == 3 and contract <= set(rows[0])
    assert rows[0]["ts"].endswith("Z") and rows[0]["reasons"] == ["x"]
    parquet = tmp_path / "e.parquet"
    export_events(db, str(parquet), "parquet")
    table = pq.read_table(parquet)
    assert table.num_rows == 3 and contract <= set(table.column_names)
    assert table.column("completion_tokens").to_pylist() == [7, 7, 7]
