"""The console overview (`/console/`): its data on SQLite and PostgreSQL from real seeded rows
(gateway events, monitor risks applied, cases ingested, intel matches, published audit
evidence), its charts, and the page over real HTTP (roles, a bad window, hostile text)."""

from __future__ import annotations

import re
import time
import uuid
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from sqlalchemy import insert, select

from distillguard.gateway.accounts import create_account
from distillguard.gateway.models import Event
from distillguard.intel import store
from distillguard.intel.export import ExportOptions, export_clusters
from distillguard.intel.privacy import CoalitionKey, Keyring
from distillguard.intel.sync import local_collection
from distillguard.monitor.apply import apply_risk
from distillguard.review import overview
from distillguard.review.cases import as_utc, open_case, utcnow
from distillguard.review.charts import buckets_svg, risk_bars_svg, sla_bars_svg
from distillguard.review.decisions import decide
from distillguard.review.ingest import ingest_alerts, ingest_flags
from distillguard.review.models import Decision
from helpers import BACKENDS, backend_database
from test_review_console import XSS, env  # noqa: F401  (the gateway + console fixture)

NS = "{http://www.w3.org/2000/svg}"
KEY = CoalitionKey("k-test", bytes(range(32)))
RING = Keyring(KEY.key_id, {KEY.key_id: KEY})


@pytest.fixture(params=BACKENDS)
def db(request, isolated_home):
    with backend_database(request, isolated_home, "dg_overview") as database:
        yield database


def _event(ts: float, status: int = 200, decision: str | None = "allow") -> dict:
    """A row as the gateway writes it."""
    return {"request_id": uuid.uuid4().hex, "ts": ts, "account_id": "acct_x", "ip": "192.0.2.1",
            "endpoint": "chat.completions", "model": "stub-model", "prompt": "hi",
            "status": status, "decision": decision, "prompt_tokens": 1, "completion_tokens": 1}


def _audit_bundle(lab: str, suspect: str, verdict: str, p_value: float) -> dict:
    report = {"p_value": p_value, "tokens_scored": 4096, "verdict": verdict,
              "key_id": "wm-1", "mode": "api", "suspect": suspect}
    return export_clusters({"accounts": [], "clusters": []}, [], [], RING, lab,
                           ExportOptions(tlp="amber"), [report])


def test_traffic_buckets_are_floored_and_bounded_by_the_window(db):
    now = time.time() + 60  # decisions made below fall inside this window
    w = overview.window("24h", now)
    assert w.buckets == 48 and w.step == 1800 and w.end >= now and w.end - w.start == 86_400
    rows = [
        _event(w.start + 3 * w.step + 5),                      # bucket 3
        _event(w.start + 4 * w.step - 1, 403, "deny"),         # bucket 3 (rounding would say 4)
        _event(w.start + 10 * w.step, 200, "review"),          # exactly on an edge: bucket 10
        _event(w.start + 10 * w.step + 1, 429, None),          # rate limited: refused, no decision
        _event(w.end - 0.5, 403, "deny"),                      # last bucket
        _event(w.start - 1), _event(w.end),                    # outside the window
    ]
    with db.session() as s:
        s.execute(insert(Event), rows)
    account_id, _ = create_account(db, "Acme", "US")
    case = open_case(db, "policy", account_id, {"accounts": [account_id]}, 3, "t:1")
    decide(db, case.id, "approve", "false_positive", "console:rita", expected_version=1)
    with db.session() as s:
        decided_at = s.scalar(select(Decision.created_at))
    decided_bucket = int((as_utc(decided_at).timestamp() - w.start) // w.step)

    data = overview.overview(db, "24h", now=now)["traffic"]
    s = data["series"]
    assert all(len(v) == 48 for v in s.values())
    assert s["served"][3] == 1 and s["refused"][3] == 1 and s["served"][4] == 0
    assert s["served"][10] == 1 and s["refused"][10] == 1
    assert s["policy_review"][10] == 1 and s["policy_deny"][3] == 1 and s["policy_deny"][47] == 1
    assert s["refused"][47] == 1
    assert s["reviewer_decisions"][decided_bucket] == 1
    assert data["totals"] == {"served": 2, "refused": 3, "requests": 5, "policy_review": 1,
                              "policy_deny": 2, "reviewer_decisions": 1}
    week, w7 = overview.overview(db, "7d", now=now), overview.window("7d", now)
    assert week["window"]["buckets"] == 56 and w7.step == 3 * 3600
    assert week["traffic"]["totals"]["requests"] == sum(w7.start <= r["ts"] < w7.end for r in rows)
    with pytest.raises(overview.ReviewError, match="unknown window"):
        overview.window("1y")


def test_open_cases_by_kind_against_their_sla(db):
    open_case(db, "policy", "p1", {}, 3, "policy:p1")                   # 72 h SLA
    open_case(db, "intel", "i1", {}, 2, "intel:i1")                     # 24 h
    open_case(db, "manual", "m1", {}, 2, "manual:m1")                   # 24 h
    account_id, _ = create_account(db, "Closed Co", "US")
    closed = open_case(db, "manual", account_id, {"accounts": [account_id]}, 2, "manual:c")
    decide(db, closed.id, "approve", "false_positive", "console:rita", expected_version=1)

    def bands(hours_later: float, sla_hours=None) -> dict[str, tuple[int, int, int]]:
        data = overview.open_cases(db, sla_hours, utcnow() + timedelta(hours=hours_later))
        return {r["kind"]: (r["fresh"], r["late"], r["overdue"]) for r in data["by_kind"]}

    assert bands(0) == {"policy": (1, 0, 0), "intel": (1, 0, 0), "manual": (1, 0, 0)}
    assert bands(13) == {"policy": (1, 0, 0), "intel": (0, 1, 0), "manual": (0, 1, 0)}
    assert bands(25) == {"policy": (1, 0, 0), "intel": (0, 0, 1), "manual": (0, 0, 1)}
    assert bands(40) == {"policy": (0, 1, 0), "intel": (0, 0, 1), "manual": (0, 0, 1)}
    # the configured SLA table decides what "over half" means (due times were set at opening)
    assert bands(5)["intel"] == (1, 0, 0) and bands(5, {2: 40})["intel"] == (0, 1, 0)
    data = overview.open_cases(db, None, utcnow() + timedelta(hours=25))
    assert data["total"] == 3 and data["overdue"] == 2
    assert [r["kind"] for r in data["by_kind"]] == ["policy", "intel", "manual"]  # KINDS order
    assert all(24.9 <= r["oldest_age_h"] <= 25.2 for r in data["by_kind"])


def test_top_clusters_from_applied_risks_and_cluster_cases(db):
    ids = {name: create_account(db, f"Org {name}", "US")[0]
           for name in ("a1", "a2", "a3", "b1", "c1", "c2")}
    scan = {"accounts": [
        {"account_id": ids["a1"], "risk": 0.95, "flagged": True, "cluster_id": "c-alpha"},
        {"account_id": ids["a2"], "risk": 0.9, "flagged": True, "cluster_id": "c-alpha"},
        {"account_id": ids["a3"], "risk": 0.4, "flagged": False, "cluster_id": "c-alpha"},
        {"account_id": ids["b1"], "risk": 0.6, "flagged": True, "cluster_id": None},
        {"account_id": ids["c1"], "risk": 0.7, "flagged": True, "cluster_id": "c-gamma"},
        {"account_id": ids["c2"], "risk": 0.3, "flagged": False, "cluster_id": "c-gamma"},
    ], "clusters": [
        {"cluster_id": "c-alpha", "accounts": [ids["a1"], ids["a2"], ids["a3"]]},
        {"cluster_id": "c-gamma", "accounts": [ids["c1"], ids["c2"]]},
    ]}
    assert overview.top_clusters(db) == []
    apply_risk(db, scan, actor="cli:test", scan_id="scan-1")
    before_cases = overview.top_clusters(db)
    assert [(c["cluster_id"], c["risk"], c["members"], c["flagged"], c["case_id"])
            for c in before_cases] == [("c-alpha", 0.95, 3, 2, None), ("c-gamma", 0.7, 2, 1, None)]
    assert before_cases[0]["source"] == "monitor scan" and before_cases[0]["scan_id"] == "scan-1"
    ingest_flags(db, scan, min_risk=0.5)
    # a cluster known only from a case (partner accounts the gateway does not hold)
    ingest_flags(db, {"accounts": [], "clusters": [
        {"cluster_id": "k-7", "accounts": ["ext_1", "ext_2", "ext_3", "ext_4"], "risk": 0.85}]})
    top = overview.top_clusters(db)
    assert [(c["cluster_id"], c["risk"], c["source"]) for c in top] == [
        ("c-alpha", 0.95, "monitor scan"), ("k-7", 0.85, "case"), ("c-gamma", 0.7, "monitor scan")]
    assert all(c["case_id"] is not None and c["case_status"] == "open" for c in top)
    assert top[1]["members"] == 4
    assert len({c["case_id"] for c in top}) == 3  # each case shown once
    assert len(overview.top_clusters(db, limit=2)) == 2


def test_intel_matches_and_audits(db):
    w = overview.window("24h")
    assert overview.intel_matches(db, w) == {"recent": [], "active": 0, "opened_in_window": 0}
    assert overview.recent_audits(db) == []
    account_id, _ = create_account(db, "Matched Co", "US")
    alert = {"indicator_id": f"indicator--{uuid.uuid4()}", "kind": "email",
             "account_id": account_id, "source_identity": "identity--partner-b",
             "campaign_refs": [], "tlp": "amber", "events": 3}
    ingest_alerts(db, [alert, {**alert, "indicator_id": f"indicator--{uuid.uuid4()}",
                               "kind": "ip_range"}])
    intel = overview.intel_matches(db, w)
    assert intel["active"] == 1 and intel["opened_in_window"] == 1
    (row,) = intel["recent"]
    assert row["account_id"] == account_id and row["indicators"] == 2
    assert row["kinds"] == ["email", "ip_range"] and row["sources"] == ["identity--partner-b"]

    cid = local_collection(db, "outbox", "outbox")
    with db.session() as s:
        store.post_envelope(s, cid, _audit_bundle("lab-a", "suspect-7b", "watermark_detected",
                                                  3.2e-12), None)
    with db.session() as s:
        store.add_member(s, "lab-b")
        partner = s.scalar(select(store.IntelMember).where(store.IntelMember.name == "lab-b"))
        store.post_envelope(s, cid, _audit_bundle("lab-b", XSS, "not_detected", 0.41), partner)
    audits = overview.recent_audits(db)
    assert [(a["verdict"], a["source"]) for a in audits] == [
        ("not_detected", "lab-b"), ("watermark_detected", "this lab")]
    assert audits[1]["p_value"] == 3.2e-12 and audits[1]["tokens_scored"] == 4096
    assert audits[0]["name"] == f"Radioactivity audit of {XSS}"
    assert len(overview.recent_audits(db, limit=1)) == 1


# ---- charts ----------------------------------------------------------------------------------

def parse(svg) -> ET.Element:
    return ET.fromstring(str(svg))  # raises on any unescaped markup


def test_bucket_chart_stacks_draws_lines_and_escapes():
    series = [("served", "#4c78a8", [1, 0, 3]), (XSS, "#e45756", [2, 0, 0])]
    root = parse(buckets_svg(0.0, 60.0, series, stacked=True, title=XSS))
    bars = [r for r in root.iter(f"{NS}rect") if r.get("class") == "bar"]
    assert len(bars) == 3  # zero counts draw nothing
    heights = sorted(float(b.get("height")) for b in bars)  # 1, 2 (stacked on 1) and 3 = peak
    assert heights[1] == pytest.approx(2 * heights[0]) and heights[2] == pytest.approx(3 * heights[0])
    assert "<script>" not in str(buckets_svg(0.0, 60.0, series, stacked=True, title=XSS))
    lines = parse(buckets_svg(0.0, 60.0, series, stacked=False, title="t"))
    assert len(list(lines.iter(f"{NS}polyline"))) == 2
    empty = buckets_svg(0.0, 60.0, [("served", "#000", [0, 0])], stacked=True, title="t")
    assert "nothing recorded" in str(empty)


def test_sla_and_risk_bars():
    rows = [{"kind": XSS, "fresh": 2, "late": 1, "overdue": 3}, {"kind": "intel", "fresh": 1}]
    root = parse(sla_bars_svg(rows))
    classes = [r.get("class") for r in root.iter(f"{NS}rect") if r.get("class")]
    assert classes == ["bar fresh", "bar late", "bar overdue", "bar fresh"]
    assert "No open cases" in str(sla_bars_svg([]))
    clusters = [{"cluster_id": XSS, "risk": 0.95, "members": 3},
                {"cluster_id": "b", "risk": 7.0, "members": 1},   # clamped to the 0–1 scale
                {"cluster_id": "c", "risk": None, "members": 2}]
    root = parse(risk_bars_svg(clusters))
    widths = [float(r.get("width")) for r in root.iter(f"{NS}rect")]
    assert widths[1] > widths[0] > widths[2] == 0.0
    assert [r.get("fill") for r in root.iter(f"{NS}rect")][:2] == ["#e45756", "#e45756"]
    assert "No clusters" in str(risk_bars_svg([]))


# ---- the page over HTTP ------------------------------------------------------------------------

def test_overview_page_roles_window_and_hostile_text(env):  # noqa: F811
    ids = [create_account(env.db, f"Overview Org {i}", "US")[0] for i in range(2)]
    ingest_flags(env.db, {"accounts": [{"account_id": a, "risk": 0.97, "cluster_id": XSS}
                                       for a in ids],
                          "clusters": [{"cluster_id": XSS, "accounts": ids}]})
    cid = local_collection(env.db, "outbox", "outbox")
    with env.db.session() as s:
        store.post_envelope(s, cid, _audit_bundle("lab-a", XSS, "watermark_detected", 1e-9),
                            None)
    anon = env.client()
    r = anon.get("/console/")
    assert r.status_code == 303 and r.headers["location"].startswith("/console/login")
    rita = env.login("rita")  # a reviewer, not an admin
    page = rita.get("/console/")
    assert page.status_code == 200
    for section in ("overview-summary", "requests", "decisions", "open-cases", "top-clusters",
                    "intel-matches", "audits"):
        assert f'id="{section}"' in page.text, section
    assert page.text.count('<svg xmlns="http://www.w3.org/2000/svg"') == 4
    assert "<script>alert" not in page.text and "&lt;script&gt;alert" in page.text
    assert "Radioactivity audit of &lt;script&gt;" in page.text and "watermark_detected" in page.text
    assert 'href="/console/queue"' in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]
    queue = rita.get("/console/queue?kind=cluster")
    assert queue.status_code == 200 and 'id="queue"' in queue.text
    bad = rita.get("/console/?window=1y")
    assert bad.status_code == 400 and "unknown window" in bad.text
    api = env.login("rita", html=False)
    assert api.get("/console/?window=" + "x" * 5000).json()["error"]["code"] == 400
    data = api.get("/console/?window=7d").json()
    assert data["window"]["name"] == "7d" and len(data["traffic"]["series"]["served"]) == 56
    assert data["clusters"][0]["cluster_id"] == XSS and data["clusters"][0]["risk"] == 0.97
    assert re.search(r'name="csrf" value="[^"]+"', page.text)  # logout form still protected
