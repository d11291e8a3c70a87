"""Per-family medians of the monitor's signals on a batch that is already spent (diagnosis only).

Scores a cached analysis (`bench/work/<name>-<seed>.analysis.pkl`, written by `bench/monitor.py`)
with the shipped calibration and prints, per campaign family and benign kind, the account count,
how many were flagged (of them, how many the joined trees decided — `scored_by` — and how many
through a cluster), the median of each signal's evidence, the median raw template-sharing
organisations and mean answer tokens, and the median and highest risk against the threshold (so
"just under the threshold" is read, not guessed). `--calibration` scores with another model's file
(e.g. `bench/results/monitor_calibration_r.json`). `--missed` then lists each campaign account not
flagged and each benign account flagged: its risk, requests and first reason, and the members of every
cluster those reasons name (by family, with the campaign share bench/monitor.py reports as purity). Use it only on batches whose blind run is
already reported (`UNSPENT` names the ones that are not); a
figure from it is a diagnosis of data already seen, never a result.

    python bench/monitor_diagnose.py [--batch monitor_blind2] [--seed 0] [--calibration FILE] [--missed]
"""

from __future__ import annotations

import argparse
import importlib
import pickle
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNSPENT: frozenset[str] = frozenset()  # add a new batch here until its one blind run is reported
SIGNALS = ("cot", "shape", "judge", "mmd", "narrow", "replay", "resample", "followup", "template", "diversity", "traversal", "volume",
           "no_sleep", "sustained", "hosting", "payment", "cohort", "rotation", "throwaway", "events")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batch", default="monitor_blind2", help="a spent blind batch module under bench/")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--calibration", type=Path, default=None, help="a calibration file (default: the shipped one)")
    parser.add_argument("--missed", action="store_true", help="list campaign accounts missed and benign accounts flagged")
    args = parser.parse_args()
    if args.batch in UNSPENT:
        sys.exit(f"error: {args.batch} is unspent: run it once through bench/monitor.py on a frozen model")
    from distillguard.monitor.scan import assess
    from distillguard.monitor.scoring import Calibration, counted_repeats

    cached = ROOT / "bench" / "work" / f"{args.batch}-{args.seed}.analysis.pkl"
    if not cached.exists():
        sys.exit(f"error: {cached} not found: run bench/monitor.py first (it caches the analysis)")
    analysis = pickle.loads(cached.read_bytes())  # our own cache file, written by bench/monitor.py
    if args.calibration and not args.calibration.is_file():
        sys.exit(f"error: {args.calibration} not found")
    calibration = Calibration.load(args.calibration) if args.calibration else Calibration.load()
    doc = assess(analysis, calibration)
    reference = doc["summary"]["reference"]  # and as the calibration counts them, where it differs (side model XC)
    sys.path.insert(0, str(ROOT))
    _, truth = importlib.import_module(f"bench.{args.batch}").make_blind_batch(args.seed)
    by_family: dict[str, list[dict]] = defaultdict(list)
    for account in doc["accounts"]:
        fact = truth["accounts"].get(account["account_id"])
        if fact:
            by_family[f"{fact['label'][:4]}:{fact['family']}"].append(account)
    # raw values beside the evidences: organisations sharing the account's template, answer length
    raw = {a: (float(r.get("template_orgs") or 0), float(r.get("mean_completion_tokens") or 0))
           for a, r in analysis.rows.items()}
    print(f"threshold {calibration.threshold:.3f} ({args.calibration or 'shipped calibration'})")
    print("family".ljust(34), "n".rjust(5), "flag".rjust(5), "trees".rjust(5), "clust".rjust(5),
          *(s[:7].rjust(7) for s in SIGNALS), "orgs".rjust(7), "answer".rjust(7), "risk".rjust(7), "max".rjust(7))
    for family, accounts in sorted(by_family.items()):
        medians = [statistics.median(a["signals"].get(s) or 0 for a in accounts) for s in SIGNALS]
        medians += [statistics.median(raw[a["account_id"]][k] for a in accounts) for k in (0, 1)]
        risks = [a["risk"] for a in accounts]
        print(family[:34].ljust(34), str(len(accounts)).rjust(5),
              str(sum(a["flagged"] for a in accounts)).rjust(5),
              # of the flagged: own score decided by the trees (else the weights); flagged through a cluster
              str(sum(a["flagged"] and a["scored_by"] == "trees" for a in accounts)).rjust(5),
              str(sum(a["flagged"] and a["reason_codes"][:1] == ["cluster"] for a in accounts)).rjust(5),
              *(f"{m:7.2f}" if m < 100 else f"{m:7.0f}" for m in medians),
              f"{statistics.median(risks):7.3f}", f"{max(risks):7.3f}")
    if args.missed:
        print("\nmissed campaign accounts and flagged benign accounts: family, risk, requests, own score, back-to-back repeats "
              "(all/fresh) per request (and as the calibration reads them, where that differs), quick follow-ups/read "
              "pairs, first reason; for a cluster reason, the account's linked members in it per link kind and its own "
              "operator's accounts there")
        named: set[str] = set()
        clusters = {c["cluster_id"]: c for c in doc["clusters"]}
        for family, accounts in sorted(by_family.items()):
            for a in sorted(accounts, key=lambda a: -a["risk"]):
                if a["flagged"] == family.startswith("beni:"):
                    row = analysis.rows[a["account_id"]]
                    events = int(row.get("n_events") or 0)
                    # own score before any cluster; back-to-back repeats (all, fresh) per request; quick follow-ups per read pair
                    names = ("n_resample", "n_resample_fresh")
                    per = [float(row.get(k) or 0) / max(events, 1) for k in names]
                    read = [counted_repeats(row, k, reference) / max(events, 1) for k in names]
                    rep = f"{per[0]:.0%}/{per[1]:.0%}" + (f" (read {read[0]:.0%}/{read[1]:.0%})" if read != per else "")
                    quick = f"{int(row.get('n_quick_followups') or 0)}/{int(row.get('n_read_pairs') or 0)}"
                    print(family[:34].ljust(34), f"{a['risk']:7.3f}", str(events).rjust(7),
                          f"own {a['signals'].get('own_score', 0.0):.2f} rep {rep} quick {quick}",
                          " ", (a["reasons"] or ["—"])[0])
                    for cid in re.findall(r"cluster (C\d+)", (a["reasons"] or [""])[0]):
                        named.add(cid)
                        # whom it is linked to in that cluster: linked members per link kind, and the accounts of
                        # its own operator (hard-link component) there — a hard link inside its own operator ties
                        # it to its teammates, not to the rest of the cluster
                        kinds = analysis.links.get(a["account_id"], {}).get(cid, {})
                        operator = analysis.operators.get(a["account_id"])
                        members = clusters[cid]["accounts"] if cid in clusters and operator is not None else ()
                        team = Counter(f"{fact['label'][:4]}:{fact['family']}" for x in members
                                       if analysis.operators.get(x) == operator and (fact := truth["accounts"].get(x)))
                        print(" " * 36, f"links in {cid}:", ", ".join(f"{k} {n}" for k, n in kinds.items()) or "—",
                              "; its operator's accounts there:", ", ".join(f"{k} {n}" for k, n in team.items()) or "—")
        print("\nclusters those reasons name: size, campaign share (purity, as bench/monitor.py's evaluate), members")
        for cid in sorted(named & clusters.keys()):
            members = Counter(f"{fact['label'][:4]}:{fact['family']}" for x in clusters[cid]["accounts"]
                              if (fact := truth["accounts"].get(x)))
            size = len(clusters[cid]["accounts"])
            share = sum(n for k, n in members.items() if k.startswith("camp:")) / size
            print(cid.ljust(8), str(size).rjust(5), f"{share:5.2f}  ", ", ".join(f"{k} {n}" for k, n in members.most_common()))


if __name__ == "__main__":
    main()
