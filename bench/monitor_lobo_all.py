"""Would refitting on every spent batch help? Leave one spent batch out, over all of them.

Model I was fitted on the simulator (seeds 1–4) and spent batches 1–7; batches 8–18 have been
spent since. Before shipping a refit on all of them, this asks whether more independent authors
in the fit data actually move the held-out figures: for each spent batch b, fit I's recipe (K's
consumer-only rotation included) on the simulator and every *other* spent batch, and score b;
beside it the frozen K. The signals were designed after reading batches 1–18, so only the weights
and threshold are held out here — a design check on spent data, not a result (the next unspent
batch is the result).

    python bench/monitor_lobo_all.py   → bench/results/monitor_lobo_all.md
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from rich.progress import Progress  # noqa: E402

from distillguard.monitor import calibrate as C  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_fit_l import SPENT as SPENT_19  # noqa: E402
from monitor_fit_l import TARGET, counts, family_diff, load_all  # noqa: E402

SPENT = SPENT_19[:18]  # batches 1–18: what was spent when this check was made


def main() -> None:
    analyses = load_all(SPENT)
    sim = [v for name, v in analyses.items() if name.startswith("sim")]
    spent = {b: analyses[b] for b in SPENT}
    k = Calibration.load(ROOT / "bench" / "results" / "monitor_calibration_k.json")
    lines = ["# Leave one spent batch out, over batches 1–18 (`python bench/monitor_lobo_all.py`)", "",
             "Design check on spent data, not a result: each row's fit is I's recipe (every family and kind "
             "weighed equally, consumer-only rotation as in K) on the simulator (seeds 1–4) and the other 17 "
             "spent batches; the batch itself is held out of the weights and threshold only (the signals were "
             "designed after reading it). K is the frozen shipped model (fitted on batches 1–7, so its rows "
             "1–7 are its fit data).", "",
             "| batch | held-out refit: campaign | benign | K: campaign | benign | families the refit catches "
             "more (+) / fewer (−) of than K |", "|---|---|---|---|---|---|"]
    tot = {"r": [0, 0, 0, 0], "k": [0, 0, 0, 0]}
    tot8 = {"r": [0, 0, 0, 0], "k": [0, 0, 0, 0]}
    with Progress() as progress:
        task = progress.add_task("leave one batch out", total=len(SPENT))
        for held in SPENT:
            others = [v for b, v in spent.items() if b != held]
            cal = C.calibrate(sim + others, TARGET, f"without {held}", rotation_consumer_only=True)
            analysis, truth = spent[held]
            r, rk = counts(cal, analysis, truth), counts(k, analysis, truth)
            lines.append(f"| {held} | {r[0]}/{r[1]} | {r[2]}/{r[3]} | {rk[0]}/{rk[1]} | {rk[2]}/{rk[3]} | "
                         f"{family_diff(r[4], rk[4])} |")
            late = held not in SPENT[:7]
            for name, v in (("r", r), ("k", rk)):
                for i in range(4):
                    tot[name][i] += v[i]
                    if late:
                        tot8[name][i] += v[i]
            progress.advance(task)
    for label, t in (("all 18", tot), ("8–18 (not K's fit data)", tot8)):
        r, kk = t["r"], t["k"]
        lines.append(f"| **{label}** | **{r[0]}/{r[1]} ({r[0] / r[1]:.1%})** | **{r[2]}/{r[3]}** | "
                     f"**{kk[0]}/{kk[1]} ({kk[0] / kk[1]:.1%})** | **{kk[2]}/{kk[3]}** | |")
    text = "\n".join(lines) + "\n"
    (ROOT / "bench" / "results" / "monitor_lobo_all.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
