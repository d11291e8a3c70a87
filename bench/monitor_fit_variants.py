"""Fits tried while designing model K and not shipped — a diagnosis on spent data, not results.

Session 9 left "a fit that knows the cap" as the next step for side model J: fit the weights with
each content signal already capped below the threshold (`scoring.contributions`), so the fit
would have to lean on second lines of evidence (MMD, cohorts, no sleep, content × automation).
A second idea: MMD is ≈ 1 for every templated pipeline, benign or not, so the content group
maximum in the interactions is ≈ 1 for every pipeline and content × automation says nothing;
take the maximum over the other content signals instead. Both are fitted here with model I's
method on the simulator test splits (seeds 3, 4) and spent batches 1–7, and scored on spent
batches 8–18 beside the frozen models I, J and K. Every row was seen before it was run here;
none is a blind figure (those are in monitor_history.md).

A third check reads the missed grading families' prompts with the task-shape classifier whole and
as their first / last N characters (max of the three), to see whether long payloads dilute the
grading instruction (they do not, much).

    python bench/monitor_fit_variants.py   → bench/results/monitor_fit_variants.md
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import monitor as M  # noqa: E402
from distillguard.monitor import calibrate as C  # noqa: E402
from distillguard.monitor import scoring as S  # noqa: E402
from distillguard.monitor.scan import assess  # noqa: E402
from distillguard.monitor.scoring import FEATURES, GROUPS, NO_MAIN_EFFECT, Calibration, logit  # noqa: E402
from distillguard.sim.simulate import simulate  # noqa: E402

FIT_BATCHES = ["monitor_blind"] + [f"monitor_blind{i}" for i in range(2, 8)]
EVAL_BATCHES = [f"monitor_blind{i}" for i in range(8, 19)]
CONTENT = np.array([f in GROUPS["content"] for f in FEATURES])
TARGET = 0.001


def fit_capped(x, y, groups, headroom: float, margin: float, sharpness: float = 8.0):
    """`scoring.fit_weights` with every content contribution passed through a smooth
    min(w·x, headroom − margin − bias): the cap the scoring applies, inside the likelihood."""
    from scipy.optimize import minimize

    sample_w = S.balanced_sample_weights(y, groups)
    keep = np.array([f not in NO_MAIN_EFFECT for f in FEATURES], dtype=np.float64)
    xk = x * keep

    def loss(theta):
        w, b = theta[:-1], theta[-1]
        a = xk * w
        d = sharpness * (headroom - margin - b - a[:, CONTENT])
        capped = headroom - margin - b - np.logaddexp(0, d) / sharpness
        slope = 1 / (1 + np.exp(-np.clip(d, -50, 50)))  # d capped / d a
        z = b + a[:, ~CONTENT].sum(1) + capped.sum(1)
        p = 1 / (1 + np.exp(-np.clip(z, -50, 50)))
        nll = -np.sum(sample_w * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
        gz = sample_w * (p - y)
        gw = np.zeros_like(w)
        gw[~CONTENT] = xk[:, ~CONTENT].T @ gz
        gw[CONTENT] = (xk[:, CONTENT] * slope).T @ gz
        gb = (gz * (1 - (1 - slope).sum(1))).sum()
        return nll + 0.5 * np.sum(w**2) / len(y), np.concatenate([gw + w / len(y), [gb]])

    theta0 = np.concatenate([np.full(len(FEATURES), 0.5) * keep, [-3.0]])
    bounds = [(0.0, 0.0) if f in NO_MAIN_EFFECT else (0.0, 50.0) for f in FEATURES] + [(-50.0, 50.0)]
    r = minimize(loss, theta0, jac=True, method="L-BFGS-B", bounds=bounds)
    return {f: round(float(v), 5) for f, v in zip(FEATURES, r.x[:-1], strict=True)}, round(float(r.x[-1]), 5)


def benign_evidences(fit, free: float) -> list[dict[str, float]]:
    """Evidences of the fit's benign accounts (they do not depend on the weights: computed once)."""
    out = []
    for analysis, truth in fit:
        ref = {**S.population_reference(list(analysis.rows.values())), "template_orgs_free": free}
        out += [S.evidences(row, ref) for account, row in analysis.rows.items()
                if truth["accounts"].get(account, {}).get("label") == "benign"]
    return out


def cap_aware(fit, margin: float, rounds: int = 3) -> Calibration:
    """Alternate: weights fitted under the cap of the current threshold, then the threshold on
    the capped benign scores (a fixed point, a few steps), `rounds` times."""
    cal = C.calibrate(fit, TARGET, "base")
    free = cal.template_orgs_free
    x, y, groups = C.labelled_features(fit, (), (), free)
    benign = benign_evidences(fit, free)
    for _ in range(rounds):
        w, b = fit_capped(x, y, groups, logit(cal.threshold), margin)
        new = Calibration(weights=w, bias=b, target_fpr=TARGET, template_orgs_free=free,
                          solo_margin=margin, threshold=cal.threshold)
        for _ in range(6):
            t = S.calibrate_threshold([S.score(ev, new) for ev in benign], TARGET)  # own risks, cap included
            if abs(t - new.threshold) < 1e-5:
                break
            new.threshold = t
        cal = new
    return cal


def interactions_without(excluded: tuple[str, ...]):
    """`scoring.feature_vector` whose interactions take the content maximum without `excluded`."""
    def vector(ev, ignored=()):
        if ignored:
            ev = {k: 0.0 if k in ignored else v for k, v in ev.items()}
        g = {name: max(ev[s] for s in signals) for name, signals in GROUPS.items()}
        content = max(ev[s] for s in GROUPS["content"] if s not in excluded)
        inter = [content * g["automation"], content * g["coordination"], g["automation"] * g["coordination"],
                 g["sharing"] * max(ev[s] for s in S.BEHAVIOUR)]
        return np.array([ev[s] for s in S.SIGNALS] + inter, dtype=np.float64)
    return vector


GRADING = [("monitor_blind12", "reward_rubric_scoring"), ("monitor_blind14", "reward_grader_farm"),
           ("monitor_blind16", "kestrel"), ("monitor_blind17", "pairwise_grader_farm"),
           ("monitor_blind13", "pairwise_judge_harvest"), ("monitor_blind15", "alder")]


def grading_windows() -> list[str]:
    """Share of each grading family's distinct prompts (up to 400) counted as grading, whole and
    with the head / head + tail windows (a window's shape probabilities max'ed with the whole's)."""
    import importlib

    from distillguard.monitor.content import SHAPE_THRESHOLD
    from distillguard.monitor.task_shape import SHAPES, classify_shapes

    harvest = [i for i, s in enumerate(SHAPES) if s != "benign"]
    grading = SHAPES.index("rubric_grading")

    def share(texts: list[str], window: int | None, tail: bool) -> float:
        p = classify_shapes(texts)
        if window:
            for part in ([t[:window] for t in texts], [t[-window:] for t in texts] if tail else None):
                if part is not None:
                    longer = np.array([len(t) > window for t in texts])[:, None]
                    p = np.where(longer, np.maximum(p, classify_shapes(part)), p)
        top = np.asarray(harvest)[p[:, harvest].argmax(1)]
        return float(((p[:, harvest].max(1) >= SHAPE_THRESHOLD) & (top == grading)).mean())

    lines = ["", "Grading families' prompts counted as grading (`content.shape_flags`), whole and with windows:", "",
             "| batch | family | prompts | whole | + first 160 | + first 240 | + first/last 160 | + first/last 240 |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    tables = {}
    for batch, family in GRADING:
        if batch not in tables:
            tables[batch] = importlib.import_module(batch).make_blind_batch(0)
        table, truth = tables[batch]
        accounts = {a for a, f in truth["accounts"].items() if f["family"] == family and f["label"] == "campaign"}
        texts = sorted({p for a, p in zip(table.column("account_id").to_pylist(), table.column("prompt").to_pylist(),
                                          strict=True) if a in accounts})
        texts = [texts[i] for i in np.random.default_rng(0).permutation(len(texts))[:400]]
        cells = [share(texts, w, t) for w, t in ((None, False), (160, False), (240, False), (160, True), (240, True))]
        lines.append(f"| {batch} | {family} | {len(texts)} | " + " | ".join(f"{c:.2f}" for c in cells) + " |")
    return lines


def row(name: str, cal: Calibration, fit, batches) -> str:
    cells, caught, total, fp, benign = [], 0, 0, 0, 0
    for b in EVAL_BATCHES:
        analysis, truth = batches[b]
        r = M.evaluate(assess(analysis, cal), truth)
        k = sum(v[0] for v in r["recall"].values())
        n = sum(v[1] for v in r["recall"].values())
        caught, total, fp, benign = caught + k, total + n, fp + r["benign_fp"][0], benign + r["benign_fp"][1]
        cells.append(f"{k}/{n}, {r['benign_fp'][0]}")
    fits = [M.evaluate(assess(a, cal), t) for a, t in fit]
    fk = sum(sum(v[0] for v in r["recall"].values()) for r in fits)
    fn = sum(sum(v[1] for v in r["recall"].values()) for r in fits)
    fb = sum(r["benign_fp"][0] for r in fits)
    weights = ", ".join(f"{k} {v:.2f}" for k, v in cal.weights.items() if v)
    return (f"| {name} | **{caught}/{total} ({caught / total:.1%}), {fp}/{benign}** | {fk}/{fn}, {fb} | "
            + " | ".join(cells) + f" | {weights}; bias {cal.bias:.2f}, threshold {cal.threshold:.4f} |")


def main() -> None:
    splits = []
    for seed in (3, 4):
        table, truth = simulate({"benign_accounts": 2000, "campaigns": 12, "campaign_accounts": 600, "seed": seed})
        splits.append((M.run_analysis(table, f"split-{seed}", reuse=True), truth))
    batches = {b: M.batch_analysis(b, 0, reuse=True) for b in FIT_BATCHES + EVAL_BATCHES}
    fit = splits + [batches[b] for b in FIT_BATCHES]
    frozen = {m: Calibration.load(ROOT / "bench" / "results" / f"monitor_calibration_{m.lower()}.json")
              for m in ("I", "J", "K")}
    lines = ["# Fits tried for model K and not shipped (`python bench/monitor_fit_variants.py`)", "",
             "Diagnosis on spent data: fitted on the simulator's test splits (seeds 3, 4) and spent batches 1–7 "
             "with model I's method (every family and kind weighed equally); scored on spent batches 8–18, every "
             "one of them seen before this was run. I, J and K are the frozen files (I's fit also had seeds 1, 2).",
             "", "| model | batches 8–18: campaign, benign | fit data: campaign, benign | "
             + " | ".join(b.replace("monitor_blind", "b") for b in EVAL_BATCHES) + " | weights |",
             "|---|---|---|" + "---|" * len(EVAL_BATCHES) + "---|"]
    for name, cal in frozen.items():
        lines.append(row(f"{name} (frozen)", cal, fit, batches))
    lines.append(row("refit on this data (I's method)", C.calibrate(fit, TARGET, "refit"), fit, batches))
    for margin in (0.5, 1.0):
        lines.append(row(f"cap-aware fit, margin {margin}", cap_aware(fit, margin), fit, batches))
    original = S.feature_vector
    try:
        S.feature_vector = C.feature_vector = interactions_without(("mmd", "narrow"))
        cal = C.calibrate(fit, TARGET, "interactions without MMD")
        lines.append(row("interactions over content without MMD, narrowness", cal, fit, batches))
        cal.solo_margin = 0.5
        lines.append(row("… + solo margin 0.5", cal, fit, batches))
    finally:
        S.feature_vector = C.feature_vector = original
    lines += grading_windows()
    lines += ["", "Neither idea gives the second lines of evidence weight: the cap-aware fit moves weight onto task "
              "shape and output yield (which the cap then clips), and without MMD the content × automation "
              "interaction still gets ~0 — every benign pipeline in the fit data is as automated as the campaigns, "
              "so automation separates nothing once content is known. Windows do not rescue the grading families: the "
              "classifier's confidence on these phrasings is low on the instruction alone too."]
    text = "\n".join(lines) + "\n"
    (M.RESULTS / "monitor_fit_variants.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
