"""Headless Chromium drives the console: log in to the overview (charts and sections render),
open the queue and the top case, suspend, and the account's next /v1 call is refused; a
reviewer cannot reach admin pages; a CSRF-less POST is refused.

Screenshots of the overview, the queue and the case page land in tmp_path (and in
$DISTILLGUARD_SCREENSHOTS, e.g. docs/screenshots, when set).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import openai
import pytest

from distillguard.gateway.accounts import create_account
from distillguard.review import cases
from distillguard.review.decisions import decide
from distillguard.review.ingest import ingest_alerts, ingest_flags
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
    _seed_overview(env.db, lone_id)
    return campaign


def _seed_overview(db, lone_id: str) -> None:
    """What the overview draws besides traffic: a second cluster known from applied monitor
    risks (its accounts send nothing afterwards, so the campaign's refusals below stay due to
    the suspension alone), an intel match, a decided case and audit verdicts in the intel store."""
    import uuid

    from sqlalchemy import select

    from distillguard.intel import store
    from distillguard.intel.export import ExportOptions, export_clusters
    from distillguard.intel.privacy import CoalitionKey, Keyring
    from distillguard.intel.sync import local_collection
    from distillguard.monitor.apply import apply_risk

    east = [create_account(db, f"Eastgate Analytics {i}", "AE")[0] for i in range(3)]
    scan = {"accounts": [{"account_id": a, "risk": 0.78 - 0.05 * i, "flagged": True,
                          "cluster_id": "c2", "reasons": ["synchronised bursts"]}
                         for i, a in enumerate(east)],
            "clusters": [{"cluster_id": "c2", "accounts": east, "reasons": ["synchronised bursts"]}]}
    apply_risk(db, scan, actor="cli:monitor", scan_id="scan-2026-11-30")
    ingest_flags(db, scan, min_risk=0.5)
    ingest_alerts(db, [{"indicator_id": f"indicator--{uuid.uuid4()}", "kind": kind,
                        "account_id": lone_id, "source_identity": "identity--lab-b",
                        "campaign_refs": [], "tlp": "amber", "events": 4}
                       for kind in ("email", "prompt_template")])
    fine_id, _ = create_account(db, "Quiet University", "DE")
    fine = cases.open_case(db, "manual", fine_id, {"reasons": ["spot check"]}, 4,
                           f"manual:{fine_id}", title=f"Spot check {fine_id}")
    decide(db, fine.id, "approve", "research_agreement", "console:alice", expected_version=1)
    late_id, _ = create_account(db, "Kestrel Data", "US")  # a case whose SLA ran out already
    cases.open_case(db, "policy", late_id, {"reasons": ["payment country mismatch"]}, 3,
                    f"policy:{late_id}", title=f"Payment mismatch {late_id}", sla_hours={3: 0})
    ring = Keyring("k-demo", {"k-demo": CoalitionKey("k-demo", bytes(range(32)))})
    cid = local_collection(db, "outbox", "outbox")
    with db.session() as s:
        store.add_member(s, "lab-b")
        partner = s.scalar(select(store.IntelMember).where(store.IntelMember.name == "lab-b"))
    for lab, member, suspect, verdict, p in (
            ("lab-b", partner, "open-weights model 'qwen-distilled-7b'", "not_detected", 0.38),
            ("this-lab", None, "api model 'acme-chat-pro'", "watermark_detected", 2.1e-14)):
        report = {"p_value": p, "tokens_scored": 48_000, "verdict": verdict, "key_id": "wm-1",
                  "mode": "api", "suspect": suspect}
        bundle = export_clusters({"accounts": [], "clusters": []}, [], [], ring, lab,
                                 ExportOptions(tlp="amber"), [report])
        with db.session() as s:
            member = s.merge(member) if member is not None else None
            store.post_envelope(s, cid, bundle, member)


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
                "prompt": rng.choice(CAMPAIGN_PROMPTS), "prompt_tokens": 30,
                "completion_tokens": 200, **_outcome(rng.random(), hour),
            })
    with db.session() as s:
        s.execute(insert(Event), rows)


def _outcome(draw: float, hour: int) -> dict:
    """Rate-limited, denied by policy (later in the day), sent to enhanced review, or served."""
    if draw < 0.10:
        return {"status": 429, "decision": None}
    if draw < 0.10 + 0.01 * max(hour - 14, 0):
        return {"status": 403, "decision": "deny"}
    if draw < 0.30:
        return {"status": 200, "decision": "review"}
    return {"status": 200, "decision": "allow"}


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

            # reviewer: log in to the overview, queue, admin pages refused, CSRF-less POST refused
            page.goto(env.base + "/console/")
            assert "/console/login" in page.url
            page.fill("input[name=username]", "rita")
            page.fill("input[name=password]", PASSWORDS["rita"])
            page.click("button[type=submit]")
            page.wait_for_selector("#overview-summary")
            assert page.locator("#requests svg rect.bar").count() >= 24
            assert page.locator("#decisions svg polyline").count() == 3
            assert page.locator("#open-cases svg rect.bar.overdue").count() == 1
            assert "1\noverdue" in page.inner_text("#overview-summary li.alert")
            assert page.locator("#top-clusters svg rect.bar").count() >= 2
            clusters = page.inner_text("#top-clusters table")
            assert "c1" in clusters and "c2" in clusters and "monitor scan" in clusters
            assert "prompt_template" in page.inner_text("#intel-matches")
            audits = page.inner_text("#audits")
            assert "watermark_detected" in audits and "lab-b" in audits
            page.screenshot(path=str(tmp_path / "console_overview.png"), full_page=True)
            page.click("header nav >> text=Queue")
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
            page.goto(env.base + "/console/queue")
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
    names = ("console_overview.png", "queue.png", "case.png")
    for name in names:
        assert (tmp_path / name).stat().st_size > 10_000
    target = os.environ.get("DISTILLGUARD_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        for name in names:
            shutil.copy(tmp_path / name, Path(target) / name)
