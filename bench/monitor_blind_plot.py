"""Every frozen model's blind runs on one chart: recall and benign accounts flagged per batch.

Reads the blind results `bench/monitor.py --blind-only … --results-name monitor_blindNN_<model>`
wrote (`bench/results/monitor_blindNN_<model>.json`: each one run once, on a batch nobody had read
when the model was frozen) and draws, per model, recall (top) and the pooled benign flag rate
(bottom, log scale) against the batch, with the issue's bars (95% per family is drawn as 95%
pooled recall — a batch can miss it per family while meeting it pooled; 0.1% benign). A table
says the same in `monitor_history.md`; the chart shows at a glance that no model holds both bars
across batches.

    python bench/monitor_blind_plot.py     → bench/results/monitor_blind_history.png
    python bench/monitor_blind_plot.py --pooled x:54-80 x:74-80 w:50-80   (counts pooled over batches)
    python bench/monitor_blind_plot.py --families x:74-80 x:13-80          (families caught whole; uncaught)

`--pooled` prints, per model and batch range, campaign accounts caught and benign accounts flagged,
summed over that model's blind runs in the range — the "over 54–80" totals the write-ups cite — and
names any batch in the range the model has no run for.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"
MODELS = ("i", "j", "k", "l", "m", "m21", "n", "l26", "o", "p", "l31", "q", "r", "s", "t", "u", "v", "w", "x", "z", "xs", "xsl", "xp", "xh", "xc", "xm", "xmb", "xmk", "xmkb", "xmn", "xmc", "xmca", "xmcq", "xmcp", "xmcd", "xmcs", "xmco", "xmct", "xmcv", "xmcto", "xmcw", "xmcr", "xmcrd")  # in the order they were frozen
NAME = re.compile(r"monitor_blind(\d+)_([a-z0-9]+)\.json")


# Model I's first blind run (batch 12) predates the results files; its counts are the ones its row in
# monitor_history.md reports (pooled totals count it; the chart, drawn from the files, does not).
RUNS_WITHOUT_FILE: dict[tuple[str, int], tuple[int, int, int, int]] = {("i", 12): (103, 144, 2, 2067)}


def blind_results(results: Path = RESULTS):
    """(model, batch, the file's "blind" section) for every blind results file of a listed model."""
    for path in sorted(results.glob("monitor_blind*_*.json")):
        match = NAME.fullmatch(path.name)
        if match and match.group(2) in MODELS:
            yield match.group(2), int(match.group(1)), json.loads(path.read_text(encoding="utf-8"))["blind"]


def blind_counts(results: Path = RESULTS) -> dict[str, dict[int, tuple[int, int, int, int]]]:
    """model → batch → (campaign accounts caught, campaign accounts, benign flagged, benign accounts)
    from the blind results files."""
    counts: dict[str, dict[int, tuple[int, int, int, int]]] = {m: {} for m in MODELS}
    for model, batch, blind in blind_results(results):
        caught = sum(k for k, _ in blind["recall"].values())
        total = sum(n for _, n in blind["recall"].values())
        flagged, benign = blind["benign_fp"]
        counts[model][batch] = (caught, total, flagged, benign)
    return counts


def family_recall(results: Path = RESULTS) -> dict[str, dict[int, dict[str, tuple[int, int]]]]:
    """model → batch → campaign family → (accounts caught, accounts) from the blind results files."""
    out: dict[str, dict[int, dict[str, tuple[int, int]]]] = {m: {} for m in MODELS}
    for model, batch, blind in blind_results(results):
        out[model][batch] = {f: (int(k), int(n)) for f, (k, n) in blind["recall"].items()}
    return out


def families_line(recall: dict[str, dict[int, dict[str, tuple[int, int]]]], model: str, first: int, last: int) -> str:
    """One line: how many of the campaign families in batches first..last the model caught whole, and
    the batches with a family that no model caught a single account of."""
    own = [v for b in range(first, last + 1) for v in recall[model].get(b, {}).values()]
    best: dict[int, dict[str, int]] = {}  # batch → family → the most accounts any model caught
    for runs in recall.values():
        for b, by_family in runs.items():
            if first <= b <= last:
                most = best.setdefault(b, {})
                for f, (k, _) in by_family.items():
                    most[f] = max(most.get(f, 0), k)
    batches = sorted(best)
    uncaught = [b for b in batches if 0 in best[b].values()]
    return (f"{model.upper()} over {first}–{last}: {sum(k == n for k, n in own)} of {len(own)} families caught whole; "
            f"a family no model catches on {len(uncaught)} of {len(batches)} batches"
            + (f" ({', '.join(map(str, uncaught))})" if uncaught else ""))


def blind_runs(results: Path = RESULTS) -> dict[str, dict[int, tuple[float, float]]]:
    """model → batch → (recall, benign flag rate) from the blind results files."""
    return {m: {b: (c / t, f / n) for b, (c, t, f, n) in runs.items()} for m, runs in blind_counts(results).items()}


def pooled(counts: dict[str, dict[int, tuple[int, int, int, int]]], model: str, first: int, last: int) -> str:
    """One line: a model's blind runs in batches first..last summed, and the batches it has no run for."""
    runs = [counts[model][b] for b in range(first, last + 1) if b in counts[model]]
    missing = [b for b in range(first, last + 1) if b not in counts[model]]
    c, t, f, n = (sum(r[i] for r in runs) for i in range(4))
    if not t or not n:
        return f"{model.upper()} over {first}–{last}: no blind run"
    return (f"{model.upper()} over {first}–{last}: {c:,}/{t:,} ({100 * c / t:.1f}%) at {f:,}/{n:,} ({100 * f / n:.2f}%)"
            + (f"; no run on {', '.join(map(str, missing))}" if missing else ""))


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pooled", nargs="+", metavar="MODEL:FIRST-LAST", default=None,
                        help="print pooled counts for these ranges (e.g. x:54-80) instead of drawing the chart")
    parser.add_argument("--families", nargs="+", metavar="MODEL:FIRST-LAST", default=None,
                        help="print families caught whole and batches with a family no model catches")
    args = parser.parse_args()

    def ranges(specs: list[str]) -> list[tuple[str, int, int]]:
        out = []
        for spec in specs:
            match = re.fullmatch(r"([a-z0-9]+):(\d+)-(\d+)", spec.lower())
            if not match or match.group(1) not in MODELS:
                parser.error(f"{spec}: expected MODEL:FIRST-LAST with MODEL one of {', '.join(MODELS)}")
            out.append((match.group(1), int(match.group(2)), int(match.group(3))))
        return out

    if args.families:
        recall = family_recall()
        for model, first, last in ranges(args.families):
            print(families_line(recall, model, first, last))
        return
    if args.pooled:
        counts = blind_counts()
        for (model, batch), run in RUNS_WITHOUT_FILE.items():
            counts[model].setdefault(batch, run)
        for model, first, last in ranges(args.pooled):
            print(pooled(counts, model, first, last))
        return
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    runs = blind_runs()
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 7), sharex=True)
    colours = plt.get_cmap("tab20").colors  # one colour per model: more models than the default cycle
    for index, model in enumerate(MODELS):
        batches = sorted(runs[model])
        if not batches:
            continue
        shipped = model in ("i", "k", "m", "n", "o", "p", "q", "s", "t", "u", "w", "x", "xm", "xmcq", "xmcd", "xmct", "xmcto", "xmcw")
        style = {"lw": 2.0 if shipped else 1.0, "ls": "-" if shipped else ":", "marker": "o", "ms": 3,
                 "color": colours[(2 * index) % 20 + (index // 10) % 2]}
        if model in ("v", "w", "x", "z", "xs", "xsl", "xp", "xh", "xc", "xm", "xmb", "xmk", "xmkb", "xmn", "xmc", "xmca", "xmcq", "xmcp", "xmcd", "xmcs", "xmco", "xmct", "xmcv", "xmcto", "xmcw", "xmcr", "xmcrd"):  # the latest models: few points, drawn to be seen
            marker, color = {"v": ("s", "tab:red"), "w": ("D", "k"), "x": ("*", "tab:green"),
                             "z": ("P", "tab:purple"), "xs": ("X", "tab:olive"),
                             "xsl": ("^", "tab:cyan"), "xp": ("v", "tab:brown"), "xh": ("<", "tab:pink"),
                             "xc": (">", "tab:orange"), "xm": ("h", "tab:blue"),
                             "xmb": ("8", "tab:gray"), "xmk": ("d", "m"),
                             "xmkb": ("p", "y"), "xmn": ("H", "tab:red"),
                             "xmc": ("*", "tab:purple"), "xmca": ("X", "lime"), "xmcq": ("P", "teal"),
                             "xmcp": ("D", "darkorange"), "xmcd": ("o", "crimson"),
                             "xmcs": ("s", "navy"), "xmco": ("^", "darkgreen"), "xmct": ("d", "goldenrod"), "xmcv": ("P", "crimson"), "xmcto": ("X", "black"), "xmcw": ("*", "teal"),
                             "xmcr": ("v", "darkviolet"), "xmcrd": ("^", "darkviolet")}[model]
            style.update(marker=marker, ms=8 if model == "x" else 6, lw=1.5, ls="--", color=color)
        top.plot(batches, [runs[model][b][0] for b in batches], label=model.upper(), **style)
        bottom.plot(batches, [max(runs[model][b][1], 1e-4) for b in batches], label=model.upper(), **style)
    top.axhline(0.95, c="k", lw=0.8, ls="--")
    top.set_ylabel("recall (campaign accounts)")
    top.set_ylim(0.2, 1.01)
    top.legend(ncol=5, fontsize=8, title="model (solid: shipped at some point)", title_fontsize=8)
    bottom.axhline(0.001, c="k", lw=0.8, ls="--")
    bottom.set_yscale("log")
    bottom.set_ylabel("benign accounts flagged (0 drawn at 0.01%)")
    bottom.set_xlabel("blind batch (each run once per model)")
    bottom.xaxis.set_major_locator(MaxNLocator(integer=True))
    fig.suptitle("Campaign monitor: every frozen model on the batches written without it")
    fig.tight_layout()
    out = RESULTS / "monitor_blind_history.png"
    fig.savefig(out, dpi=110)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
