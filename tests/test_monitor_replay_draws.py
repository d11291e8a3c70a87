"""Side model XMCRD (`monitor/replay_crowds.py` with a ratio): disjoint-replay crowds judged against
each prompt's draw rate among the accounts that are not candidates, at each account's effective
draws, with a ratio bar. XMCR's one chance rate took hundreds of ordinary accounts for a crowd on the
16M-event log, where prompts are far from equally popular and heavy keys draw thousands of times; these tests hold the draws' chance to
its definition, and show that people drawing from a skewed corpus — with a coding key that draws only
a fifth of it — make no crowd while a corpus dealt out over keys still does."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from distillguard.monitor import replay_crowds as RC

POOL = 6000
CODING = POOL // 5  # a coding key draws only from the first fifth


def _corpus() -> np.ndarray:
    """A public corpus file like the real one, as prompt identities: most prompts once, 60 from ten to
    two times (repeated questions), and one ("Continue") once in a hundred lines."""
    copies = np.ones(POOL, dtype=np.int64)
    copies[1:61] = np.linspace(10, 2, 60).round().astype(np.int64)
    copies[0] = copies[1:].sum() // 99
    return np.repeat(np.arange(POOL), copies)


def _draw(rng: np.random.Generator, n: int, lines: np.ndarray) -> np.ndarray:
    """The distinct identities of `n` lines picked at random from `lines`."""
    return np.unique(lines[rng.integers(0, len(lines), size=n)])


def _population(rng: np.random.Generator, people: int = 150, shards: int = 20, shard_size: int = 200,
                heavy: int = 2) -> RC.PublicPromptsSent:
    """`people` arrived accounts pasting 40-160 lines of the corpus at random, `heavy` coding keys
    drawing 2,000 lines from its first fifth of prompts, `shards` keys dealing one shuffled copy of the
    file out (`shard_size` lines each); the reference: 400 settled accounts pasting like the people,
    and two settled coding keys."""
    lines = _corpus()
    coding = lines[lines < CODING]
    sets = {f"person-{i:03d}": _draw(rng, int(rng.integers(40, 161)), lines) for i in range(people)}
    sets |= {f"heavy-{i}": _draw(rng, 2000, coding) for i in range(heavy)}
    dealt = rng.permutation(lines)
    sets |= {f"shard-{i:02d}": np.unique(dealt[i * shard_size:(i + 1) * shard_size]) for i in range(shards)}
    reference = np.zeros(POOL, dtype=np.int64)
    for n in [*rng.integers(10, 300, size=400), 2000, 2000]:
        reference[_draw(rng, int(n), lines if n < 2000 else coding)] += 1
    return RC.PublicPromptsSent(sets, reference)


def _members(sent: RC.PublicPromptsSent, ratio: float = 0.5, z: float = 4.0, least: int = 30) -> set[str]:
    return {a for c in RC.disjoint_crowds(sent.sets, z, least, reference=sent.reference, ratio=ratio)
            for a in c.members}


def test_draw_rates_are_each_prompts_share_of_the_reference_senders_with_a_prior_on_what_the_scan_sent():
    rates = RC.draw_rates(np.array([6, 0, 2, 0, 0]), np.array([1, 2]))
    assert rates.sum() == pytest.approx(1.0)
    assert rates == pytest.approx(np.array([6.5, 0.5, 2.5, 0.0, 0.0]) / 9.5)  # no one sent 3 or 4


def test_effective_draws_cover_as_many_distinct_prompts_as_the_account_sent():
    rates = RC.draw_rates(np.bincount(_corpus(), minlength=POOL), np.arange(POOL))
    sizes = np.array([1.0, 40.0, 150.0, 2500.0])
    draws = RC.effective_draws(sizes, rates)
    covered = [float(-np.expm1(-n * rates).sum()) for n in draws]
    assert covered == pytest.approx(sizes.tolist(), rel=1e-3)
    assert (np.diff(draws) > 0).all() and draws[-1] > sizes[-1]  # repeats: more draws than distinct prompts


def test_the_chance_of_an_overlap_is_its_definition_and_conditional_on_the_rows_own_prompts():
    sets = [np.array([0, 1]), np.array([1, 2, 3]), np.array([3])]
    draws = np.array([5.0, 40.0, 2.0])
    rates = np.array([0.1, 0.02, 0.3, 0.05])
    rows = np.repeat(np.arange(3), [len(s) for s in sets])
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, np.concatenate(sets))), shape=(3, 4))
    chance, variance = RC.draw_chance(x, draws, rates)
    for a in range(3):
        for b in range(3):
            p = [1 - np.exp(-draws[b] * rates[k]) for k in sets[a]]
            assert chance[a, b] == pytest.approx(sum(p))
            assert variance[a, b] == pytest.approx(sum(q * (1 - q) for q in p))
    assert chance[0, 1] != pytest.approx(chance[1, 0])  # each row reads its own account's prompts


@pytest.mark.parametrize("seed", range(5))
def test_a_corpus_dealt_out_over_keys_is_found_among_people_drawing_from_a_skewed_corpus(seed):
    found = _members(_population(np.random.default_rng(seed)))
    shards = {a for a in found if a.startswith("shard-")}
    assert len(shards) >= 16, sorted(found)
    assert found == shards  # no person and no coding key among them


def test_people_and_coding_keys_drawing_from_a_skewed_corpus_make_no_crowd():
    """Statistically: 30 populations of 150 people and 2 coding keys, no crowd. A member needs 4
    standard deviations and half the overlap it has with everyone else; none should appear."""
    found = [sorted(_members(_population(np.random.default_rng(200 + s), shards=0))) for s in range(30)]
    assert sum(map(len, found)) == 0, found


def _matrices(sent: RC.PublicPromptsSent, draws_of=None):
    """The module's overlaps, chance and variance over every account of `sent` (sorted by name), at
    each account's effective draws or at `draws_of(account)`."""
    accounts = sorted(sent.sets)
    rows = np.repeat(np.arange(len(accounts)), [len(sent.sets[a]) for a in accounts])
    prompts, cols = np.unique(np.concatenate([sent.sets[a] for a in accounts]), return_inverse=True)
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(accounts), len(prompts)))
    overlaps = (x @ x.T).toarray()
    rates = RC.draw_rates(sent.reference, prompts)
    draws = (RC.effective_draws(np.asarray([len(sent.sets[a]) for a in accounts]), rates) if draws_of is None
             else np.asarray([float(draws_of(a)) for a in accounts]))
    chance, variance = RC.draw_chance(x, draws, rates[prompts])
    for m in (chance, variance, overlaps):
        np.fill_diagonal(m, 0.0)
    return accounts, overlaps, chance, variance


def test_a_coding_key_read_at_its_events_leaves_everyone_short_of_it_and_at_its_effective_draws_does_not():
    """A coding key sends 2,000 prompts from a fifth of the corpus: read at 2,000 draws over the whole
    corpus, everyone is expected to share far more with it than they do, so the people are standard
    deviations short of the coding keys — a crowd the keys seed would settle with people in it; at the
    draws that cover its ~870 distinct prompts they are not."""
    sent = _population(np.random.default_rng(11), heavy=3)
    for draws_of, short in ((lambda a: 2000 if a.startswith("heavy-") else len(sent.sets[a]), True), (None, False)):
        accounts, overlaps, chance, variance = _matrices(sent, draws_of)
        heavy = np.asarray([i for i, a in enumerate(accounts) if a.startswith("heavy-")])
        people = [i for i, a in enumerate(accounts) if a.startswith("person-")]
        against = RC._deficit_scores(chance, overlaps, variance, heavy)[people]
        assert (np.median(against) >= RC.ROUND_Z) == short, np.quantile(against, [0.1, 0.5, 0.9])
        assert (np.quantile(against, 0.9) < 2.0) == (not short)


def test_the_ratio_bar_asks_for_a_shortfall_against_the_crowd_beyond_one_against_everyone():
    """`_apart`: account 0 shares half of chance with everyone (a misfit), account 1 half with the crowd
    and all of it with the rest (apart at a ratio of 0.5), account 2 none with the crowd; account 3
    expects too little outside the crowd to be judged."""
    chance = np.full((8, 8), 10.0)
    overlaps = np.full((8, 8), 10.0)
    overlaps[0, :] = 5.0
    overlaps[1, :4] = 5.0
    overlaps[2, :4] = 0.0
    chance[3, 4:] = 2.0
    overlaps[3, :4] = 0.0
    crowd = np.arange(4)
    assert RC._apart(chance, overlaps, crowd, 0.5)[:4].tolist() == [False, True, True, False]
    assert RC._apart(chance, overlaps, crowd, 0.4)[:4].tolist() == [False, False, True, False]


def test_the_draws_chance_needs_a_reference_that_covers_the_sets():
    sent = _population(np.random.default_rng(1), people=20, shards=6)
    with pytest.raises(ValueError, match="reference"):
        RC.disjoint_crowds(sent.sets, 4.0, 30, ratio=0.5)
    with pytest.raises(ValueError, match="reference counts fewer"):
        RC.disjoint_crowds(sent.sets, 4.0, 30, reference=sent.reference[:100], ratio=0.5)


EARLY, ARRIVED, SHARDS, SHARD_SIZE = 300, 40, 12, 100


@pytest.fixture(scope="module")
def draws_scan(tmp_path_factory):
    """A real scan (DuckDB, MiniLM) with the step on: 300 users from the log's first day pasting 40
    public prompts each of a pool of 1,500 (the reference), 40 more who turn up three days in pasting
    60 each, and 12 keys that turn up at the same time and deal 1,200 prompts of the pool out, 100
    each; one of the late users pastes one prompt three times, and one early user twice."""
    import json

    from distillguard.monitor.scan import analyse, params_for
    from distillguard.monitor.scoring import Calibration
    from test_monitor_replay_crowds import pasting_sessions, public_pool
    from test_monitor_signals import DAY, T0

    rng = np.random.default_rng(5)
    pool = public_pool()
    events: list[dict] = []

    def sessions(account: str, texts: list[str], start: float, n: int) -> None:
        pasting_sessions(events, rng, account, texts, start, n, net=91)

    for i in range(EARLY):
        texts = [pool[int(j)] for j in rng.choice(len(pool), 40, replace=False)]
        sessions(f"early-{i:03d}", texts + [texts[0]] if i == 0 else texts, T0, i)
    for i in range(ARRIVED):
        texts = [pool[int(j)] for j in rng.choice(len(pool), 60, replace=False)]
        sessions(f"late-{i:02d}", texts + [texts[0]] * 2 if i == 0 else texts, T0 + 3 * DAY, 400 + i)
    dealt = rng.permutation(len(pool))
    for i in range(SHARDS):
        sessions(f"shard-{i:02d}", [pool[int(j)] for j in dealt[i * SHARD_SIZE:(i + 1) * SHARD_SIZE]],
                 T0 + 3 * DAY, 600 + i)
    path = tmp_path_factory.mktemp("draws") / "events.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    xmcw = Calibration.load(Path(__file__).resolve().parents[1] / "bench" / "results" / "monitor_calibration_xmcw.json")
    xmcrd = replace(xmcw, replay_crowd_z=4.0, replay_crowd_prompts=50, replay_crowd_ratio=0.5)
    return analyse(path, params_for(xmcrd, None)), xmcrd, pool


def test_the_scan_collects_the_candidates_sets_and_counts_everyone_elses_senders_per_prompt(draws_scan):
    from distillguard.monitor.content import public_positions

    analysis, _, pool = draws_scan
    assert set(analysis.public_sets) == {f"late-{i:02d}" for i in range(ARRIVED)} | {f"shard-{i:02d}" for i in range(SHARDS)}
    assert len(analysis.public_sets["late-00"]) == 60  # its one prompt pasted three times counts once
    assert all(len(analysis.public_sets[a]) == SHARD_SIZE for a in analysis.public_sets if a.startswith("shard-"))
    reference = analysis.public_reference
    assert reference.sum() == EARLY * 40  # senders per prompt of the first day's users (a repeat counts once), no candidate
    assert set(np.flatnonzero(reference).tolist()) <= set(public_positions(pool).tolist())


def test_xmcrd_flags_the_dealt_keys_through_the_crowd_and_no_user(draws_scan):
    from test_monitor_generalize import _assessed

    analysis, xmcrd, _ = draws_scan
    doc = _assessed(analysis, xmcrd)
    through = {a["account_id"]: a["reasons"][0] for a in doc["accounts"] if a["reason_codes"][:1] == ["crowd"]}
    assert len(through) >= SHARDS - 2 and all(a.startswith("shard-") for a in through), sorted(through)
    assert all(text.startswith("one of a disjoint-replay crowd") for text in through.values())
    # without the reference (an analysis cached before it was collected) the model refuses, it does not guess
    with pytest.raises(ValueError, match="reference"):
        _assessed(replace(analysis, public_reference=None), xmcrd)


def test_calibration_files_refuse_a_bad_replay_crowd_ratio(tmp_path):
    import json

    from distillguard.errors import DistillguardError
    from distillguard.monitor.scoring import Calibration

    cal = Calibration.load(Path(__file__).resolve().parents[1] / "bench" / "results" / "monitor_calibration_xmcw.json")
    crowds = replace(cal, replay_crowd_z=4.0, replay_crowd_prompts=50)
    bad = [replace(cal, replay_crowd_ratio=0.5),  # no crowd read
           replace(crowds, replay_crowd_ratio=0.0), replace(crowds, replay_crowd_ratio=1.5),
           replace(crowds, replay_crowd_ratio=float("nan")), replace(crowds, replay_crowd_ratio=True)]
    for each in bad:
        each.save(tmp_path / "bad.json")
        with pytest.raises(DistillguardError, match="replay_crowd_ratio"):
            Calibration.load(tmp_path / "bad.json")
    replace(crowds, replay_crowd_ratio=0.5).save(tmp_path / "good.json")
    assert Calibration.load(tmp_path / "good.json").replay_crowd_ratio == 0.5
    crowds.save(tmp_path / "xmcr_like.json")
    assert "replay_crowd_ratio" not in json.loads((tmp_path / "xmcr_like.json").read_text())


def test_side_model_xmcrd_is_xmcw_with_replay_crowds_and_a_ratio_derived_by_its_command(tmp_path):
    """Side model XMCRD (bench/results/monitor_calibration_xmcrd.json, frozen before blind batches 345-352
    were read or run) is what bench/monitor_derive.py makes of XMCW with `--replay-crowd 4 30
    --replay-crowd-ratio 0.75`: XMCW's every field but those three; a ratio without crowds read, a
    second ratio, or a ratio out of (0, 1] is one line of error."""
    from distillguard.monitor.scan import params_for
    from distillguard.monitor.scoring import Calibration
    from test_monitor_trees import _but_source, _derive, _derive_fails

    derived, frozen, base = _derive(tmp_path, "xmcw", "xmcrd", "--replay-crowd", "4", "30", "--replay-crowd-ratio", "0.75")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in set(base) | set(frozen) if base.get(k) != frozen.get(k)} == {
        "replay_crowd_z", "replay_crowd_prompts", "replay_crowd_ratio", "source"}
    assert (frozen["replay_crowd_z"], frozen["replay_crowd_prompts"], frozen["replay_crowd_ratio"]) == (4.0, 30, 0.75)
    for args, text in ((("xmcw", "--replay-crowd-ratio", "0.75"), "with disjoint-replay crowds read"),
                       (("xmcrd", "--replay-crowd-ratio", "0.5"), "no ratio yet"),
                       (("xmcr", "--replay-crowd-ratio", "1.5"), "must be in (0, 1]")):
        failed = _derive_fails(tmp_path, *args)
        assert failed.returncode == 2 and text in failed.stderr, failed.stderr
    results = Path(__file__).resolve().parents[1] / "bench" / "results"
    assert params_for(Calibration.load(results / "monitor_calibration_xmcrd.json"), None).features.replay_crowds
