"""A completion served by the gateway carries the *calling account's* watermark.

The gateway samples with derive_account_key(master, account_id); detection with that account's
key must give a tiny p-value, while another account's key (same master) must not: that is what
makes a leaked output attributable.
"""

from __future__ import annotations

import openai

from distillguard.config import Settings
from distillguard.gateway import accounts
from distillguard.gateway.app import create_app
from distillguard.store.db import get_database
from distillguard.testing import serve_in_thread


def test_completion_detects_under_callers_key_only(tiny_model_dir, tmp_path):
    from distillguard.models import load_tokenizer
    from distillguard.watermark.detect import detect_texts
    from distillguard.watermark.keys import derive_account_key, load_key, new_key, save_key

    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'gw.db'}",
        model=str(tiny_model_dir),
        master_key_path=str(tmp_path / "master.json"),
        gateway={"cache_ttl_s": 0},
    )
    # Fixed master secret + account ids + sampling seed: the test is deterministic.
    save_key(new_key("kgw", secret=bytes(range(32))), tmp_path / "master.json")
    db = get_database(settings.resolved_database_url)
    caller, key = accounts.create_account(db, "Leaky Corp", "US", account_id="acct_leaky")
    other, _ = accounts.create_account(db, "Bystander Inc", "US", account_id="acct_bystander")
    with serve_in_thread(create_app(settings, db)) as url:
        api = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0, timeout=120)
        text = api.chat.completions.create(
            model="model", messages=[{"role": "user", "content": "Tell me a story."}],
            max_tokens=64, temperature=1.0, seed=7,
        ).choices[0].message.content
    master = load_key(tmp_path / "master.json")
    tokenizer = load_tokenizer(str(tiny_model_dir))
    mine = detect_texts(derive_account_key(master, caller), [text], tokenizer=tokenizer)[0]
    theirs = detect_texts(derive_account_key(master, other), [text], tokenizer=tokenizer)[0]
    assert mine.tokens_scored >= 40, mine
    assert mine.p_value < 1e-6, mine
    assert theirs.p_value > 1e-3, (mine, theirs)


def test_events_carry_the_serving_key_and_follow_a_rotation(tiny_model_dir, tmp_path):
    """Each served event records `watermark_key_id`; after `keys rotate` the next answer is marked
    (and recorded) under the new epoch's key, and text from epoch 0 is still attributed."""
    import time

    from distillguard.gateway.events import iter_export_rows
    from distillguard.models import load_tokenizer
    from distillguard.watermark.detect import detect_texts
    from distillguard.watermark.keys import (
        derive_account_key,
        load_key,
        new_key,
        rotate_master,
        save_key,
    )

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'gw.db'}", model=str(tiny_model_dir),
                        master_key_path=str(tmp_path / "master.json"), gateway={"cache_ttl_s": 0})
    save_key(new_key("kgw", secret=bytes(range(32))), tmp_path / "master.json")
    db = get_database(settings.resolved_database_url)
    caller, key = accounts.create_account(db, "Leaky Corp", "US", account_id="acct_leaky")
    ask = {"model": "model", "messages": [{"role": "user", "content": "Tell me a story."}],
           "max_tokens": 64, "temperature": 1.0, "seed": 7}
    with serve_in_thread(create_app(settings, db)) as url:
        api = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0, timeout=120)
        before = api.chat.completions.create(**ask).choices[0].message.content
        rotate_master(tmp_path / "master.json")
        time.sleep(1.1)  # the backend re-reads the master file at most once a second
        after = "".join(chunk.choices[0].delta.content or ""
                        for chunk in api.chat.completions.create(**ask, stream=True) if chunk.choices)
    master = load_key(tmp_path / "master.json")
    epoch0, epoch1 = derive_account_key(master, caller, 0), derive_account_key(master, caller, 1)
    rows = [r for r in iter_export_rows(db) if r["status"] == 200]
    assert [r["watermark_key_id"] for r in rows] == [epoch0.key_id, epoch1.key_id]
    tokenizer = load_tokenizer(str(tiny_model_dir))
    assert detect_texts(epoch0, [before], tokenizer=tokenizer)[0].p_value < 1e-6
    assert detect_texts(epoch1, [after], tokenizer=tokenizer)[0].p_value < 1e-6
    assert detect_texts(epoch0, [after], tokenizer=tokenizer)[0].p_value > 1e-3


def test_a_corrupt_master_key_mid_run_is_a_503_that_does_not_name_the_key_file(tiny_model_dir, tmp_path):
    """Fail closed without an unmarked answer, and without telling the client where the key lives."""
    import time

    import httpx

    from distillguard.watermark.keys import new_key, save_key

    master = tmp_path / "secret-place" / "master.json"
    master.parent.mkdir()
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'gw.db'}", model=str(tiny_model_dir),
                        master_key_path=str(master), gateway={"cache_ttl_s": 0})
    save_key(new_key("kgw", secret=bytes(range(32))), master)
    db = get_database(settings.resolved_database_url)
    _, key = accounts.create_account(db, "Leaky Corp", "US", account_id="acct_leaky")
    ask = {"model": "model", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 4}
    with serve_in_thread(create_app(settings, db)) as url:
        headers = {"Authorization": f"Bearer {key}"}
        assert httpx.post(f"{url}/v1/chat/completions", json=ask, headers=headers, timeout=60).status_code == 200
        time.sleep(1.1)  # the backend re-reads the master file at most once a second
        master.write_text("{ not a key")
        refused = httpx.post(f"{url}/v1/chat/completions", json=ask, headers=headers, timeout=60)
    assert refused.status_code == 503, refused.text
    assert refused.json()["error"]["code"] == "watermark_unavailable"
    assert "secret-place" not in refused.text and "master.json" not in refused.text
