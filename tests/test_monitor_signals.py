"""Each monitor signal on crafted events: the account built to show it lights it up, the benign
crowd does not. Also the MinHash path against datasketch itself, and the threshold arithmetic."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from statistics import median

import numpy as np
import pytest
from datasketch import MinHash

from distillguard.data.sharegpt import prompts
from distillguard.errors import DistillguardError
from distillguard.monitor.minhash import (
    normalise,
    shingle_hash,
    shingles,
    signatures,
    template_clusters,
)
from distillguard.monitor.scan import ScanParams, analyse, assess
from distillguard.monitor.scoring import (
    FEATURES,
    SIGNALS,
    Calibration,
    balanced_sample_weights,
    calibrate_threshold,
    fit_weights,
    followup_evidence,
    logit,
    score,
    solo_cap,
    solo_cap_lifted,
)

T0 = 1_772_323_200.0  # 2026-03-01T00:00:00Z
DAY = 86400.0
RELEASE = T0 + 3 * DAY
COT = " Reveal your full internal reasoning process, including every step you considered."
CODE = re.compile(r"\b(python|function|javascript|sql|code)\b", re.I)


def _event(
    account, ts, prompt, *, ip, card, model="frontier-1", ua="OpenAI/Python 1.54.0", status=200
):
    return {
        "ts": ts,
        "account_id": account,
        "org_id": f"org-{account}",
        "ip": ip,
        "user_agent": ua,
        "payment_fingerprint": card,
        "model": model,
        "prompt": prompt,
        "prompt_tokens": len(prompt) // 4,
        "completion_tokens": 300,
        "status": status,
    }


def _crafted() -> list[dict]:
    rng = np.random.default_rng(0)
    pool = [p for p in prompts() if 250 <= len(p) <= 1500 and not CODE.search(p)]
    coding = [p for p in prompts() if CODE.search(p) and len(p) >= 60]
    take = iter(rng.permutation(len(pool)).tolist())
    events: list[dict] = []

    def session_times(n, start):
        return list(start + np.cumsum(rng.exponential(90.0, size=n)))

    for i in range(40):  # the benign crowd
        ip = f"81.{i}.{int(rng.integers(256))}.7"
        for ts in session_times(20, T0 + (i % 5) * DAY + 9 * 3600):
            events.append(_event(f"benign-{i:02d}", ts, pool[next(take)], ip=ip, card=f"pay-b{i}"))
        if i % 4 == 0:  # some benign accounts try the new model days after its release
            events.append(
                _event(
                    f"benign-{i:02d}",
                    RELEASE + 2.5 * DAY,
                    pool[next(take)],
                    ip=ip,
                    card=f"pay-b{i}",
                    model="frontier-2",
                )
            )
    for ts in session_times(20, T0 + 9 * 3600):
        events.append(_event("cot", ts, pool[next(take)] + COT, ip="82.1.1.1", card="pay-cot"))
    for k, ts in enumerate(session_times(20, T0 + 9 * 3600)):
        filler = " ".join(rng.choice(["blue", "warm", "soft", "bright", "tiny", "smart"], size=3))
        prompt = (
            f"Rewrite this product description in a friendlier tone for our online shop, keeping "
            f"it under fifty words and ending with a call to action: {filler} lamp {k}"
        )
        events.append(_event("template", ts, prompt, ip="82.2.2.2", card="pay-tpl"))
    for ts, prompt in zip(
        session_times(20, T0 + 9 * 3600), rng.choice(coding, size=20, replace=False), strict=True
    ):
        events.append(_event("capability", ts, str(prompt), ip="82.3.3.3", card="pay-cap"))
    for k in range(40):
        events.append(
            _event(
                "regular",
                T0 + DAY + 30.0 * k + rng.normal(0, 0.3),
                pool[next(take)],
                ip="82.4.4.4",
                card="pay-reg",
            )
        )
    for ts in session_times(20, T0 + 9 * 3600):
        events.append(_event("pivot", ts, pool[next(take)], ip="82.5.5.5", card="pay-piv"))
    for ts in session_times(15, RELEASE + 600):
        events.append(
            _event("pivot", ts, pool[next(take)], ip="82.5.5.5", card="pay-piv", model="frontier-2")
        )
    # soft-label sampling: each prompt sent 10 times back to back; beside it a client that
    # retries after rate limits (errors) and a user who regenerates each answer once
    for name, copies, ip in (("resampler", 10, "82.6.6.6"), ("retrier", 10, "82.7.7.7"),
                             ("regenerator", 2, "82.8.8.8")):
        ts = T0 + 2 * DAY + 10 * 3600
        for _ in range(60 // copies):
            prompt = pool[next(take)]
            for c in range(copies):
                ts += 1.5 if name != "regenerator" else 40.0
                failed = name == "retrier" and c < copies - 1
                events.append(_event(name, ts, prompt, ip=ip, card=f"pay-{name}",
                                     status=429 if failed else 200))
            ts += 120.0
    burst_starts = T0 + DAY * np.array([0.5, 1.2, 2.1, 3.3, 4.6])
    for h in range(4):  # a hydra: shared card, one /24, the same bursts
        for start in burst_starts:
            for k in range(6):
                events.append(
                    _event(
                        f"hydra-{h}",
                        start + 40.0 * k + h,
                        pool[next(take)],
                        ip=f"198.51.100.{10 + h}",
                        card="pay-shared",
                        ua="aiohttp/3.10.5",
                    )
                )
    return events


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    path = tmp_path_factory.mktemp("crafted") / "events.jsonl"
    with path.open("w") as fh:
        for e in _crafted():
            fh.write(json.dumps(e) + "\n")
    result = assess(analyse(path), Calibration(threshold=0.5))
    result["by_id"] = {a["account_id"]: a for a in result["accounts"]}
    return result


def _benign(doc, signal):
    return [a["signals"][signal] for a in doc["accounts"] if a["account_id"].startswith("benign-")]


@pytest.mark.parametrize(
    ("account", "signal", "minimum"),
    [
        ("cot", "cot", 0.6),
        ("template", "template", 0.6),
        ("template", "diversity", 0.6),
        ("regular", "regularity", 0.8),
        ("pivot", "pivot", 0.8),
        ("resampler", "resample", 0.8),
    ],
)
def test_each_signal_fires_on_its_crafted_account_and_not_on_benign(doc, account, signal, minimum):
    assert doc["by_id"][account]["signals"][signal] >= minimum
    benign = _benign(doc, signal)
    assert median(benign) <= 0.05
    assert max(benign) < minimum
    assert any(code == signal for code in doc["by_id"][account]["reason_codes"])


def test_retries_after_errors_and_single_regenerations_are_not_resampling(doc):
    assert doc["by_id"]["resampler"]["signals"]["resample"] >= 0.8  # the same shape, 200s
    assert doc["by_id"]["retrier"]["signals"]["resample"] == 0.0
    assert doc["by_id"]["regenerator"]["signals"]["resample"] == 0.0


def test_reasons_are_readable_sentences(doc):
    reasons = doc["by_id"]["cot"]["reasons"]
    assert any("chain-of-thought" in r and "%" in r for r in reasons)
    assert any("frontier-2" in r for r in doc["by_id"]["pivot"]["reasons"])
    assert doc["summary"]["new_model"]["model"] == "frontier-2"


def test_volume_profile_is_reported(doc):
    assert doc["by_id"]["regular"]["signals"]["events"] == 40
    assert doc["by_id"]["hydra-0"]["signals"]["events"] == 30
    assert doc["by_id"]["regular"]["signals"]["gap_cv"] < 0.1


def test_hydra_accounts_form_one_synchronised_cluster(doc):
    cluster_ids = {doc["by_id"][f"hydra-{h}"]["cluster_id"] for h in range(4)}
    assert len(cluster_ids) == 1 and None not in cluster_ids
    cluster = next(c for c in doc["clusters"] if c["cluster_id"] in cluster_ids)
    assert sorted(cluster["accounts"]) == [f"hydra-{h}" for h in range(4)]
    assert cluster["links"].get("payment") and cluster["links"].get("ip24")
    assert cluster["sync"] > 0.5
    assert any("payment" in r for r in cluster["reasons"])
    assert all(
        doc["by_id"][f"benign-{i:02d}"]["cluster_id"] != cluster["cluster_id"] for i in range(40)
    )


def test_vectorised_minhash_is_bit_identical_to_datasketch():
    texts = ["Task 17: write a parser", "hi", "Задача 5: докажи теорему", prompts()[3]]
    sigs = signatures(texts, num_perm=32)
    for text, sig in zip(texts, sigs, strict=True):
        reference = MinHash(num_perm=32, seed=1, hashfunc=shingle_hash)
        reference.update_batch(shingles(normalise(text)))
        assert np.array_equal(reference.hashvalues.astype(np.uint32), sig)


def test_template_clusters_group_near_duplicates_only():
    rng = np.random.default_rng(1)
    templated = [
        f"[Job {int(rng.integers(1e6))}] Solve {int(rng.integers(99))}x + 3 = 0 and show every step "
        f"of your derivation carefully."
        for _ in range(30)
    ]
    others = prompts()[:30]
    labels = template_clusters(signatures(templated + others))
    assert len(set(labels[:30])) == 1
    assert labels[0] not in set(labels[30:])
    assert len(set(labels[30:])) >= 25


def test_threshold_allows_at_most_the_target_benign_fpr():
    rng = np.random.default_rng(0)
    scores = list(rng.random(10_000))
    threshold = calibrate_threshold(scores, 0.01)
    exceed = sum(s >= threshold for s in scores)
    assert 75 <= exceed <= 100  # the binomial 5 % point of Binom(10000, 0.01) is 84
    fresh = rng.random(200_000)  # a new benign population from the same distribution
    assert (fresh >= threshold).mean() <= 0.01
    assert calibrate_threshold(scores[:2000], 0.001) > max(scores[:2000])


def test_fitted_weights_are_non_negative_so_no_signal_lowers_risk():
    rng = np.random.default_rng(0)
    x = rng.random((400, len(FEATURES)))
    y = (x[:, 0] + x[:, 5] + rng.normal(0, 0.3, 400) > 1.0).astype(float)
    x[:, 3] = 1.0 - y + rng.normal(0, 0.05, 400)  # a feature that would want a negative weight
    weights, _ = fit_weights(x, y)
    assert min(weights.values()) >= 0.0
    assert weights[FEATURES[3]] == 0.0 and weights[FEATURES[0]] > 0.5
    cal = Calibration(weights=weights, bias=-2.0)
    base = {s: 0.2 for s in SIGNALS}
    for signal in SIGNALS:  # raising any one evidence never lowers the score
        assert score({**base, signal: 0.9}, cal) >= score(base, cal)
    dropped, _ = fit_weights(x, y, drop=(FEATURES[0],))
    assert dropped[FEATURES[0]] == 0.0


def test_balanced_fit_weighs_every_family_and_kind_equally():
    y = np.array([1] * 300 + [1] * 6 + [0] * 600 + [0] * 4, dtype=float)
    groups = ["hydra"] * 300 + ["small"] * 6 + ["ordinary"] * 600 + ["hard"] * 4
    w = balanced_sample_weights(y, groups)
    for group in set(groups):
        assert np.isclose(w[[g == group for g in groups]].sum(), 0.25)
    assert np.isclose(balanced_sample_weights(y)[y == 1].sum(), 0.5)

    # a large family shows signal A, a small one signal B that ordinary users show weakly too:
    # weighed per account the fit barely needs B; weighed per family it must catch the small one
    rng = np.random.default_rng(1)
    x = np.zeros((len(y), len(FEATURES)))
    x[:300, 0] = 1.0
    x[300:306, 1] = rng.uniform(0.4, 0.9, 6)
    x[306:, 1] = rng.uniform(0.0, 0.5, 604)
    per_account, b0 = fit_weights(x, y)
    per_family, b1 = fit_weights(x, y, groups=groups)
    assert per_family[FEATURES[1]] > per_account[FEATURES[1]] + 1.0

    def mean_p(weights, bias, rows):
        z = x[rows] @ np.array([weights[f] for f in FEATURES]) + bias
        return float(np.mean(1 / (1 + np.exp(-z))))

    small = slice(300, 306)
    assert mean_p(per_family, b1, small) > mean_p(per_account, b0, small) + 0.2
    with pytest.raises(DistillguardError):
        balanced_sample_weights(y, groups[:-1])


@pytest.mark.parametrize(
    "bad",
    [
        {"ignored": "cot"},  # a string: `k in "cot"` would match substrings
        {"ignored": ["no_such_signal"]},
        {"ignored": [["cot"]]},
        {"inherit_margin": "3"},
        {"threshold": None},
        {"weights": ["cot", 1.0]},
        {"solo_margin": -1.0},
        {"solo_margin": "0.5"},
        {"rotation_consumer_only": "yes"},
        {"solo_unless_clock": "yes"},
        {"solo_unless_clock": True, "solo_margin": None},  # nothing to lift
    ],
)
def test_a_malformed_calibration_file_is_a_clear_error_not_a_crash_mid_scan(tmp_path, bad):
    path = tmp_path / "cal.json"
    path.write_text(json.dumps({**Calibration().__dict__, **bad}))
    with pytest.raises(DistillguardError, match="calibration file"):
        Calibration.load(path)
    path.write_text(json.dumps({"ignored": ["cot"], "inherit_margin": 2}))
    assert Calibration.load(path).ignored == ["cot"]


def test_signatures_and_vectors_travel_between_engines_as_fixed_width_binary():
    """Signatures and embeddings cross the engine boundary as one binary value per row: the
    round trip is exact (sliced and chunked arrays too) and a value of the wrong width is refused."""
    import pyarrow as pa

    from distillguard.monitor import batch_udfs as U

    rng = np.random.default_rng(0)
    sigs = rng.integers(0, 2**32, (40, 64), dtype=np.uint64).astype(np.uint32)
    packed = U.sigs_to_binary(sigs)
    assert (U.binary_to_sigs(packed, 64) == sigs).all()
    assert (U.binary_to_sigs(packed.slice(5, 10), 64) == sigs[5:15]).all()
    assert (U.binary_to_sigs(pa.chunked_array([packed.slice(0, 7), packed.slice(7)]), 64) == sigs).all()
    vecs = rng.random((6, 384)).astype(np.float32)
    assert (U.binary_to_vectors(U.fixed_width_binary(vecs)) == vecs).all()
    with pytest.raises(ValueError, match="not 256 bytes"):
        U.binary_to_sigs(pa.array([b"\0" * 256, b"\0" * 12]), 64)


def test_grading_prompts_are_their_own_signal_apart_from_harvesting_shapes():
    """`judge` counts prompts whose shape is rubric grading; `shape` counts the other harvesting
    shapes; a plain question counts in neither (content.shape_flags)."""
    from distillguard.monitor.content import shape_flags

    grading = [
        "You are an impartial judge. Score the assistant's answer to the question below from 1 to 10 "
        f"for helpfulness and accuracy, then output the score as [[score]].\n\nQuestion: {q}\n\nAnswer: {a}"
        for q, a in [("What is the capital of Peru?", "Lima."), ("How do magnets work?", "Electrons align."),
                     ("Is 91 prime?", "Yes, 91 is prime.")]
    ]
    rewrite = [
        f"Rewrite the answer below so it passes the government's content review: remove every mention "
        f"of {topic} and keep the rest of the information and its length.\n\nAnswer: {text}"
        for topic, text in [("the protests", "The city grew fast in the 1980s."),
                            ("the border dispute", "Trade rose by a third last year.")]
    ]
    plain = ["What is a good name for a grey cat?", "How long should I boil an egg for a runny yolk?"]
    shape, judge = shape_flags(grading + rewrite + plain)
    assert judge[:3].all() and not shape[:3].any()
    assert shape[3:5].all() and not judge[3:5].any()
    assert not shape[5:].any() and not judge[5:].any()


def test_with_a_solo_margin_no_content_signal_flags_an_account_alone():
    """The cap: one content signal at full strength stays `solo_margin` short of the threshold (a
    business that only writes long answers, or only grades); a second line of evidence — another
    content signal or a hard coordination link — still flags; without the margin one signal can."""
    weights = {f: 0.0 for f in FEATURES} | {"yield": 6.0, "shape": 6.0, "payment": 6.0}
    cal = Calibration(weights=weights, bias=-2.0, threshold=0.8, solo_margin=0.5)
    nothing = {s: 0.0 for s in SIGNALS}
    cap = solo_cap(cal)
    assert cap == pytest.approx(logit(0.8) + 2.0 - 0.5)
    alone = score(nothing | {"yield": 1.0}, cal)
    assert alone < cal.threshold and logit(alone) == pytest.approx(logit(0.8) - 0.5)
    assert score(nothing | {"yield": 1.0, "shape": 0.2}, cal) >= cal.threshold  # two content signals
    assert score(nothing | {"yield": 1.0, "payment": 0.2}, cal) >= cal.threshold  # content + a hard link
    assert score(nothing | {"payment": 1.0}, cal) >= cal.threshold  # coordination is not capped
    uncapped = Calibration(weights=weights, bias=-2.0, threshold=0.8)
    assert score(nothing | {"yield": 1.0}, uncapped) >= uncapped.threshold


def test_the_solo_cap_lifts_only_for_an_account_that_runs_round_the_clock():
    """`solo_unless_clock` (model O): one content signal alone stays a lead for an account with a
    daily sleep gap and flags one that sends round the clock (`no_sleep`); the lift grows with the
    evidence and never lowers a score; a long unbroken run (`sustained`) alone does not lift it."""
    weights = {f: 0.0 for f in FEATURES} | {"yield": 6.0, "payment": 6.0}
    cal = Calibration(weights=weights, bias=-2.0, threshold=0.8, solo_margin=0.5, solo_unless_clock=True)
    nothing = {s: 0.0 for s in SIGNALS}
    office = score(nothing | {"yield": 1.0, "sustained": 1.0}, cal)
    assert logit(office) == pytest.approx(logit(0.8) - 0.5)  # capped: a lead
    assert score(nothing | {"yield": 1.0, "no_sleep": 1.0}, cal) >= cal.threshold
    lifted = [score(nothing | {"yield": 1.0, "no_sleep": c}, cal) for c in np.linspace(0, 1, 11)]
    assert all(b >= a for a, b in zip(lifted, lifted[1:], strict=False)) and lifted[-1] > lifted[0]
    uncapped = Calibration(weights=weights, bias=-2.0, threshold=0.8)
    assert lifted[-1] == pytest.approx(score(nothing | {"yield": 1.0, "no_sleep": 1.0}, uncapped))
    for term, cap, clock in [(5.0, 2.0, 0.0), (5.0, 2.0, 0.5), (1.0, 2.0, 0.0), (0.0, 2.0, 1.0)]:
        got = solo_cap_lifted(term, cap, clock)
        assert min(term, cap) <= got <= term


@pytest.mark.parametrize("margin", [-0.5, float("nan"), float("inf")])
def test_a_negative_or_non_finite_solo_margin_is_refused_before_fitting(margin):
    from distillguard.monitor.calibrate import calibrate

    with pytest.raises(DistillguardError, match="solo margin"):
        calibrate([], 0.001, "no data", solo_margin=margin)


def test_rotation_over_consumer_networks_only_discounts_the_cloud_share():
    """`rotation_evidence`: a new /24 for every request is full rotation; with `consumer_only` it
    counts only the consumer share of the requests (1 − hosting share), so a pool of cloud runners
    reads 0, a residential pool 1 and a half-and-half account one half; few networks read 0."""
    from distillguard.monitor.scoring import rotation_evidence

    assert rotation_evidence(100, 100, 1.0, False) == 1.0
    assert rotation_evidence(100, 100, 1.0, True) == 0.0
    assert rotation_evidence(100, 100, 0.0, True) == 1.0
    assert rotation_evidence(100, 100, 0.5, True) == pytest.approx(0.5)
    assert rotation_evidence(3, 100, 0.0, True) == 0.0
    assert rotation_evidence(0, 0, 0.0, True) == 0.0


def test_template_sharing_is_read_against_the_size_of_the_log():
    """`sharing_free`: the calibrated count of organisations up to `SHARING_POPULATION` accounts,
    in proportion above — a template 120 organisations send is evidence in a 2,000-account log and
    not in an 84,000-account one, where a popular integration reaches that many customers."""
    from distillguard.monitor.scoring import (
        SHARING_POPULATION,
        sharing_free,
        template_orgs_evidence,
    )

    assert sharing_free(16, 2000) == sharing_free(16, SHARING_POPULATION) == 16
    assert sharing_free(16, 84_000) == pytest.approx(16 * 84_000 / SHARING_POPULATION)
    assert template_orgs_evidence(120, sharing_free(16, 2000)) > 0.9
    assert template_orgs_evidence(120, sharing_free(16, 84_000)) == 0.0
    assert template_orgs_evidence(2000, sharing_free(16, 84_000)) > 0.5  # a grid over 2,000 still counts


@pytest.fixture(scope="module")
def resampling(tmp_path_factory):
    from helpers import resampling_log

    params = ScanParams()
    params.features.compared = True  # the counts side model XC reads; every other signal is as without
    params.features.burst = True  # and those side model XMK reads
    return analyse(resampling_log(tmp_path_factory.mktemp("resampling") / "events.jsonl"), params)


def test_fresh_repeats_are_a_harvesters_and_not_an_evaluators(resampling):
    """`n_resample` counts every back-to-back repeat; `n_resample_fresh` only those of prompts the
    account's organisation sent in no other session: an evaluation team re-running its bank —
    on another day, or on a colleague's key — has none, a best-of-n harvester has all of its."""
    rows = resampling.rows
    assert (rows["harvester"]["n_resample"], rows["harvester"]["n_resample_fresh"]) == (40, 40)
    for evaluator in ("eval-a", "eval-b", "lone-eval"):
        runs = 2 if evaluator != "eval-b" else 1
        assert rows[evaluator]["n_resample"] == 15 * 4 * runs
        assert rows[evaluator]["n_resample_fresh"] == 0
    assert rows["user-0"].get("n_resample") is None  # no repeats, no row (as before)


def test_fresh_resampling_turns_the_signal_from_the_evaluator_to_the_harvester(resampling):
    """Every model before V reads the exact-repeat share over 0.7: the evaluators light the signal
    and the harvester (2/3) does not. With `resample_fresh` [0.4, 0.6] (model V) it is the other
    way round, and the reason says why."""
    before = {a["account_id"]: a for a in assess(resampling, Calibration(threshold=0.5))["accounts"]}
    fresh = Calibration(threshold=0.5, resample_fresh=[0.4, 0.6])
    after = {a["account_id"]: a for a in assess(resampling, fresh)["accounts"]}
    assert before["harvester"]["signals"]["resample"] == 0.0
    assert before["eval-a"]["signals"]["resample"] == pytest.approx(0.5)
    assert after["harvester"]["signals"]["resample"] == pytest.approx(1.0)
    for evaluator in ("eval-a", "eval-b", "lone-eval"):
        assert after[evaluator]["signals"]["resample"] == 0.0
    reasons = " ".join(after["harvester"]["reasons"])
    assert "no other session" in reasons and "67%" in reasons
    assert all(a["signals"]["resample"] == 0.0 for k, a in after.items() if k.startswith("user-"))


def test_resampling_beside_reads_the_larger_of_the_fresh_and_the_exact_reading(resampling):
    """Model W (`resample_beside`): the harvester keeps V's fresh reading, the evaluators keep U's
    exact one (the repeats of a bank re-run across sessions count again), and each reason names the
    reading that gave the evidence."""
    beside = Calibration(threshold=0.5, resample_fresh=[0.4, 0.6], resample_beside=True)
    doc = assess(resampling, beside)
    after = {a["account_id"]: a for a in doc["accounts"]}
    assert after["harvester"]["signals"]["resample"] == pytest.approx(1.0)
    assert after["eval-a"]["signals"]["resample"] == pytest.approx(0.5)
    assert "no other session" in " ".join(after["harvester"]["reasons"])
    eval_reasons = " ".join(r for a in ("eval-a", "eval-b", "lone-eval") for r in after[a]["reasons"])
    assert "no other session" not in eval_reasons
    assert all(a["signals"]["resample"] == 0.0 for k, a in after.items() if k.startswith("user-"))
    assert doc["summary"]["reference"]["resample_beside"] == 1.0


def test_repeats_of_prompts_sent_to_several_models_are_counted_apart(resampling):
    """`n_resample_compared` (and its fresh part): repeats of prompts the organisation sent to more
    than one model — a study comparing two models has all of its, the harvester and the evaluators
    (one model each) none."""
    rows = resampling.rows
    study = rows["study"]
    assert (study["n_resample"], study["n_resample_fresh"]) == (90, 90)
    assert (study["n_resample_compared"], study["n_resample_fresh_compared"]) == (90, 90)
    for account in ("harvester", "eval-a", "eval-b", "lone-eval"):
        assert (rows[account]["n_resample_compared"], rows[account]["n_resample_fresh_compared"]) == (0, 0)


def test_only_a_balanced_comparison_is_counted_as_one(resampling):
    """`n_resample_balanced` (and its fresh part): of the compared repeats, those of a prompt the
    organisation sent to its second model at least `COMPARED_MIN` times and `COMPARED_BALANCE` as often
    as to its first — the study (5 and 5 copies) has all of its, the stray-copy harvester (7 and 1)
    none although every one of its prompts went to two models; one-model accounts none."""
    rows = resampling.rows
    assert tuple(rows["study"][k] for k in ("n_resample_balanced", "n_resample_fresh_balanced")) == (90, 90)
    stray = rows["stray"]
    assert (stray["n_resample"], stray["n_resample_fresh"]) == (140, 140)
    assert (stray["n_resample_compared"], stray["n_resample_fresh_compared"]) == (140, 140)
    assert (stray["n_resample_balanced"], stray["n_resample_fresh_balanced"]) == (0, 0)
    for account in ("harvester", "eval-a", "eval-b", "lone-eval"):
        assert (rows[account]["n_resample_balanced"], rows[account]["n_resample_fresh_balanced"]) == (0, 0)


def test_the_balance_rule_is_the_stated_one(tmp_path):
    """The boundary of a balanced comparison, read by the engine: with 8 copies of each prompt, the
    second model's copies count as a comparison from `max(COMPARED_MIN, COMPARED_BALANCE × first)` on
    and not one copy below (each split its own organisation and its own prompt, back to back)."""
    from distillguard.monitor.features import COMPARED_BALANCE, COMPARED_MIN

    pool = iter(p for p in prompts() if 80 <= len(p) <= 600)
    rows = []
    for other in range(1, 5):  # 7:1, 6:2, 5:3, 4:4
        for i in range(3):
            prompt = next(pool)
            for c in range(8):
                rows.append({"ts": 1_772_323_200.0 + other * 3600 + i * 60 + c * 1.5, "account_id": f"split-{other}",
                             "org_id": f"org-{other}", "ip": "82.9.1.1", "model": "frontier-0" if c < other else "frontier-1",
                             "prompt": prompt, "prompt_tokens": 50, "completion_tokens": 300, "status": 200})
    for u in range(6):
        rows.append({"ts": 1_772_323_200.0 + u * 700, "account_id": f"user-{u}", "org_id": f"org-u{u}",
                     "ip": "82.9.2.1", "model": "frontier-1", "prompt": next(pool), "prompt_tokens": 50,
                     "completion_tokens": 300, "status": 200})
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in sorted(rows, key=lambda r: r["ts"])))
    params = ScanParams()
    params.features.compared = True
    got = analyse(path, params).rows
    for other in range(1, 5):
        first = 8 - other
        balanced = min(other, first) >= max(COMPARED_MIN, COMPARED_BALANCE * max(other, first))
        assert got[f"split-{other}"]["n_resample_compared"] == 21
        assert got[f"split-{other}"]["n_resample_balanced"] == (21 if balanced else 0), other


def test_compared_repeats_are_counted_only_where_a_calibration_reads_them(tmp_path):
    """The shipped scan pays nothing for them: without `FeatureParams.compared` the counts are
    absent (the exact and fresh counts as with them), and `scan.params_for` switches them on for a
    calibration that reads them off (side model XC) and for no other."""
    from distillguard.monitor.scan import params_for
    from helpers import resampling_log

    plain = analyse(resampling_log(tmp_path / "events.jsonl"))
    assert "n_resample_compared" not in plain.rows["study"]
    assert (plain.rows["study"]["n_resample"], plain.rows["study"]["n_resample_fresh"]) == (90, 90)
    assert params_for(Calibration(resample_compared=True), None).features.compared
    assert not params_for(Calibration(), None).features.compared


def test_side_model_xc_reads_a_comparison_as_no_resampling_and_keeps_the_harvester(resampling):
    """Model X's reading (`resample_beside`) lights resampling for the study as for the harvesters;
    side model XC (`resample_compared`) reads the study's repeats off — and the stray-copy harvester's,
    whose prompts went to two models too (what side model XMB narrows) — and changes nothing else."""
    x = Calibration(threshold=0.5, resample_fresh=[0.4, 0.6], resample_beside=True)
    before = {a["account_id"]: a["signals"]["resample"] for a in assess(resampling, x)["accounts"]}
    xc = replace(x, resample_compared=True)
    doc = assess(resampling, xc)
    after = {a["account_id"]: a["signals"]["resample"] for a in doc["accounts"]}
    assert before["study"] == pytest.approx(1.0) and after["study"] == 0.0
    assert before["harvester"] == after["harvester"] == pytest.approx(1.0)
    # XC's loss: a harvester whose copies pick the model request by request is read off with the study
    assert before["stray"] == pytest.approx(1.0) and after["stray"] == 0.0
    moved = ("study", "stray")
    assert {k: v for k, v in before.items() if k not in moved} == {k: v for k, v in after.items() if k not in moved}
    assert doc["summary"]["reference"]["resample_compared"] == 1.0


def test_side_model_xmb_reads_only_a_balanced_comparison_off(resampling):
    """Under XC's reading (`resample_compared`) the stray-copy harvester's repeats are read off with the
    study's; under XMB's (`resample_balanced` too) the study's still are and the harvester's are not:
    its resampling evidence is what model X reads. Nothing else moves."""
    x = Calibration(threshold=0.5, resample_fresh=[0.4, 0.6], resample_beside=True)
    xc = replace(x, resample_compared=True)
    xmb = replace(xc, resample_balanced=True)
    read = {name: {a["account_id"]: a["signals"]["resample"] for a in assess(resampling, cal)["accounts"]}
            for name, cal in (("x", x), ("xc", xc), ("xmb", xmb))}
    assert read["x"]["stray"] == pytest.approx(1.0) and read["xc"]["stray"] == 0.0
    assert read["xmb"]["stray"] == pytest.approx(1.0)
    assert read["xc"]["study"] == read["xmb"]["study"] == 0.0
    assert {k: v for k, v in read["xmb"].items() if k != "study"} == {k: v for k, v in read["x"].items() if k != "study"}
    doc = assess(resampling, xmb)
    assert doc["summary"]["reference"]["resample_balanced"] == 1.0


def test_a_balanced_reading_without_compared_repeats_is_refused(tmp_path):
    """`resample_balanced` narrows XC's reading, so a calibration file with it and without
    `resample_compared` (or with a non-boolean) is one clear error."""
    for bad in ({"resample_balanced": True}, {"resample_compared": True, "resample_balanced": "yes"}):
        path = tmp_path / "cal.json"
        path.write_text(json.dumps(bad))
        with pytest.raises(DistillguardError, match="resample_balanced"):
            Calibration.load(path)


def test_copies_dealt_over_keys_are_counted_as_one_burst(resampling):
    """`n_resample_burst` (and its fresh part): copies of a prompt the organisation sent on any of its
    keys less than `BURST_GAP_S` before — the dealing harvester's keys have few back-to-back repeats
    and no fresh one, but across its keys every copy after a prompt's first is a repeat, of a single
    burst; an evaluator's bank comes back another day, so none of its repeats is of a single burst."""
    rows = resampling.rows
    burst = ("n_resample", "n_resample_fresh", "n_resample_burst", "n_resample_fresh_burst")
    assert {f"dealt-{k}": tuple(rows[f"dealt-{k}"][n] for n in burst) for k in range(3)} == {
        "dealt-0": (20, 0, 20, 20), "dealt-1": (20, 0, 40, 40), "dealt-2": (20, 0, 40, 40)}
    assert tuple(rows["harvester"][n] for n in burst) == (40, 40, 40, 40)
    for evaluator in ("eval-a", "eval-b", "lone-eval"):
        assert rows[evaluator]["n_resample_burst"] == rows[evaluator]["n_resample"] > 0
        assert rows[evaluator]["n_resample_fresh_burst"] == 0
    assert (rows["study"]["n_resample_burst"], rows["stray"]["n_resample_fresh_burst"]) == (90, 140)
    assert all(r.get("n_resample_burst") is None for a, r in rows.items() if a.startswith("user-"))


def test_the_burst_rule_is_the_stated_one(tmp_path):
    """The boundaries of the burst counts, read by the engine: a copy on another key is a repeat from
    just under `BURST_GAP_S` after the organisation's last copy and not just over it; a prompt whose
    copies come back a session gap (`SESSION_GAP_S`) later is no single burst, just under it still is."""
    from distillguard.monitor.features import BURST_GAP_S, SESSION_GAP_S

    pool = iter(p for p in prompts() if 80 <= len(p) <= 600)
    rows = []
    cases = {"under": (0.0, BURST_GAP_S - 1), "over": (0.0, BURST_GAP_S + 1),
             "back-soon": (0.0, 1.5, SESSION_GAP_S - 1, SESSION_GAP_S + 0.5),
             "back-late": (0.0, 1.5, SESSION_GAP_S + 1.5, SESSION_GAP_S + 3.0)}
    for n, (org, offsets) in enumerate(cases.items()):
        for i in range(3):
            prompt = next(pool)
            for c, dt in enumerate(offsets):  # the copies alternate between the organisation's two keys
                rows.append({"ts": 1_772_323_200.0 + n * 86400 + i * 3600 + dt, "account_id": f"{org}-{c % 2}",
                             "org_id": org, "ip": "82.9.1.1", "model": "frontier-1", "prompt": prompt,
                             "prompt_tokens": 50, "completion_tokens": 300, "status": 200})
    for u in range(6):
        rows.append({"ts": 1_772_323_200.0 + u * 700, "account_id": f"user-{u}", "org_id": f"org-u{u}",
                     "ip": "82.9.2.1", "model": "frontier-1", "prompt": next(pool), "prompt_tokens": 50,
                     "completion_tokens": 300, "status": 200})
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in sorted(rows, key=lambda r: r["ts"])))
    params = ScanParams()
    params.features.burst = True
    got = analyse(path, params).rows

    def counts(org: str) -> tuple[int, int]:
        keys = [got.get(f"{org}-{k}", {}) for k in (0, 1)]
        return (sum(int(r.get("n_resample_burst") or 0) for r in keys),
                sum(int(r.get("n_resample_fresh_burst") or 0) for r in keys))

    assert counts("under") == (3, 3) and counts("over") == (0, 0)
    # copies 2 and 4 repeat the one before (1.5 s); copy 3 is too late to repeat copy 2 (a minute)
    assert counts("back-soon") == (6, 6) and counts("back-late") == (6, 0)


def test_burst_repeats_are_counted_only_where_a_calibration_reads_them(tmp_path):
    """Without `FeatureParams.burst` the burst counts are absent and every other count is as with
    them; `scan.params_for` switches them on for a calibration that reads them (side model XMK) only."""
    from distillguard.monitor.scan import params_for
    from helpers import resampling_log

    path = resampling_log(tmp_path / "events.jsonl")
    plain = analyse(path)
    params = ScanParams()
    params.features.burst = True
    counted = analyse(path, params)
    assert "n_resample_burst" not in plain.rows["dealt-1"]
    names = ("n_resample", "n_resample_fresh")
    assert ({a: tuple(r.get(n) or 0 for n in names) for a, r in plain.rows.items()}
            == {a: tuple(r.get(n) or 0 for n in names) for a, r in counted.rows.items()})
    assert params_for(Calibration(resample_fresh=[0.4, 0.6], resample_burst=True), None).features.burst
    assert not params_for(Calibration(resample_fresh=[0.4, 0.6]), None).features.burst


def test_side_model_xmk_reads_a_harvest_dealt_over_keys(resampling):
    """Under model XM's reading (`resample_beside`) the dealing harvester's keys show no resampling
    (half their requests repeat, none fresh); under XMK's (`resample_burst`) the fresh share is counted
    across the keys — dealt-0 0.5 of its 40 requests, the others all — and the reason says so. Nothing
    else moves: the harvester, the study and the stray-copy harvester were fresh on one key already,
    and the evaluators' banks come back another day."""
    xm = Calibration(threshold=0.5, resample_fresh=[0.4, 0.6], resample_beside=True)
    xmk = replace(xm, resample_burst=True)
    read = {name: {a["account_id"]: a for a in assess(resampling, cal)["accounts"]} for name, cal in (("xm", xm), ("xmk", xmk))}
    signal = {name: {a: d["signals"]["resample"] for a, d in doc.items()} for name, doc in read.items()}
    volume = 40 / 50  # the evidence's volume weight (full at 50 requests)
    assert all(signal["xm"][f"dealt-{k}"] == 0.0 for k in range(3))
    assert signal["xmk"]["dealt-0"] == pytest.approx((0.5 - 0.4) / 0.2 * volume)
    assert signal["xmk"]["dealt-1"] == signal["xmk"]["dealt-2"] == pytest.approx(volume)
    assert "less than a minute before" in " ".join(read["xmk"]["dealt-1"]["reasons"])
    dealt = {f"dealt-{k}" for k in range(3)}
    assert ({a: v for a, v in signal["xm"].items() if a not in dealt}
            == {a: v for a, v in signal["xmk"].items() if a not in dealt})


def test_side_model_xmkb_reads_dealt_copies_and_reads_a_balanced_comparison_off(resampling):
    """Side model XMKB (XMK's reading with XMB's): the dealing harvester's keys keep XMK's evidence, the
    study's fresh burst repeats — each item sampled in one burst on two models evenly — are read off as
    its back-to-back ones are under XMB, and the stray-copy harvester (7 copies against 1) keeps its
    evidence. The burst counts of a comparison are counted beside the others."""
    rows = resampling.rows
    assert (rows["study"]["n_resample_fresh_burst_compared"], rows["study"]["n_resample_fresh_burst_balanced"]) == (90, 90)
    assert (rows["stray"]["n_resample_fresh_burst_compared"], rows["stray"]["n_resample_fresh_burst_balanced"]) == (140, 0)
    xm = Calibration(threshold=0.5, resample_fresh=[0.4, 0.6], resample_beside=True)
    xmk = replace(xm, resample_burst=True)
    xmkb = replace(xmk, resample_compared=True, resample_balanced=True)
    read = {name: {a["account_id"]: a["signals"]["resample"] for a in assess(resampling, cal)["accounts"]}
            for name, cal in (("xmk", xmk), ("xmkb", xmkb))}
    assert read["xmk"]["study"] == pytest.approx(1.0) and read["xmkb"]["study"] == 0.0
    assert {a: v for a, v in read["xmk"].items() if a != "study"} == {a: v for a, v in read["xmkb"].items() if a != "study"}
    assert read["xmkb"]["dealt-1"] > 0.5 and read["xmkb"]["stray"] == pytest.approx(1.0)


@pytest.mark.parametrize("bad", [{"resample_burst": True}, {"resample_burst": "yes", "resample_fresh": [0.4, 0.6]}])
def test_a_burst_reading_without_a_fresh_one_is_refused(tmp_path, bad):
    """`resample_burst` changes what the fresh reading counts, so a calibration file with it and
    without `resample_fresh`, or with a non-boolean, is one clear error."""
    path = tmp_path / "cal.json"
    path.write_text(json.dumps(bad))
    with pytest.raises(DistillguardError, match="resample_burst"):
        Calibration.load(path)


@pytest.mark.parametrize("bad", ["yes", 1, None])
def test_a_malformed_resample_compared_is_refused(tmp_path, bad):
    path = tmp_path / "cal.json"
    path.write_text(json.dumps({**Calibration().__dict__, "resample_compared": bad}))
    with pytest.raises(DistillguardError, match="resample_compared"):
        Calibration.load(path)


@pytest.mark.parametrize("bad", [{"resample_beside": "yes", "resample_fresh": [0.4, 0.6]},
                                 {"resample_beside": 1, "resample_fresh": [0.4, 0.6]},
                                 {"resample_beside": True}])
def test_a_malformed_resample_beside_is_refused(tmp_path, bad):
    path = tmp_path / "cal.json"
    path.write_text(json.dumps({**Calibration().__dict__, **bad}))
    with pytest.raises(DistillguardError, match="resample_beside"):
        Calibration.load(path)


@pytest.mark.parametrize("bad", ["0.4", [0.6, 0.4], [0.4], [0.4, 1.2], [-0.1, 0.5], [True, 0.5], [0.4, None]])
def test_a_malformed_resample_fresh_is_refused(tmp_path, bad):
    path = tmp_path / "cal.json"
    path.write_text(json.dumps({**Calibration().__dict__, "resample_fresh": bad}))
    with pytest.raises(DistillguardError, match="resample_fresh"):
        Calibration.load(path)


@pytest.fixture(scope="module")
def followups(tmp_path_factory):
    from helpers import followup_log

    return analyse(followup_log(tmp_path_factory.mktemp("followups") / "events.jsonl"))


def test_a_conversation_carried_on_faster_than_it_can_be_read_is_counted(followups):
    """`behaviour.followup_features`: the user-simulator's turns carry the context on seconds after
    long answers, people's come after reading, the
    support bot's consecutive requests are different people's, and the coding agent's steps are
    quick and carried but its episodes open with thousands of tokens."""
    rows = followups.rows
    sim = rows["simulator"]
    assert sim["n_quick_followups"] >= 20 and sim["n_quick_followups"] / sim["n_read_pairs"] >= 0.4
    assert sim["opening_prompt_tokens"] < 100
    for u in range(30):
        assert rows[f"user-{u}"]["n_followups"] > 0 and not rows[f"user-{u}"]["n_quick_followups"]
    assert rows["bot"]["n_quick_followups"] / rows["bot"]["n_read_pairs"] < 0.3  # by chance: about a fifth
    assert rows["agent"]["n_quick_followups"] >= 20 and rows["agent"]["opening_prompt_tokens"] >= 3000


def test_followup_evidence_reads_quick_carried_turns_from_short_openings_only(followups):
    """`scoring.followup_evidence`: the simulator's is full; people, the bot and the coding agent
    (machine speed, but a system prompt's opening) have none; more quick turns or shorter openings
    never lower it."""
    doc = {a["account_id"]: a for a in assess(followups, Calibration(threshold=0.5))["accounts"]}
    assert doc["simulator"]["signals"]["followup"] == pytest.approx(1.0)
    assert all(doc[a]["signals"]["followup"] == 0.0 for a in doc if a != "simulator")
    assert followup_evidence(30, 100, 120) == pytest.approx(0.5)  # a share of 0.3: half way
    assert followup_evidence(12.5, 25, 120) == pytest.approx(0.5)  # full share, half way from 5 to 20 turns
    assert followup_evidence(5, 10, 120) == 0.0  # a handful is nothing
    assert followup_evidence(40, 100, 200) == pytest.approx(0.5)  # an opening half way to none
    for n in (40, 100):
        for o in (100, 180, 260):
            quick = [followup_evidence(q, n, o) for q in range(0, n + 1, 5)]
            assert quick == sorted(quick)
            assert followup_evidence(n // 2, n, o - 50) >= followup_evidence(n // 2, n, o)


def test_a_followup_weight_flags_the_simulator_by_itself_and_says_why(followups):
    """Model X's rule (`bench/monitor_derive.py --followup-reach 0.75`): the weight that takes the bias
    to the threshold at an evidence of 0.75 flags the simulator on this signal alone, with a reason
    that says what it did; nobody else moves."""
    threshold, bias = 0.8, -2.0
    weight = (logit(threshold) - bias) / 0.75
    cal = Calibration(threshold=threshold, bias=bias, weights={"followup": weight})
    doc = {a["account_id"]: a for a in assess(followups, cal)["accounts"]}
    assert doc["simulator"]["flagged"]
    assert "sooner than the answer could be read" in " ".join(doc["simulator"]["reasons"])
    assert not any(a["flagged"] for k, a in doc.items() if k != "simulator")


def test_the_session_repeat_diagnosis_counts_interleaved_variants_and_mirrors_the_shipped_count(tmp_path):
    """bench/monitor_session_repeats.py (a diagnosis of spent data): a sampler sending an item's two
    variants interleaved (A, B, A, B …) repeats every prompt but never back to back; one sending each
    prompt in a burst (A, A, A, B, B, B) repeats back to back. The diagnosis's back-to-back count must
    be the product's own `n_resample` (features.resample_features), and a new session starts afresh."""
    import sys
    from pathlib import Path

    from distillguard.monitor import features
    from distillguard.monitor.engine import open_engine
    from distillguard.monitor.load import load_events

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from monitor_session_repeats import session_repeats

    t0 = 1_772_323_200.0
    order = {"interleaved": "ABABAB", "bursts": "AAABBB"}
    rows = []
    for account, seq in order.items():
        for session in range(2):  # the same prompts again after an idle hour: a new session
            for i, item in enumerate(seq):
                rows.append({"ts": t0 + session * 3600 + i * 0.5, "account_id": account, "org_id": f"org-{account}",
                             "ip": "82.9.1.1", "user_agent": "OpenAI/Python 1.54.0", "payment_fingerprint": "pay",
                             "model": "frontier-1", "prompt": f"Label this review ({item}): the kettle boils fast.",
                             "prompt_tokens": 20, "completion_tokens": 3, "status": 200})
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    con = open_engine("duckdb")
    try:
        load_events(con, path)
        got = {r["account_id"]: r for r in session_repeats(con)}
        features.resample_features(con)
        shipped = {r["account_id"]: r["n_resample"] for r in con.arrow("SELECT * FROM f_resample").to_pylist()}
    finally:
        con.close()
    assert got["interleaved"]["n_back_to_back"] == 0 and got["interleaved"]["n_in_session"] == 8
    assert got["bursts"]["n_back_to_back"] == 8 and got["bursts"]["n_in_session"] == 8
    assert shipped.get("interleaved", 0) == 0 and shipped["bursts"] == 8


def test_the_threaded_followup_diagnosis_pairs_interleaved_chains_and_is_the_shipped_reading_at_one(tmp_path):
    """bench/monitor_threaded_followups.py (a diagnosis of spent data): two machine-speed chains whose
    turns alternate (A1 B1 A2 B2 …) carry their own context on, never the other's, so the shipped
    reading — the request just before — finds no quick follow-up, and a reading that may look four
    requests back finds every turn after the first. Looking one back must be the product's own reading
    (`n_quick_followups`, `n_read_pairs`) for every account of the follow-up fixture."""
    import sys
    from pathlib import Path

    from distillguard.monitor.engine import open_engine
    from distillguard.monitor.load import load_events
    from helpers import followup_log

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from monitor_threaded_followups import threaded_followups

    t0 = 1_772_323_200.0
    rows, context = [], {"A": 30, "B": 2000}
    for turn in range(10):
        for j, chain in enumerate("AB"):
            rows.append({"ts": t0 + turn * 3.0 + j * 1.5, "account_id": "gateway", "org_id": "org-gw",
                         "ip": "82.9.1.1", "user_agent": "OpenAI/Python 1.54.0", "payment_fingerprint": "pay",
                         "model": "frontier-1", "prompt": f"Go on ({chain}{turn}).", "prompt_tokens": context[chain],
                         "completion_tokens": 300, "status": 200})
            context[chain] += 300 + 20
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    for log, check in ((path, "gateway"), (followup_log(tmp_path / "f.jsonl"), None)):
        con = open_engine("duckdb")
        try:
            load_events(con, log)
            got = {r["account_id"]: r for r in threaded_followups(con, (1, 4))}
        finally:
            con.close()
        if check:
            g = got["gateway"]
            assert g["n_quick_followups"] == 0 and g["quick_1"] == 0 and g["read_1"] == 19
            assert g["quick_4"] == 18 and g["read_4"] == 19
        else:
            for r in got.values():
                assert (r.get("quick_1") or 0) == (r.get("n_quick_followups") or 0)
                assert (r.get("read_1") or 0) == (r.get("n_read_pairs") or 0)
            assert got["simulator"]["quick_1"] >= 20
