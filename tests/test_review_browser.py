"""Headless Chromium drives the console: log in, open the top case, suspend, and the account's
next /v1 call is refused; a reviewer cannot reach admin pages; a CSRF-less POST is refused.

Screenshots of the queue and the case page land in tmp_path (and in $DISTILLGUARD_SCREENSHOTS,
e.g. docs/screenshots, when set).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import openai
import pytest

from distillguard.gateway.accounts import create_account
from distillguard.review import cases
from distillguard.review.ingest import ingest_flags
from test_review_console import env  # noqa: F401,F811  (the gateway + console fixture)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]
CAMPAIGN_PROMPTS = [
    "Solve step by step and show all reasoning: integrate x^2 e^x dx",
    "Explain your chain of thought in detail: why is the sky blue?",
    "Give a long worked solution with every intermediate step: 17 * 23",
    "Think out loud before answering: what is the derivative of sin(x^2)?",
]


@pytest.fixture(scope="module")
def seeded(env):  # noqa: F811
    """A realistic queue: a 6-account campaign sharing IPs, a lone risky account, a policy case."""
    from test_review_console import XSS

    campaign = [create_account(env.db, f"Northwind Labs {i}", "SG",
                               payment_fingerprint="pf_shared_card" if i < 3 else None)
                for i in range(6)]
    for i, (_account_id, key) in enumerate(campaign):
        for j, prompt in enumerate(CAMPAIGN_PROMPTS):
            env.v1(key, prompt, ip=f"203.0.113.{(i // 2) + 10}" if j % 2 else "198.51.100.7")
    env.v1(campaign[0][1], f"{XSS} contact me at ops@northwind.example, +1 415 555 0199",
           ip="198.51.100.7")
    _backfill_history(env.db, [a for a, _ in campaign])
    lone_id, lone_key = create_account(env.db, "Solo Research", "BR")
    env.v1(lone_key, "Summarise this paper for me", ip="192.0.2.50")
    ids = [a for a, _ in campaign]
    flags = {
        "accounts": [{"account_id": a, "risk": 0.93 - 0.02 * i, "flagged": True,
                      "reasons": ["shared IPs", "templated reasoning prompts"],
                      "cluster_id": "c1",
                      "contributions": {"shared_ip": 0.31, "cot_extraction": 0.27,
                                        "prompt_template": 0.18, "volume": 0.09}}
                     for i, a in enumerate(ids)]
        + [{"account_id": lone_id, "risk": 0.62, "flagged": True, "reasons": ["volume spike"],
            "cluster_id": None, "contributions": {"volume": 0.41, "topic_breadth": 0.2}}],
        "clusters": [{"cluster_id": "c1", "accounts": ids,
                      "reasons": ["shared IPs", "shared payment instrument"]}],
    }
    ingest_flags(env.db, flags, min_risk=0.5)
    policy_id, _ = create_account(env.db, "Harbour Trading", "HK")
    cases.open_case(env.db, "policy", policy_id,
                    {"reasons": [{"code": "declared_country_flagged",
                                  "message": "declared country HK is flagged"}]},
                    3, f"policy:{policy_id}", title=f"Flagged jurisdiction sign-up {policy_id}")
    return campaign


def _backfill_history(db, account_ids: list[str]) -> None:
    """A day of earlier campaign traffic (ramping up, some rate-limited) so the timeline shows
    the shape a reviewer would see; rows as the gateway writes them."""
    import random
    import time
    import uuid

    from sqlalchemy import insert

    from distillguard.gateway.models import Event

    rng = random.Random(0)
    now = time.time()
    rows = []
    for hour in range(24):
        for _ in range(2 + hour * hour // 12):
            account = rng.choice(account_ids)
            rows.append({
                "request_id": uuid.uuid4().hex, "ts": now - (24 - hour) * 3600 + rng.random() * 3600,
                "account_id": account, "ip": f"203.0.113.{rng.randint(10, 12)}",
                "endpoint": "chat.completions", "model": "stub-model",
                "prompt": rng.choice(CAMPAIGN_PROMPTS), "status": 429 if rng.random() < 0.12 else 200,
                "prompt_tokens": 30, "completion_tokens": 200,
            })
    with db.session() as s:
        s.execute(insert(Event), rows)


@pytest.mark.browser
def test_console_in_chromium(env, seeded, tmp_path):  # noqa: F811
    from playwright.sync_api import sync_playwright

    from test_review_console import PASSWORDS

    dialogs: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

            # reviewer: log in, queue, admin pages refused, CSRF-less POST refused
            page.goto(env.base + "/console/")
            assert "/console/login" in page.url
            page.fill("input[name=username]", "rita")
            page.fill("input[name=password]", PASSWORDS["rita"])
            page.click("button[type=submit]")
            page.wait_for_selector("#queue")
            page.screenshot(path=str(tmp_path / "queue.png"), full_page=True)
            top = page.locator("#queue tbody tr").first
            assert "Cluster of 6 accounts" in top.inner_text()

            response = page.goto(env.base + "/console/admin/users")
            assert response.status == 403
            assert "admins only" in page.inner_text("#error-message")
            refused = page.request.post(
                env.base + "/console/cases/1/decide",
                form={"version": "1", "decision": "suspend/coordinated_campaign"})
            assert refused.status == 403 and "CSRF" in refused.text()

            # open the top case and suspend the whole cluster
            page.goto(env.base + "/console/")
            page.locator("#queue tbody tr").first.locator("a.case-link").click()
            page.wait_for_selector("#decision-form")
            assert page.locator("#timeline svg").count() == 1
            assert page.locator("#cluster-graph svg circle").count() == 6
            assert page.locator("#contributions svg rect").count() >= 4
            assert "[EMAIL]" in page.inner_text("#prompts")
            page.screenshot(path=str(tmp_path / "case.png"), full_page=True)
            page.select_option("#decision", "suspend/coordinated_campaign")
            page.fill("textarea[name=note]", "six accounts, shared IPs and card, CoT extraction")
            page.click("#decide")
            page.wait_for_selector("#flash")
            assert "6 account(s) changed" in page.inner_text("#flash")
            assert page.inner_text("#case-status") == "closed"
            assert page.locator("#accounts .state.suspended").count() == 6
            page.click("#pii-toggle")  # unmasked view: hostile prompt still inert text
            page.wait_for_selector("#prompts")
            assert "<script>" in page.inner_text("#prompts")
        finally:
            browser.close()
    assert dialogs == []  # no injected script ever ran
    for _, key in seeded:
        with pytest.raises(openai.PermissionDeniedError) as refused_v1:
            env.v1(key, "one more")
        assert refused_v1.value.status_code == 403
    for name in ("queue.png", "case.png"):
        assert (tmp_path / name).stat().st_size > 10_000
    target = os.environ.get("DISTILLGUARD_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        for name in ("queue.png", "case.png"):
            shutil.copy(tmp_path / name, Path(target) / name)
