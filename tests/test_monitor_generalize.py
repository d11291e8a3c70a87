"""The monitor generalises: no detector text from the simulator, open-ended content signals that
catch an unlisted capability, valid embedding p-values, and no guilt by association."""

from __future__ import annotations

import ast
import json
import math
import re
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import kstest

from distillguard.data.sharegpt import prompts
from distillguard.monitor import embed as E
from distillguard.monitor.scan import analyse, assess
from distillguard.monitor.scoring import Calibration
from test_monitor_signals import DAY, T0, _event

SRC = Path(__file__).resolve().parents[1] / "src" / "distillguard"
WORD = re.compile(r"[^\W\d_]+")
PHRASE_WORDS = 6
# Phrases public long before this project (allowed in both places): Kojima et al. 2022.
PUBLIC_PHRASES = {"let s think step by step"}


def _string_constants(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _phrases(text: str) -> set[str]:
    words = [w.lower() for w in WORD.findall(text)]
    return {" ".join(words[i : i + PHRASE_WORDS]) for i in range(len(words) - PHRASE_WORDS + 1)}


def _json_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _json_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _json_strings(v)


def test_no_detector_pattern_or_training_text_shares_phrases_with_the_simulator():
    sim = set()
    for path in (SRC / "sim").glob("*.py"):
        for text in _string_constants(path):
            sim |= _phrases(text)
    assert len(sim) > 1000  # the simulator's templates were read
    detectors = {  # every module that scores prompt text, and its training data below
        str(p.relative_to(SRC)): p
        for p in [
            *(SRC / "monitor").glob("*.py"),
            *(SRC / "policy").glob("guard_*.py"),
            SRC / "policy" / "reasoning_guard.py",
        ]
    }
    shared = {}
    for name, path in detectors.items():
        found = set().union(*map(_phrases, _string_constants(path))) & sim
        if found - PUBLIC_PHRASES:
            shared[name] = sorted(found - PUBLIC_PHRASES)[:5]
    for data in [*(SRC / "monitor" / "data").glob("*.json"), *(SRC / "policy").glob("*.json")]:
        texts = _json_strings(json.loads(data.read_text(encoding="utf-8")))
        found = set().union(set(), *map(_phrases, texts)) & sim
        if found - PUBLIC_PHRASES:
            shared[data.name] = sorted(found - PUBLIC_PHRASES)[:5]
    assert not shared, f"detector text shares phrases with sim/ templates: {shared}"


def test_mmd_pvalues_are_uniform_for_ordinary_users_and_small_for_a_narrow_account():
    pool = prompts(part="sim")
    rng = np.random.default_rng(5)
    groups = [E.embed([pool[i] for i in rng.integers(0, len(pool), 12)]) for _ in range(60)]
    p = E.mmd_pvalues(groups, E.reference(), permutations=99, seed=1)
    assert kstest(p, "uniform").pvalue > 0.001, np.round(np.sort(p), 2)
    legal = E.embed([_clause(k) for k in range(12)])
    assert E.mmd_pvalues([legal], E.reference(), permutations=99)[0] <= 0.02


CLAUSES = ["indemnification", "limitation of liability", "force majeure", "non-solicitation",
           "assignment", "confidentiality", "termination for convenience", "audit rights"]
CONTRACTS = ["master services agreement", "data processing addendum", "reseller agreement",
             "software licence", "supply contract", "joint venture agreement"]
LAWS = ["Delaware", "English", "Singapore", "New York", "Swiss", "Ontario"]


def _clause(k: int) -> str:
    return (
        f"Draft a {CLAUSES[k % len(CLAUSES)]} clause for a {CONTRACTS[k % len(CONTRACTS)]} between "
        f"Vendor {k} Ltd and Customer {k * 7 % 101} Inc, governed by {LAWS[k % len(LAWS)]} law, "
        f"with a cap of {10 + k % 90} times annual fees."
    )


def _benign_crowd(n: int, seed: int = 0) -> list[dict]:
    rng = np.random.default_rng(seed)
    pool = prompts(part="sim")
    events = []
    for i in range(n):
        ip = f"81.2.{64 + i % 60}.{10 + i % 200}"  # a consumer ISP's range
        day = T0 + (i % 5) * DAY + (8 + i % 8) * 3600
        for ts in day + np.cumsum(rng.exponential(120.0, size=int(rng.integers(8, 30)))):
            events.append(_event(f"user-{i:03d}", float(ts), pool[int(rng.integers(len(pool)))],
                                 ip=ip, card=f"pay-u{i}"))
    return events


def _analysed(tmp_path: Path, events: list[dict]):
    """The scan's analysis of `events` (written as JSONL under `tmp_path`): assess it once per model."""
    path = tmp_path / "events.jsonl"
    with path.open("w") as fh:
        for e in events:
            fh.write(json.dumps(e) + "\n")
    return analyse(path)


def _assessed(analysis, cal: Calibration | None = None) -> dict:
    """The scan document for one model, with `by_id` (account → its row) added."""
    doc = assess(analysis, cal or Calibration.load())
    doc["by_id"] = {a["account_id"]: a for a in doc["accounts"]}
    return doc


def _scan(tmp_path: Path, events: list[dict], cal: Calibration | None = None) -> dict:
    return _assessed(_analysed(tmp_path, events), cal)


@pytest.fixture(scope="module")
def unlisted(tmp_path_factory):
    """Ordinary users plus a small operation harvesting legal drafting — a capability on no list,
    with no CoT phrasing and no shared card or network: five accounts of one custom client on
    cloud VMs, created together, sending around the clock at Poisson times, and taking the full
    clauses it asks for (answers about twice as long as ordinary users')."""
    rng = np.random.default_rng(1)
    events = _benign_crowd(60)
    for h in range(5):
        ts = T0 + 60.0 * h + np.r_[0.0, np.cumsum(rng.exponential(1500.0, size=239))]
        for k, t in enumerate(ts):
            event = _event(f"legal-{h}", float(t), _clause(1000 * h + k),
                           ip=f"52.{20 + h}.{7 * h}.{40 + h}", card=f"pay-legal-{h}",
                           ua="lexharvest/0.3")
            event["completion_tokens"] = int(rng.integers(500, 800))
            events.append(event)
    return _scan(tmp_path_factory.mktemp("unlisted"), events)


def test_a_capability_no_list_names_is_caught_by_open_ended_signals(unlisted):
    """Caught with no list-based signal adding anything: its prompts are off-distribution for the
    embeddings (reported as a reason; since model H the fit gives MMD no weight of its own — every
    automated benign kind is off-distribution too — so it counts through content × automation),
    its answers are long (output yield) and it sends like a pipeline."""
    legal = [unlisted["by_id"][f"legal-{h}"] for h in range(5)]
    for account in legal:
        assert account["signals"]["mmd"] >= 0.8
        assert account["flagged"] and "mmd" in account["reason_codes"], account["reasons"]
        assert account["signals"]["yield"] > 0.5  # its long answers (model D)
        listed = ("cot", "shape", "replay")
        assert all(account["contributions"].get(s, 0.0) == 0.0 for s in listed)
        assert account["contributions"]["content*automation"] > 0
        assert account["scored_by"] == "weights"  # the weighted sum flags it (model M: not only its trees)
    users = [a for a in unlisted["accounts"] if a["account_id"].startswith("user-")]
    assert not any(a["flagged"] for a in users)
    mmd = [a["signals"]["mmd"] for a in users if a["signals"]["embedded_prompts"]]
    assert np.mean(np.array(mmd) >= 0.8) <= 0.1  # ordinary users rarely look off-distribution


def _hydra(rng: np.random.Generator) -> list[dict]:
    """Six accounts on one card and a proxy pool over three /24s, drafting clauses around the clock."""
    events = []
    for h in range(6):
        for k in range(80):
            t = T0 + DAY * (k % 5) + 3600 * ((k * 7 + h) % 24) + float(rng.uniform(0, 600))
            events.append(_event(f"hydra-{h}", t, _clause(1000 * h + k),
                                 ip=f"198.51.{100 + k % 3}.{10 + h}", card="pay-hydra",
                                 ua="aiohttp/3.10.5"))
    return events


@pytest.fixture(scope="module")
def shared_shape(tmp_path_factory):
    """A hydra (shared card, a proxy pool over three /24s) and ordinary users who send prompts of
    the campaign's prompt shape now and then, with no payment or network in common."""
    rng = np.random.default_rng(2)
    events = _benign_crowd(60, seed=3)
    events += _hydra(rng)
    for u in range(0, 60, 6):  # every sixth user also drafts a few clauses of the same shape
        for k in range(4):
            events.append(_event(f"user-{u:03d}", T0 + u * 600 + k * 90.0, _clause(5000 + 10 * u + k),
                                 ip=f"81.2.{64 + u % 60}.{10 + u % 200}", card=f"pay-u{u}"))
    return _scan(tmp_path_factory.mktemp("shape"), events)


def test_ordinary_users_sharing_a_campaign_shape_are_not_flagged_through_its_cluster(shared_shape):
    doc = shared_shape["by_id"]
    hydra = [doc[f"hydra-{h}"] for h in range(6)]
    assert all(a["flagged"] for a in hydra)
    cluster = hydra[0]["cluster_id"]
    assert cluster is not None
    linked = [doc[f"user-{u:03d}"] for u in range(0, 60, 6)]
    assert not any(a["flagged"] for a in linked), [a["reasons"][:1] for a in linked if a["flagged"]]
    assert not any("inherited" in r for a in linked for r in a["reasons"])


@pytest.fixture(scope="module")
def business_beside_a_ring(tmp_path_factory):
    """The hydra of `shared_shape` plus a legitimate business: five keys of one company (one
    card, so one operator) that send the same kind of request all day from home-office ISPs.
    Templates glue the business into the ring's cluster; nothing ties it to the ring's card or
    networks."""
    rng = np.random.default_rng(4)
    events = _benign_crowd(60, seed=5)
    events += _hydra(rng)
    pool = prompts(part="sim")
    for b in range(5):
        for k in range(24):  # one request in three is the ring's kind of request
            t = T0 + DAY * (k % 5) + 3600 * (9 + (k * 3 + b) % 9) + float(rng.uniform(0, 600))
            text = _clause(20000 + 100 * b + k) if k % 3 == 0 else pool[int(rng.integers(len(pool)))]
            event = _event(f"biz-{b}", t, text, ip=f"90.{40 + b}.{(7 * b) % 250}.{30 + b}", card="pay-biz")
            events.append({**event, "org_id": "org-biz"})  # one company: its keys share its org
    path = tmp_path_factory.mktemp("business") / "events.jsonl"
    with path.open("w") as fh:
        for e in events:
            fh.write(json.dumps(e) + "\n")
    return analyse(path)


def test_an_operator_is_judged_by_its_own_accounts_not_by_a_ring_it_resembles(business_beside_a_ring):
    """A company's keys tied by one card inherit a cluster's score only if one of them is flagged
    on its own or the company is most of the cluster. The calibration is made as lenient as can
    be (every account counts as having evidence of its own), so only the operator rule stands
    between the company and the ring's score; without it the company is flagged."""
    analysis = business_beside_a_ring
    assert analysis.operators["biz-0"] == analysis.operators["biz-4"]
    assert analysis.operators["biz-0"] != analysis.operators["hydra-0"]
    lenient = Calibration.load()
    lenient.inherit_margin = 1e3
    doc = {a["account_id"]: a for a in assess(analysis, lenient)["accounts"]}
    business = [doc[f"biz-{b}"] for b in range(5)]
    hydra = [doc[f"hydra-{h}"] for h in range(6)]
    assert all(a["flagged"] for a in hydra)
    ring = hydra[0]["cluster_id"]
    assert any(a["cluster_id"] == ring for a in business) or any(
        ring in analysis.links.get(f"biz-{b}", {}) for b in range(5)
    ), "the fixture must glue the business to the ring"
    assert not any(a["signals"]["own_score"] >= lenient.threshold for a in business), [
        a["signals"]["own_score"] for a in business]
    assert not any(a["flagged"] for a in business), [a["reasons"][:1] for a in business if a["flagged"]]
    # the same scan with the operators forgotten: the company inherits the ring's score
    forgotten = replace(analysis, operators={})
    without = {a["account_id"]: a for a in assess(forgotten, lenient)["accounts"]}
    assert sum(without[f"biz-{b}"]["flagged"] for b in range(5)) >= 3


def test_own_evidence_lets_an_account_inherit_only_within_the_inherit_margin(business_beside_a_ring):
    """Without the operator rule the company's keys are glued to the ring by soft links only, so
    each inherits the ring's score only with evidence of its own: own log-odds within
    `inherit_margin` of the threshold's (the shipped model N: 2, M's 3 let ordinary users into an
    8,428-account cluster of a 16M-event log). A margin just under every key's gap stops them all,
    one just over lets them inherit."""
    from distillguard.monitor.scoring import logit

    forgotten = replace(business_beside_a_ring, operators={})
    cal = Calibration.load()
    assert cal.inherit_margin == 2.0
    own = {a["account_id"]: a["signals"]["own_score"] for a in assess(forgotten, cal)["accounts"]}
    gaps = [logit(cal.threshold) - logit(own[f"biz-{b}"]) for b in range(5)]
    assert min(gaps) > 0  # none flagged on its own
    for margin, flagged_at_least, flagged_at_most in ((min(gaps) - 0.01, 0, 0), (max(gaps) + 0.01, 3, 5)):
        doc = {a["account_id"]: a for a in assess(forgotten, replace(cal, inherit_margin=margin))["accounts"]}
        n = sum(doc[f"biz-{b}"]["flagged"] for b in range(5))
        assert flagged_at_least <= n <= flagged_at_most, (margin, gaps, n)


def test_an_account_only_linked_into_a_cluster_inherits_within_the_linked_margin(business_beside_a_ring):
    """The company's keys are members of their own community (their card) and only *linked* into the
    ring's, by templates. With the operator rule forgotten and the inherit margin made as lenient as
    can be, they inherit the ring's score through their own evidence; with side model XSL's
    `linked_margin` 0 a link into another community passes nothing unless it is hard, so none is
    flagged, and the ring's members (hard links among themselves) are flagged as before."""
    forgotten = replace(business_beside_a_ring, operators={})
    lenient = replace(Calibration.load(), inherit_margin=1e3)
    ring = {a["account_id"]: a for a in assess(forgotten, lenient)["accounts"]}["hydra-0"]["cluster_id"]
    assert all(ring in forgotten.links.get(f"biz-{b}", {}) for b in range(5))
    for margin, low, high in ((None, 3, 5), (1e3, 3, 5), (0.0, 0, 0)):
        doc = {a["account_id"]: a for a in assess(forgotten, replace(lenient, linked_margin=margin))["accounts"]}
        business = [doc[f"biz-{b}"] for b in range(5)]
        assert all(a["cluster_id"] != ring for a in business)  # linked to the ring, not in it
        assert low <= sum(a["flagged"] for a in business) <= high, (margin, [a["reasons"][:1] for a in business])
        assert all(doc[f"hydra-{h}"]["flagged"] for h in range(6))


def test_the_linked_margin_applies_to_links_and_the_inherit_margin_to_members():
    """`scan._inherited` on one account at a fixed gap below the threshold, soft links only: as a
    member of the cluster it inherits within `inherit_margin`; linked into the same cluster from
    outside it inherits only within `linked_margin`; a hard link passes either way."""
    from types import SimpleNamespace

    from distillguard.monitor.graph import Cluster
    from distillguard.monitor.scan import Operators, _inherited
    from distillguard.monitor.scoring import logit

    cal = replace(Calibration.load(), inherit_margin=2.0, linked_margin=0.5)
    ring = Cluster("C0001", ["a", "b", "c", "d"])
    own = 1 / (1 + math.exp(-(logit(cal.threshold) - 1.0)))  # 1 log-odds short of the threshold
    scores = {"C0001": (0.99, {}, {})}
    nobody = Operators(of={}, top_two={}, in_cluster={})

    def inherits(kinds: dict, member: bool, c: Calibration = cal) -> bool:
        analysis = SimpleNamespace(links={"a": {"C0001": kinds}})
        got = _inherited(analysis, c, "a", own, scores, {"C0001": ring}, nobody, ring if member else None)
        return got is not None and got[0] == 0.99

    assert inherits({"template": 2}, member=True)
    assert not inherits({"template": 2}, member=False)
    assert inherits({"template": 2}, member=False, c=replace(cal, linked_margin=1.5))
    assert inherits({"template": 2}, member=False, c=replace(cal, linked_margin=None))  # the inherit margin
    assert not inherits({"template": 2}, member=True, c=replace(cal, inherit_margin=0.5))
    assert inherits({"payment": 1, "hard": 1}, member=False, c=replace(cal, linked_margin=0.0))


def test_a_log_without_a_population_warns(tmp_path):
    events = [e for e in _benign_crowd(5)]
    doc = _scan(tmp_path, events)
    assert any("population" in w for w in doc["summary"]["warnings"])


TOWNS = ["Alder", "Birch", "Cedar", "Dunmore", "Elm", "Fernley", "Glen", "Hollow"]


def _grid(k: int) -> str:
    """One operator's prompt grid: a fixed frame, a different item each time."""
    return (
        f"Describe the history of the town of {TOWNS[k % len(TOWNS)]} {k} in three paragraphs "
        f"for a travel guide, mentioning its market, its river crossing and one festival."
    )


def _assignment(k: int) -> str:
    return (
        f"For my statistics homework, question {k % 12 + 1}: explain how to compute the "
        f"confidence interval for sample size {20 + k % 30} and say what it means in plain words."
    )


@pytest.fixture(scope="module")
def shared_templates(tmp_path_factory):
    """Template sharing across organisations, two ways: a prompt grid spread over 64 accounts
    registered as unrelated customers (own org, card and cloud VM each; no shared network or
    payment) that send around the clock at Poisson times; and 64 students of one course, each
    their own organisation, who send the course's assignment template in daytime sessions from
    home ISPs."""
    rng = np.random.default_rng(5)
    events = _benign_crowd(60, seed=7)
    for h in range(64):
        ts = T0 + 5400.0 * h + np.cumsum(rng.exponential(3000.0, size=60))  # no cohort
        for k, t in enumerate(ts):
            events.append(_event(f"grid-{h:02d}", float(t), _grid(1000 * h + k),
                                 ip=f"52.{30 + h}.{(5 * h) % 250}.{20 + h}", card=f"pay-grid-{h}"))
    for s in range(64):
        day = T0 + (s % 5) * DAY + (15 + s % 6) * 3600
        for k, t in enumerate(day + np.cumsum(rng.exponential(240.0, size=8))):
            events.append(_event(f"student-{s:02d}", float(t), _assignment(100 * s + k),
                                 ip=f"86.{10 + s}.{(3 * s) % 250}.{5 + s}", card=f"pay-s{s}"))
    path = tmp_path_factory.mktemp("sharing") / "events.jsonl"
    with path.open("w") as fh:
        for e in events:
            fh.write(json.dumps(e) + "\n")
    return analyse(path)


def _sharing_calibration(**changes) -> Calibration:
    """The shipped weights with the default free level (16 organisations). The shipped file's
    level is set by its calibration traffic (a course whose template reached 84 organisations
    puts it at 168); the mechanism is what is tested here."""
    cal = Calibration.load()
    cal.template_orgs_free = 16.0
    for key, value in changes.items():
        setattr(cal, key, value)
    return cal


def test_a_grid_spread_over_unrelated_organisations_is_caught_by_template_sharing(shared_templates):
    cal = _sharing_calibration()
    doc = {a["account_id"]: a for a in assess(shared_templates, cal)["accounts"]}
    grid = [doc[f"grid-{h:02d}"] for h in range(64)]
    assert all(a["signals"]["template_orgs"] >= 0.5 for a in grid)
    assert all(a["contributions"].get("sharing*behaviour", 0) > 0 for a in grid)
    assert sum(a["flagged"] for a in grid) >= 60, [a["reasons"] for a in grid if not a["flagged"]][:2]
    assert any("different organisations" in r for r in grid[0]["reasons"])
    # the same scan without the sharing signal misses them: it is what catches this operation
    blind = _sharing_calibration(ignored=["template_orgs"])
    without = {a["account_id"]: a for a in assess(shared_templates, blind)["accounts"]}
    assert sum(without[f"grid-{h:02d}"]["flagged"] for h in range(64)) <= 32


def test_students_sharing_a_course_template_are_not_flagged(shared_templates):
    """Sharing counts only with pipeline behaviour and at volume: a course's students share its
    template across 64 organisations too, but each sends it a handful of times, like people."""
    doc = {a["account_id"]: a for a in assess(shared_templates, _sharing_calibration())["accounts"]}
    students = [doc[f"student-{s:02d}"] for s in range(64)]
    # 64 organisations send the assignment, but each student only 8 times: none of them is a
    # sender at volume, so the template counts no organisations (the grid's counts all 64)
    raw = [shared_templates.rows[f"student-{s:02d}"].get("template_orgs") or 0 for s in range(64)]
    grid = [shared_templates.rows[f"grid-{h:02d}"].get("template_orgs") or 0 for h in range(64)]
    assert max(raw) == 0 and min(grid) >= 60, (max(raw), min(grid))
    assert not any(a["signals"]["template_orgs"] > 0 for a in students)
    assert not any(a["flagged"] for a in students), [a["reasons"] for a in students if a["flagged"]][:2]
    users = [a for a in doc.values() if a["account_id"].startswith("user-")]
    assert not any(a["flagged"] for a in users)


def test_one_line_of_content_evidence_is_a_lead_not_a_flag(tmp_path):
    """A publisher's nightly job that only writes long answers (ordinary questions, one home
    address, its own card): output yield is its one signal. Under a `solo_margin` (side model J)
    it is listed as a lead and not flagged; with the shipped model (no cap) the same evidence flags
    it — the failure of models D–N on the blind batches' edtech, fixture-generating and law-firm
    customers. With the cap lifted round the clock (`solo_unless_clock`, side model O's rule) the
    publisher stays a lead and the same job sent round the clock for days (`no_sleep`) is flagged."""
    rng = np.random.default_rng(3)
    pool = prompts(part="sim")
    events = _benign_crowd(60)
    for t in T0 + np.cumsum(rng.exponential(300.0, size=150)):
        event = _event("publisher", float(t), pool[int(rng.integers(len(pool)))], ip="81.2.9.9",
                       card="pay-publisher")
        event["completion_tokens"] = int(rng.integers(1400, 1800))
        events.append(event)
    for t in T0 + np.cumsum(rng.exponential(1500.0, size=240)):  # ≈ 4 days without a sleep gap
        event = _event("round-the-clock", float(t), pool[int(rng.integers(len(pool)))], ip="81.2.9.10",
                       card="pay-round")
        event["completion_tokens"] = int(rng.integers(1400, 1800))
        events.append(event)
    shipped = Calibration.load()
    assert shipped.solo_margin is None
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    analysis = analyse(path)
    docs = {name: assess(analysis, cal) for name, cal in (
        ("shipped", shipped), ("J", replace(shipped, solo_margin=0.5)),
        ("clock", replace(shipped, solo_margin=0.5, solo_unless_clock=True)))}
    publisher = {name: next(a for a in d["accounts"] if a["account_id"] == "publisher") for name, d in docs.items()}
    clock = {name: next(a for a in d["accounts"] if a["account_id"] == "round-the-clock") for name, d in docs.items()}
    assert publisher["shipped"]["signals"]["yield"] >= 0.9 and publisher["shipped"]["signals"]["no_sleep"] == 0
    assert publisher["shipped"]["flagged"] and not publisher["shipped"]["lead"]
    for name in ("J", "clock"):
        assert not publisher[name]["flagged"] and publisher[name]["lead"], name
    assert docs["shipped"]["summary"]["lead_accounts"] == 0
    assert clock["shipped"]["signals"]["no_sleep"] >= 0.9 and clock["shipped"]["signals"]["yield"] >= 0.9
    assert clock["clock"]["flagged"] and clock["shipped"]["flagged"] and not clock["J"]["flagged"]
    users = [a for d in docs.values() for a in d["accounts"] if a["account_id"].startswith("user-")]
    assert not any(a["lead"] or a["flagged"] for a in users)
    # bench/monitor_yield_alone.py's tally reads both long-answer jobs as flagged by output yield
    # alone under the shipped model (round the clock adds no weight of its own there), the capped
    # publisher (a lead) and the users not at all
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from monitor_yield_alone import decided_by_yield

    assert decided_by_yield(publisher["shipped"]) and not decided_by_yield(publisher["J"])
    assert decided_by_yield(clock["shipped"])
    assert not any(decided_by_yield(a) for a in users)


def test_a_cloud_address_per_job_is_not_read_as_proxy_rotation(tmp_path):
    """A code-review bot on hosted CI runners gets a fresh cloud address for almost every request
    (batch 17's ci_review_bot, flagged by rotation alone under model I); a harvester behind a
    residential-proxy pool gets a fresh *consumer* address for every request. Same prompts, same
    pacing, own cards: the shipped model (K: `rotation_consumer_only`) flags the proxy account and
    not the CI bot; under model I's reading (every network alike) both are flagged."""
    from distillguard.sim import ipspace

    rng = np.random.default_rng(17)
    pool = prompts(part="sim")
    events = _benign_crowd(60)
    cloud = ipspace.cloud_ips(rng, 150)
    home = ipspace.residential_ips(rng, 150)
    for name, addresses in (("ci-bot", cloud), ("proxied", home)):
        times = T0 + np.cumsum(rng.exponential(240.0, size=len(addresses)))
        for t, ip in zip(times, addresses, strict=True):
            events.append(_event(name, float(t), pool[int(rng.integers(len(pool)))], ip=ip,
                                 card=f"pay-{name}"))
    shipped = Calibration.load()
    assert shipped.rotation_consumer_only
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    analysis = analyse(path)
    docs = {"K": assess(analysis, shipped), "I": assess(analysis, replace(shipped, rotation_consumer_only=False))}
    by = {m: {a["account_id"]: a for a in d["accounts"]} for m, d in docs.items()}
    assert by["K"]["ci-bot"]["signals"]["hosting"] >= 0.9
    assert by["K"]["ci-bot"]["signals"]["rotation"] == 0.0 and not by["K"]["ci-bot"]["flagged"]
    assert by["K"]["proxied"]["signals"]["rotation"] >= 0.9 and by["K"]["proxied"]["flagged"]
    assert "consumer networks" in " ".join(by["K"]["proxied"]["reasons"])
    assert by["I"]["ci-bot"]["flagged"] and by["I"]["proxied"]["flagged"]
    users = [a for a in docs["K"]["accounts"] if a["account_id"].startswith("user-")]
    assert not any(a["flagged"] for a in users)


def _self_instruct(k: int) -> str:
    """A throwaway farm's frame: invent a task on a subject and answer it as an expert."""
    return (
        f"Invent a hard exam question about {TOWNS[k % len(TOWNS)]} county's water supply, case {k}, then "
        f"answer it as a senior engineer would, with every step and the final figure in cubic metres."
    )


@pytest.fixture(scope="module")
def throwaway_farm(tmp_path_factory):
    """Three kinds of one-sitting accounts beside an ordinary crowd: a farm of 40 throwaway
    customers (own org, card and home address each) born at Poisson times over five days, each
    sending 14 self-instruct prompts in one frame within half an hour and taking answers twice
    as long as the crowd's; a lab class of 30 students in their own organisations who all start
    one assignment within the same hour; and eight organisations' one-night batch jobs of a shared
    integration, hundreds of requests each."""
    rng = np.random.default_rng(11)
    events = _benign_crowd(60, seed=3)
    for a, born in enumerate(T0 + np.cumsum(rng.exponential(5 * DAY / 40, size=40))):
        for k, t in enumerate(born + np.cumsum(rng.exponential(120.0, size=14))):
            e = _event(f"farm-{a:02d}", float(t), _self_instruct(100 * a + k),
                       ip=f"73.{20 + a}.{(7 * a) % 250}.{9 + a}", card=f"pay-farm-{a}")
            e["completion_tokens"] = 600
            events.append(e)
    for s in range(30):
        for k, t in enumerate(T0 + DAY + 14 * 3600 + s * 60 + np.cumsum(rng.exponential(200.0, size=10))):
            events.append(_event(f"lab-{s:02d}", float(t), _assignment(100 * s + k),
                                 ip=f"86.{40 + s}.{(3 * s) % 250}.{5 + s}", card=f"pay-lab{s}"))
    for j in range(8):
        for k, t in enumerate(T0 + 2 * DAY + 3600 * j / 4 + np.cumsum(rng.exponential(15.0, size=400))):
            events.append(_event(f"nightly-{j}", float(t), _grid(1000 * j + k),
                                 ip=f"52.{60 + j}.1.{20 + j}", card=f"pay-n{j}"))
    path = tmp_path_factory.mktemp("throwaway") / "events.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    return analyse(path)


def test_a_throwaway_farm_is_caught_by_what_its_customers_share_and_take(throwaway_farm):
    """The farm's accounts are each one ordinary-looking sitting: no card, network or volume ties
    them, and their long answers alone (output yield ≈ 0.7 at 14 requests) stay under the
    threshold. What they share is one uncommon frame across 40 organisations' throwaway accounts,
    born over five days (`throwaway_orgs`), and the shipped model counts that with what they take
    (`throwaway*harvest`). The lab class (one hour) and the batch jobs (at volume) count nothing."""
    cal = Calibration.load()
    assert cal.weights.get("throwaway*harvest", 0) > 0 and cal.weights.get("throwaway", 0) == 0
    rows = throwaway_farm.rows
    farm = [f"farm-{a:02d}" for a in range(40)]
    assert min(rows[a].get("throwaway_orgs") or 0 for a in farm) >= 12
    assert max(rows[f"lab-{s:02d}"].get("throwaway_orgs") or 0 for s in range(30)) <= 2
    assert all(rows[f"nightly-{j}"].get("throwaway_orgs") is None for j in range(8))
    doc = {a["account_id"]: a for a in assess(throwaway_farm, cal)["accounts"]}
    assert all(doc[a]["signals"]["throwaway"] >= 0.5 for a in farm)
    assert sum(doc[a]["flagged"] for a in farm) >= 36, [doc[a]["reasons"] for a in farm if not doc[a]["flagged"]][:2]
    assert any("throwaway accounts" in r for r in doc[farm[0]]["reasons"])
    blind = {a["account_id"]: a for a in assess(throwaway_farm, replace(cal, ignored=["throwaway"]))["accounts"]}
    assert sum(blind[a]["flagged"] for a in farm) <= 10
    others = [a for a in doc.values() if not a["account_id"].startswith("farm-")]
    assert not any(a["flagged"] for a in others), [(a["account_id"], a["reasons"]) for a in others if a["flagged"]][:2]


def test_students_who_each_do_the_assignment_once_are_not_a_farm(shared_templates):
    """The course fixture's 64 students each send the assignment in one sitting from their own
    organisation over five days: throwaway senders of one uncommon template, as a farm's. They
    take ordinary answers, so the product with what an account takes stays 0 and none is
    flagged — the reason the signal has no weight of its own (`scoring.LATER_SIGNALS`)."""
    cal = Calibration.load()
    doc = {a["account_id"]: a for a in assess(shared_templates, cal)["accounts"]}
    students = [doc[f"student-{s:02d}"] for s in range(64)]
    assert max(a["signals"]["throwaway"] for a in students) > 0
    assert all(a["contributions"].get("throwaway*harvest", 0) == 0 for a in students)
    assert not any(a["flagged"] for a in students)


def test_the_yield_alone_tally_leaves_out_cluster_flags_and_shared_decisions():
    """bench/monitor_yield_alone.py counts an account only when output yield decides its flag: not
    one inherited through a cluster, not one where other evidence carries a fifth or more."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from monitor_yield_alone import decided_by_yield

    alone = {"flagged": True, "reason_codes": ["yield"], "contributions": {"yield": 4.0, "content*automation": 0.1}}
    assert decided_by_yield(alone)
    assert not decided_by_yield({**alone, "flagged": False})
    assert not decided_by_yield({**alone, "reason_codes": ["cluster", "yield"]})
    shared = {**alone, "contributions": {"yield": 2.0, "pivot": 2.5, "template": -0.3}}
    assert not decided_by_yield(shared) and decided_by_yield(shared, share=0.4)
    assert not decided_by_yield({**alone, "contributions": {}})


def test_the_model_choice_tally_counts_the_newest_flagship_of_each_moment_and_mini_models():
    """bench/monitor_model_choice.py's shares: before the release the old flagship is the newest,
    after it only the released model is; a `-mini` model is never the newest and is counted apart."""
    import pyarrow as pa

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from monitor_model_choice import model_shares

    release = 100.0
    table = pa.table({
        "ts": [10.0, 20.0, 110.0, 120.0, 130.0, 10.0, 110.0, 120.0],
        "account_id": ["a", "a", "a", "a", "a", "b", "b", "b"],
        "model": ["frontier-1", "frontier-1-mini", "frontier-2", "frontier-1", "frontier-2",
                  "frontier-1-mini", "frontier-1-mini", "frontier-1"],
    })
    shares = model_shares(table, "frontier-2", release)
    assert shares["a"] == (3 / 5, 1 / 5)  # frontier-1 before, frontier-2 twice after; one mini call
    assert shares["b"] == (0.0, 2 / 3)  # frontier-1 after the release is not the newest


def test_pooled_blind_totals_sum_a_models_runs_in_the_range_and_name_the_batches_it_lacks(tmp_path):
    """bench/monitor_blind_plot.py --pooled: the cited "over 54–80" totals are sums of the result files'
    counts for that model and range only; other models, batches outside the range and files of other
    names are left out, and a batch with no run is named."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from monitor_blind_plot import blind_counts, pooled

    def write(name: str, recall: dict, benign_fp: list[int]) -> None:
        (tmp_path / name).write_text(json.dumps({"blind": {"recall": recall, "benign_fp": benign_fp, "kinds": {}}}))

    write("monitor_blind5_x.json", {"a": [3, 4], "b": [1, 2]}, [1, 100])
    write("monitor_blind6_x.json", {"c": [5, 5]}, [0, 200])
    write("monitor_blind9_x.json", {"d": [0, 7]}, [9, 50])  # outside the range below
    write("monitor_blind6_w.json", {"c": [0, 5]}, [7, 200])  # another model
    write("monitor_blind6_x_old.json", {"c": [0, 5]}, [7, 200])  # not a blind result's name
    counts = blind_counts(tmp_path)
    assert counts["x"] == {5: (4, 6, 1, 100), 6: (5, 5, 0, 200), 9: (0, 7, 9, 50)}
    assert pooled(counts, "x", 5, 7) == "X over 5–7: 9/11 (81.8%) at 1/300 (0.33%); no run on 7"
    assert pooled(counts, "w", 6, 6) == "W over 6–6: 0/5 (0.0%) at 7/200 (3.50%)"
    assert pooled(counts, "u", 5, 6) == "U over 5–6: no blind run"


def test_the_families_line_counts_whole_catches_and_batches_no_model_catches_a_family_of(tmp_path):
    """bench/monitor_blind_plot.py --families: a family counts as caught whole only with every account;
    a batch has an uncaught family when no model caught one account of it, whichever model it is."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from monitor_blind_plot import families_line, family_recall

    def write(name: str, recall: dict) -> None:
        (tmp_path / name).write_text(json.dumps({"blind": {"recall": recall, "benign_fp": [0, 1]}}))

    write("monitor_blind5_x.json", {"a": [4, 4], "b": [0, 2]})
    write("monitor_blind5_w.json", {"a": [4, 4], "b": [1, 2]})  # b caught once, by another model
    write("monitor_blind6_x.json", {"c": [3, 5], "d": [0, 1]})
    write("monitor_blind6_w.json", {"c": [5, 5], "d": [0, 1]})  # d caught by none
    line = families_line(family_recall(tmp_path), "x", 5, 6)
    assert line == "X over 5–6: 1 of 4 families caught whole; a family no model catches on 1 of 2 batches (6)"
