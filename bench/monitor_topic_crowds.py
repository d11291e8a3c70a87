"""Design data for side model XMC: topic crowds, many accounts asking about one narrow topic.

Person-like crowds — dozens of accounts, each its own organisation, card and home address, each
asking its own slice of one curriculum in a person's rhythm — are the largest mass every model
missed on the blind batches. Side model XMC (XM with `Calibration.crowd_median`, `monitor/crowds.py`)
flags an account with at least `CROWD_NEIGHBOURS` topic neighbours (prompt-embedding centroids,
centred on the population's median, within cosine `CROWD_COSINE`) whose median own score reaches
`crowd_median`, when its own evidence is within XM's inherit margin of the threshold. Side model XMCA
(`Calibration.crowd_arrived`) asks also that the crowd arrived during the scan: that share of its
neighbours first seen more than a day after the scan's first event (a standing population — a
course cohort, a team's coding agents — is there from the first day). Side model XMCQ
(`Calibration.crowd_arrived_quantile`) counts that day from the time by which a share of all the
scan's accounts had been seen instead (an office whose week starts after the window opened arrives
with everyone else). This scores XM, XMC (one model per median asked for), XMCA (one per `--arrived`
share, on the first median) and XMCQ (one per `--quantiles` share, on the first median and the first
arrived share; `--cosine` and `--neighbours` try other values of the two constants) on spent batches (`monitor_design_data.report`: design data, never a result; the three
numbers were chosen by looking at these batches) and writes `bench/results/monitor_topic_crowds.md`
(`…_arrived.md` with `--arrived`, `…_arrived_quantile.md` with `--quantiles` too;
`…_COSINE_NEIGHBOURS.md` with other constants).

Analyses cached before XMC hold no centroids: each batch's are recomputed from its cached event
file by the scan's own steps (`content.embedding_groups` over the embedding cache, `crowds.mean_vectors`),
and every account's count of embedded prompts must come out as cached, or it is a one-line error.

    python bench/monitor_topic_crowds.py 121-160 --medians 0.5
    python bench/monitor_topic_crowds.py 121-172 --medians 0.5 --arrived 0.5 0.65 0.8
    python bench/monitor_topic_crowds.py 121-184 --medians 0.5 --arrived 0.65 --quantiles 0.25 0.5
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from distillguard.monitor import crowds as C  # noqa: E402
from distillguard.monitor import features as F  # noqa: E402
from distillguard.monitor.content import embedding_groups  # noqa: E402
from distillguard.monitor.load import load_events  # noqa: E402
from distillguard.monitor.scan import Analysis, ScanParams, connect  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor import EMBED_BUDGET  # noqa: E402
from monitor_derive import derive  # noqa: E402
from monitor_design_data import RESULTS, report  # noqa: E402

BASE = RESULTS / "monitor_calibration_xm.json"


def add_centroids(name: str, analysis: Analysis) -> None:
    """Fill in the centroids of a cached analysis from the batch's event file (see the docstring)."""
    if getattr(analysis, "centroids", None):
        return
    params = ScanParams(skip_invalid=True)  # the cached analysis counted its skipped rows already
    params.embed.budget = EMBED_BUDGET
    con = connect(params)
    try:
        load_events(con, ROOT / "bench" / "work" / f"{name}-0.parquet", skip_invalid=True,
                    max_prompt_chars=params.max_prompt_chars)
        F.volume_features(con)
        F.sample_prompts(con, params.features)
        groups = embedding_groups(con, params.embed)
    finally:
        con.close()
    for account, row in analysis.rows.items():
        if int(row.get("n_embedded") or 0) != len(groups.get(account, ())):
            sys.exit(f"error: {name}: {account}'s embedded prompts differ from the cached analysis")
    analysis.centroids = C.mean_vectors(groups)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    parser.add_argument("--medians", type=float, nargs="+", default=[0.5])
    parser.add_argument("--arrived", type=float, nargs="*", default=[],
                        help="XMCA models: these shares of a crowd first seen after the scan's first day")
    parser.add_argument("--quantiles", type=float, nargs="*", default=[],
                        help="XMCQ models: the day counted from when these shares of all accounts had been seen")
    parser.add_argument("--cosine", type=float, default=C.CROWD_COSINE)
    parser.add_argument("--neighbours", type=int, default=C.CROWD_NEIGHBOURS)
    args = parser.parse_args()
    if args.quantiles and not args.arrived:
        sys.exit("error: --quantiles needs an --arrived share")
    C.CROWD_COSINE, C.CROWD_NEIGHBOURS = args.cosine, args.neighbours
    models = {"XM": Calibration.load(BASE)} | {
        f"XMC median {m:g}": derive(Calibration.load(BASE), "XMC", crowd_median=m) for m in args.medians
    } | {
        f"XMCA median {args.medians[0]:g} arrived {a:g}": derive(
            Calibration.load(BASE), "XMCA", crowd_median=args.medians[0], crowd_arrived=a)
        for a in args.arrived
    } | {
        f"XMCQ median {args.medians[0]:g} arrived {args.arrived[0]:g} quantile {q:g}": derive(
            Calibration.load(BASE), "XMCQ", crowd_median=args.medians[0], crowd_arrived=args.arrived[0],
            crowd_arrived_quantile=q)
        for q in args.quantiles
    }
    tried = (args.cosine, args.neighbours) != (0.6, 20)
    suffix = f"_{args.cosine:g}_{args.neighbours}" if tried else ""
    command = f"python bench/monitor_topic_crowds.py {args.batches} --medians {' '.join(f'{m:g}' for m in args.medians)}"
    if args.arrived:
        suffix += "_arrived"
        command += f" --arrived {' '.join(f'{a:g}' for a in args.arrived)}"
    if args.quantiles:
        suffix += "_quantile"
        command += f" --quantiles {' '.join(f'{q:g}' for q in args.quantiles)}"
    if tried:
        command += f" --cosine {args.cosine:g} --neighbours {args.neighbours}"
    report(args.batches, models,
           f"# Side models XMC, XMCA and XMCQ's design data: topic crowds on spent batches {args.batches} "
           f"(cosine {args.cosine:g}, at least {args.neighbours} neighbours)",
           command, f"monitor_topic_crowds{suffix}.md", prepare=add_centroids)


if __name__ == "__main__":
    main()
