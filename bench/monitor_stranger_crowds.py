"""Design data for side model XMCS: stranger crowds, clusters held together by templates alone.

Person-like crowds — each member its own organisation, card and home address, a person's pace — are
the largest mass every model missed on the blind batches (XMCQ on 185–260: about half of their
accounts). They still form clusters in the graph (`graph.py`), linked by the uncommon question
templates their operators hand out, but the clusters' pooled score stays under the threshold, and
the topic and phrase crowds' median and arrival bars stop most of them. The legitimate groups that
templates gather — a course, an agency, a lab, a user study, an office — share an organisation's
card or network too. Side model XMCS is model XMCD with `Calibration.crowd_strangers`: a cluster of
at least `crowds.STRANGER_MIN_SIZE` accounts whose payment and /24 links are at most
`crowds.STRANGER_HARD_SHARE` of its links and whose members' median own score reaches
`crowd_strangers` flags a member whose own evidence is within the inherit margin.

This scores XMCD (the base) and each variant of the three numbers on spent batches (design data,
never a result: the numbers were chosen by looking at these batches) and writes
`bench/results/monitor_stranger_crowds.md`. Each batch is assessed once by XMCD; a variant flags,
beyond XMCD's flags, the accounts the scan's own functions (`crowds.stranger_crowds`,
`crowds.flagged_through_crowd`) flag with its numbers. The frozen XMCS calibration is also assessed
in full on each batch, and the script stops with an error if its flags differ from its variant's.
Analyses cached before XMCP hold no phrases: each batch's are recomputed from its cached event file
by the scan's own steps (`monitor_phrase_crowds.batch_phrases`), as XMCD reads them.

    python bench/monitor_stranger_crowds.py 185-260
    python bench/monitor_stranger_crowds.py 233-260 --clusters   (the clusters of at least ten accounts, as XMCD
                                                                 scores them: what the rule was designed on)

`--clusters` prints instead, for each cluster of at least `crowds.STRANGER_MIN_SIZE` accounts, its size, its
hard-link share (`crowds.hard_share`) and link counts, its members' median own score (XMCD's), the share of them
that are campaign accounts, the share XMCD flags, and its largest family or kind.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from rich.progress import track  # noqa: E402

import monitor as M  # noqa: E402
from distillguard.monitor import crowds as C  # noqa: E402
from distillguard.monitor.scan import Analysis, assess  # noqa: E402
from distillguard.monitor.scoring import Calibration, logit  # noqa: E402
from monitor_design_data import RESULTS, console, spent_numbers  # noqa: E402
from monitor_phrase_crowds import batch_phrases  # noqa: E402

XMCD = RESULTS / "monitor_calibration_xmcd.json"
XMCS = RESULTS / "monitor_calibration_xmcs.json"
SHARES = (0.05, 0.1)
SIZES = (10, 20)
MEDIANS = (0.4, 0.45, 0.5)


def variant_flags(clusters: list, own: dict[str, float], cal: Calibration, share: float, size: int,
                  median: float) -> set[str]:
    """The accounts a stranger crowd flags with these numbers (by the scan's own functions)."""
    found = C.stranger_crowds(clusters, own, min_size=size, max_hard_share=share)
    threshold = logit(cal.threshold)
    return {a for a, crowd in found.items()
            if C.flagged_through_crowd(crowd, threshold - logit(own[a]), median, cal.inherit_margin)}


def scored_batch(number: int, xmcd: Calibration) -> tuple[Analysis, dict, dict]:
    """A spent batch's cached analysis with its phrases recomputed as XMCD reads them, its truth, and
    XMCD's document of it."""
    name = f"monitor_blind{number}"
    analysis, truth = M.batch_analysis(name, 0, reuse=True)
    analysis.phrases, analysis.long_prompts, _ = batch_phrases(
        name, {a: int(r["n_events"]) for a, r in analysis.rows.items()}, long=True)
    return analysis, truth, assess(analysis, xmcd)


def cluster_table(numbers: list[int]) -> None:
    """The design look: each batch's clusters of at least `STRANGER_MIN_SIZE` accounts under XMCD."""
    xmcd = Calibration.load(XMCD)
    print("| batch | cluster | accounts | hard-link share | links | median own | campaign share | flagged share "
          "| largest family or kind |")
    print("|---|---|---|---|---|---|---|---|---|")
    for number in numbers:
        analysis, truth, doc = scored_batch(number, xmcd)
        rows = {a["account_id"]: a for a in doc["accounts"]}
        for cluster in analysis.clusters:
            members = cluster.accounts
            if len(members) < C.STRANGER_MIN_SIZE:
                continue
            facts = [truth["accounts"].get(a, {}) for a in members]
            median = statistics.median(rows[a]["signals"]["own_score"] for a in members)
            campaign = sum(f.get("label") == "campaign" for f in facts) / len(members)
            flagged = sum(rows[a]["flagged"] for a in members) / len(members)
            family = Counter(f.get("family", "?") for f in facts).most_common(1)[0][0]
            links = ", ".join(f"{k} {v}" for k, v in sorted(cluster.kinds.items()))
            print(f"| {number} | {cluster.cluster_id} | {len(members)} | {C.hard_share(cluster.kinds):.3f} | {links} "
                  f"| {median:.2f} | {campaign:.2f} | {flagged:.2f} | {family} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    parser.add_argument("--clusters", action="store_true", help="the clusters of at least ten accounts under XMCD")
    args = parser.parse_args()
    numbers = spent_numbers(args.batches)
    if args.clusters:
        cluster_table(numbers)
        return
    xmcd, xmcs = Calibration.load(XMCD), Calibration.load(XMCS)
    frozen = (C.STRANGER_HARD_SHARE, C.STRANGER_MIN_SIZE, xmcs.crowd_strangers)
    variants = list(itertools.product(SHARES, SIZES, MEDIANS))
    base, totals, moved = Counter(), Counter(), Counter()
    for number in track(numbers, description="scoring spent batches", console=console):
        name = f"monitor_blind{number}"
        analysis, truth, doc = scored_batch(number, xmcd)
        flagged = {a["account_id"] for a in doc["accounts"] if a["flagged"]}
        own = {a["account_id"]: a["signals"]["own_score"] for a in doc["accounts"]}
        label = {a: f["label"] for a, f in truth["accounts"].items()}
        for a in flagged:
            if a in label:
                base[label[a]] += 1
        for variant in variants:
            for a in variant_flags(analysis.clusters, own, xmcd, *variant) - flagged:
                if a in label:
                    totals[(variant, label[a])] += 1
                    if variant == frozen:
                        moved[(label[a], f"{number} {truth['accounts'][a]['family']}")] += 1
        whole = {a["account_id"] for a in assess(analysis, xmcs)["accounts"] if a["flagged"]}
        expected = flagged | variant_flags(analysis.clusters, own, xmcd, *frozen)
        if whole != expected:
            sys.exit(f"error: {name}: the frozen XMCS's flags differ from its variant's ({len(whole ^ expected)} accounts)")
    command = f"python bench/monitor_stranger_crowds.py {args.batches}"
    lines = [
        f"# Side model XMCS's design data: stranger crowds on spent batches {args.batches}",
        "",
        f"`{command}` (design data: every batch here was run blind before; not a result). "
        f"XMCD flags {base['campaign']:,} campaign and {base['benign']:,} benign accounts; each variant's "
        "columns are the accounts it flags beyond those. The frozen XMCS is the variant "
        f"{frozen[0]:g} / {frozen[1]} / {frozen[2]:g}, checked against a full assessment of each batch.",
        "",
        "| hard-link share at most | cluster size at least | median own score at least "
        "| campaign accounts added | benign accounts added |",
        "|---|---|---|---|---|",
    ]
    for variant in variants:
        lines.append(f"| {variant[0]:g} | {variant[1]} | {variant[2]:g} | {totals[(variant, 'campaign')]:,} "
                     f"| {totals[(variant, 'benign')]:,} |")
    lines += ["", "The frozen variant's additions, per batch and family or kind:", "",
              "| label | batch and family or kind | accounts |", "|---|---|---|"]
    for (lab, where), n in sorted(moved.items()):
        lines.append(f"| {lab} | {where} | {n} |")
    (RESULTS / "monitor_stranger_crowds.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    console.print("\n".join(lines))


if __name__ == "__main__":
    main()
