"""Every frozen monitor model on every spent blind batch, after the fact (diagnosis, not results).

Each model's *blind* figure is the one run on the batch frozen after it (bench/results/
monitor_history.md); this script scores the other batches too, with each model's shipped
calibration taken from git, on the cached analyses `bench/monitor.py` wrote (`--reuse`), and
prints the answer-length table the output-yield signal was designed from (simulator test seed 3
and batches 1–3). Scoring uses today's code: models B–E differ only in calibration files
(weights a model lacks read as 0); model F also gates template sharing by volume
(`scoring.sharing_volume`), which today's code applies to every model — it matters only where a
model's free level lets sharing count (B–D's 16 organisations), so earlier models' sharing figures
can differ slightly from what they shipped. Model G changed a feature too (a template's sharing
counts only its senders at volume), and the cached analyses are G's, so every earlier model's
sharing figures here are on G's feature (their own blind runs are in monitor_history.md). Model H
added a signal (resampling) that earlier calibrations give no weight, and fits its weights with
every family and kind weighed equally; the cached analyses are H's. H8 is H's signals refit on
batches 1–8 (not shipped; frozen beside H before batch 9). H's own blind batch is 8; H and H8 were
both run on batch 9 once, and on batch 10 (H its third blind run).
Model I changed features (the task-shape classifier was refit payload-neutral; grading prompts are
their own `judge` signal; operators are judged by their own accounts), and the cached analyses are
I's: every model before I is scored here on I's features, so its figures differ from what its own
code gives — H's own-code run on batch 12 is `bench/monitor_at_commit.py cd26595 monitor_blind12`.
I11 is I's signals fit with spent batches 1–11 (not shipped; frozen beside I before batch 12).
J and K are derived from I without a refit (`bench/monitor_derive.py`): J caps content signals
(`solo_margin` 0.5), K (shipped 1dc306a – efb721f) counts IP rotation over consumer networks only.
L scores K's signals with monotone boosted trees (`bench/monitor_fit_l.py`); M (shipped
efb721f – 3057395) is K joined by such trees, M21 the same recipe refitted with batch 21
(`bench/monitor_fit_m.py`); N (shipped since 3057395) is M with a smaller inherit margin
(`bench/monitor_derive.py`; its other change, sharing read against the log's size, is in today's
code for every model and moves nothing in logs of a blind batch's size). L26 is L's recipe refitted
with spent batches 20–26 (`bench/monitor_fit_l.py --through 26 --name l26`; frozen before batch 27).
O (shipped 0dc4ec3 – 3cb6078) is N's weights with the content cap lifted only round the clock,
joined with L's trees (`bench/monitor_derive.py`; frozen before batch 28, withdrawn after it).
P (shipped 21c1820 – e3313d2) is N plus the throwaway-farm product (`throwaway*harvest`, a feature the
analyses cached since then carry; `bench/monitor_derive.py --throwaway-through 29`; frozen before
batches 30 and 31 were read or run). Models before P give the product no weight, so the new column
moves none of their figures: every earlier model's cell of this table is the same as in the table
written before P (`git show 201b02d:bench/results/monitor_posthoc.md`).
Q (shipped 306edac for batches 32–33, withdrawn after the 16M-event check) is P's weights joined with side model L31's trees — L's recipe refitted
with spent batches 1–31 on the features L read — at L31's own threshold (`bench/monitor_derive.py
--join-trees`; frozen before batches 32 and 33 were read or run); the section "Model Q's recipe"
shows the recipe with trees fitted before a batch (L's, L26's) beside P.
Side model R (not shipped: the 16M-event check) is that recipe with L26's trees (`bench/monitor_derive.py
--join-trees`; frozen before batch 35 was read or run): its column on 27–34 is its design data.
S (shipped e3313d2 – 4311e19) is the recipe with L's trees, which read output yield under 0.25 as none
(`--trees-floor`; frozen before batch 36 was read or run): its column on 20–35 is its design data.
T (shipped for batch 42, withdrawn) is S with template sharing read only as far as the account's behaviour,
the pivot aside, goes, and a floor on it: its column on 1–41 is its design data (against S's). U (shipped since
763717b) is S with T's rule without the floor and L26's trees joined beside L's: its column on 1–42 is its
design data (27–42, which neither set of trees had seen, against S's column). Side model V (not shipped) is U
reading resampling from fresh repeats only (`Calibration.resample_fresh`; frozen at 80f83be before batch 50): its
column on 1–49 is its design data (46, 48 and 49 the batches it was designed on, against U's column). Model W
(shipped since 1702a69; frozen at 8a21838 before batch 50) is V with U's exact reading kept beside the fresh one
(`Calibration.resample_beside`): its column on 1–49 is its design data too (against V's and U's).

    python bench/monitor_posthoc.py        → bench/results/monitor_posthoc.md
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import monitor as M  # noqa: E402  - the benchmark's analysis cache, evaluation and batches
from distillguard.monitor.scan import assess  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_fit_l import spent_through  # noqa: E402

CALIBRATION = "src/distillguard/monitor/calibration.json"
MODELS = {"B": "276a51c", "C": "f4c9fe0", "D": "0f5dede", "E": "1ddb9ef", "F": "159c0f8",
          "G": "56bd91b", "H": "d632f6f",
          "H8": "8c0afb5:bench/results/monitor_calibration_h8.json",
          "I": "4ea304b", "I11": "4ea304b:bench/results/monitor_calibration_i11.json",
          "J": "f00bfaf:bench/results/monitor_calibration_j.json",
          "K": "1dc306a:bench/results/monitor_calibration_k.json",
          "L": "3b7366b:bench/results/monitor_calibration_l.json",
          "M": "efb721f:bench/results/monitor_calibration_m.json",
          "M21": "f31571b:bench/results/monitor_calibration_m21.json",
          "N": "3057395:bench/results/monitor_calibration_n.json",
          "L26": "20e8407:bench/results/monitor_calibration_l26.json",
          "O": "0dc4ec3:bench/results/monitor_calibration_o.json",
          "P": "21c1820:bench/results/monitor_calibration_p.json",
          "L31": "306edac:bench/results/monitor_calibration_l31.json",
          "Q": "306edac:bench/results/monitor_calibration_q.json",
          "R": "d23f602:bench/results/monitor_calibration_r.json",
          "S": "e3313d2:bench/results/monitor_calibration_s.json",
          "T": "4311e19:bench/results/monitor_calibration_t.json",
          "U": "763717b:bench/results/monitor_calibration_u.json",
          "V": "80f83be:bench/results/monitor_calibration_v.json",
          "W": "8a21838:bench/results/monitor_calibration_w.json"}  # commit[:calibration file] of each model
BATCHES = spent_through(49)  # every batch whose one blind run is reported
SAME_FEATURES = ("I", "I11", "J", "K", "L", "M", "M21", "N", "L26", "O", "P", "L31", "Q", "R", "S", "T", "U", "V", "W")  # models whose features are the cached analyses' (today's code)
# the first batch nobody had read or run when each model was frozen: every later batch is a blind run of it too
FIRST_BLIND = {"I": 12, "I11": 12, "J": 16, "K": 18, "L": 20, "M": 21, "M21": 22, "N": 23, "L26": 27, "O": 28,
               "P": 30, "L31": 32, "Q": 32, "R": 35, "S": 36, "T": 42, "U": 43, "V": 50, "W": 50}
BLIND_RUNS = {m: tuple(b for b in BATCHES if b != "monitor_blind" and int(b.removeprefix("monitor_blind")) >= first)
              for m, first in FIRST_BLIND.items()}
YIELD_DESIGN = ["monitor_blind", "monitor_blind2", "monitor_blind3"]  # what output yield was designed on


def calibration_at(ref: str) -> Calibration:
    """A model's calibration from git: `commit` (the shipped file) or `commit:path`."""
    commit, _, path = ref.partition(":")
    text = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{path or CALIBRATION}"],
                          check=True, capture_output=True, text=True).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".json") as fh:
        fh.write(text)
        fh.flush()
        return Calibration.load(fh.name)


def totals(result: dict) -> tuple[int, int]:
    return (sum(k for k, _ in result["recall"].values()), sum(n for _, n in result["recall"].values()))


def recipe_q(models: dict, batches: dict, scored: dict) -> list[str]:
    """Model Q's recipe (P's weights joined with refitted trees at the trees' own threshold) where
    the trees had not seen the batch: P's weights with L's trees (fitted through 19) on 20 and later
    and with L26's (through 26) on 27 and later, beside P — the design evidence Q was frozen on."""
    from monitor_derive import derive

    lines = ["", "## Model Q's recipe on batches its trees had not seen", "",
             "P's weights, threshold and rules joined with a trees-alone side model at that model's own threshold "
             "(`bench/monitor_derive.py --join-trees`), on batches fitted after those trees: L (through 19) on "
             "20 and later, L26 (through 26) on 27 and later. Q joins L31 (through 31), so Q's own figures here are in-sample.",
             "", "| batch | P: campaign, benign | P + L's trees | P + L26's trees | families the joined trees add |",
             "|---|---|---|---|---|"]
    joined = {t: derive(replace(models["P"], weights=dict(models["P"].weights)), "", join_trees=models[t])
              for t in ("L", "L26")}
    rows: dict[str, dict[str, dict]] = {}  # batch → model ("P", "L", "L26") → evaluate()
    for batch, (analysis, truth) in batches.items():
        if batch not in BLIND_RUNS["L"]:
            continue
        row = rows[batch] = {"P": scored[(batch, "P")]}
        for t in joined:
            if batch in BLIND_RUNS[t]:
                row[t] = M.evaluate(assess(analysis, joined[t]), truth)
        cells = [f"{totals(r)[0]}/{totals(r)[1]}, {r['benign_fp'][0]}" if r else "(seen)"
                 for r in (row.get(k) for k in ("P", "L", "L26"))]
        added = {f"{f} {row['P']['recall'][f][0]}→{k} ({t})" for t in ("L", "L26") if t in row
                 for f, (k, _) in row[t]["recall"].items() if k != row["P"]["recall"][f][0]}
        lines.append(f"| {batch} | " + " | ".join(cells) + f" | {', '.join(sorted(added)) or '—'} |")

    def total(model: str, span: list[str]) -> str:
        caught, accounts, benign = (sum(f(rows[b][model]) for b in span) for f in (
            lambda r: totals(r)[0], lambda r: totals(r)[1], lambda r: r["benign_fp"][0]))
        return f"**{caught}/{accounts}, {benign}**"

    late, last = [b for b in rows if "L26" in rows[b]], list(rows)[-1].removeprefix("monitor_blind")
    lines.append(f"| **{FIRST_BLIND['L']}–{last}** | {total('P', list(rows))} | {total('L', list(rows))} | | |")
    lines.append(f"| **{FIRST_BLIND['L26']}–{last}** | {total('P', late)} | {total('L', late)} | {total('L26', late)} | |")
    return lines


def main() -> None:
    models = {name: calibration_at(commit) for name, commit in MODELS.items()}
    batches = {b: M.batch_analysis(b, 0, reuse=True) for b in BATCHES}
    lines = ["# Monitor models on every spent batch, after the fact (`python bench/monitor_posthoc.py`)", "",
             "Diagnosis only: a model's figure on a batch it was not frozen before is not a blind result "
             "(**bold** = the model's own blind run). The analyses are model I's (its task-shape classifier, "
             "judge signal and operator rule): models B–H8 are scored on I's features with their own weights, "
             "so their figures here are not what their own code gave — their own blind runs are in "
             "monitor_history.md.", "",
             "| batch | " + " | ".join(f"model {m} ({c})" for m, c in MODELS.items()) + " |",
             "|---|" + "---|" * len(MODELS)]
    scored: dict[tuple[str, str], dict] = {}  # (batch, model) → evaluate(); the J section reuses it
    per_family: dict[str, dict[str, dict]] = {}
    flagged_kinds: dict[str, dict[str, dict]] = {}
    for batch, (analysis, truth) in batches.items():
        cells = []
        for name, cal in models.items():
            result = scored[(batch, name)] = M.evaluate(assess(analysis, cal), truth)
            per_family.setdefault(batch, {})[name] = result["recall"]
            flagged_kinds.setdefault(batch, {})[name] = {k: v for k, v in result["kinds"].items() if v[0]}
            caught, total = totals(result)
            cell = f"{caught}/{total}, {result['benign_fp'][0]} benign"
            # bold only where these features are the model's own (I's); earlier models' own blind
            # runs, on their own features, are in monitor_history.md
            own = name in SAME_FEATURES and batch in BLIND_RUNS.get(name, ())
            cells.append(f"**{cell}**" if own else cell)
        lines.append(f"| {batch} | " + " | ".join(cells) + " |")
    lines += ["", "Per family (caught/accounts per model):", "",
              "| batch | family | " + " | ".join(MODELS) + " |", "|---|---|" + "---|" * len(MODELS)]
    for batch, by_model in per_family.items():
        for family in next(iter(by_model.values())):
            cells = [f"{by_model[m][family][0]}/{by_model[m][family][1]}" for m in MODELS]
            lines.append(f"| {batch} | {family} | " + " | ".join(cells) + " |")
    lines += ["", "Benign kinds with flagged accounts (flagged/accounts):", "", "| batch | model | kinds |",
              "|---|---|---|"]
    for batch, by_model in flagged_kinds.items():
        for name, kinds in by_model.items():
            text = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in kinds.items()) or "none"
            lines.append(f"| {batch} | {name} | {text} |")

    lines += recipe_q(models, batches, scored)
    lines += ["", "## Operator rule (model I's weights, with and without `Analysis.operators`)", "",
              "Without the operators every account with a hard link inherits as before model I.", "",
              "| batch | with: campaign, benign (kinds) | without: campaign, benign (kinds) |", "|---|---|---|"]
    for batch, (analysis, truth) in batches.items():
        cells = []
        for variant in (analysis, replace(analysis, operators={})):
            result = M.evaluate(assess(variant, models["I"]), truth)
            kinds = ", ".join(f"{k} {v[0]}" for k, v in result["kinds"].items() if v[0]) or "none"
            cells.append(f"{totals(result)[0]}, {result['benign_fp'][0]} ({kinds})")
        lines.append(f"| {batch} | " + " | ".join(cells) + " |")

    from distillguard.sim.simulate import simulate

    splits = {}
    for seed in (3, 4):  # the simulator's test splits (inside the shipped fit, as batches 1-7 are)
        table, truth_s = simulate({"benign_accounts": 2000, "campaigns": 12, "campaign_accounts": 600, "seed": seed})
        splits[f"split-{seed}"] = (M.run_analysis(table, f"split-{seed}", reuse=True), truth_s)
    lines += ["", "## One line of content evidence (side model J = I + `solo_margin` 0.5)", "",
              "J caps each content signal 0.5 log-odds short of the threshold: an account whose only evidence is one "
              "content signal is a *lead*, not a flag. Same weights and threshold as I. Only batch 16 is a blind "
              "run of J; every other row was seen when J was designed (batches 1–15) or is in the fit (splits, 1–7).",
              "", "| data | I: campaign, benign | J: campaign, benign | J's leads | campaign families J loses | "
              "benign kinds J clears |", "|---|---|---|---|---|---|"]
    for name, (analysis, truth) in {**splits, **batches}.items():
        r_i, r_j = (scored[(name, m)] if (name, m) in scored else M.evaluate(assess(analysis, models[m]), truth)
                    for m in ("I", "J"))
        lost = ", ".join(f"{f} {r_j['recall'][f][0]}/{v[0]}" for f, v in r_i["recall"].items()
                         if r_j["recall"][f][0] < v[0]) or "none"
        cleared = ", ".join(f"{k} {r_j['kinds'][k][0]}/{v[0]}" for k, v in r_i["kinds"].items()
                            if r_j["kinds"][k][0] < v[0]) or "none"
        leads = ", ".join(f"{k} {n}" for k, n in r_j["leads"].items()) or "none"
        lines.append(f"| {name} | {totals(r_i)[0]}/{totals(r_i)[1]}, {r_i['benign_fp'][0]} | "
                     f"{totals(r_j)[0]}/{totals(r_j)[1]}, {r_j['benign_fp'][0]} | {leads} | {lost} | {cleared} |")
    design = {"split-3": splits["split-3"]}
    design.update({b: batches[b] for b in YIELD_DESIGN})
    answers: dict[tuple[str, str], list[float]] = defaultdict(list)
    for analysis, truth in design.values():
        for account, row in analysis.rows.items():
            fact = truth["accounts"].get(account)
            if fact:
                answers[(fact["label"], fact["family"])].append(float(row.get("mean_completion_tokens") or 0))
    lines += ["", "Median of each account's mean completion tokens (simulator test seed 3 and batches 1–3: "
              "the data output yield was designed from):", "", "| label | family or kind | accounts | median |",
              "|---|---|---:|---:|"]
    for (label, family), values in sorted(answers.items()):
        lines.append(f"| {label} | {family} | {len(values)} | {statistics.median(values):.0f} |")
    text = "\n".join(lines) + "\n"
    (M.RESULTS / "monitor_posthoc.md").write_text(text)
    (M.RESULTS / "monitor_posthoc.json").write_text(
        json.dumps({"recall": per_family, "benign_kinds_flagged": flagged_kinds}, indent=1) + "\n")
    print(text)


if __name__ == "__main__":
    main()
