"""Would a learned half that reads each part of a prompt on its own help the reasoning guard? (design check)

Step 23 of docs/policy.md: a short plain ask followed by a task reads, to the linear n-gram model, as the
task — its summed weight is divided over the whole prompt — and every refit that caught more of the spent
batches lost the gain to the out-of-fold threshold rule. Candidate I reads windows instead: the normalised
prompt (head + tail, as `task_shape.normalise` keeps it) cut into windows of WINDOW words every STRIDE words;
each window's hashed n-grams (`task_shape`'s own featurizer and buckets, counts / sqrt(n)) go through an
embedding bag of HIDDEN units and a ReLU; each unit keeps its highest value over the prompt's windows (a
task after the ask cannot lower it); a linear layer maps the units to the seven shapes. It is fitted with
torch on the "images" labelled set and its sample weights; its guard threshold comes from the same
out-of-fold rule as "images"' (0.015% of ShareGPT rows, no written hard negative over it) and its regex
floor from the floor search's rule (the highest floor clearing at most one held-out template). Every
setting below was fixed before anything was run, and none was tuned on a spent batch.

Design gate (written before it was run): catch more of the spent blind batches
(`guard_spent_batches.BATCHES`) than "images" at no more hard negatives + students. It plugs the model into
the "images" choice of `reasoning_guard` for the run only (the regex half, unmasking and combination are
the guard's own); nothing in the gateway changes.

Outcome (bench/results/guard_pooled_half.md, run at 9f288de on the batches through zc): it fails the gate. Out-of-fold threshold 0.967 ("images" 0.911);
the floor rule gives 0.005; through 2026-12-07zc it catches 7,904 spent extraction prompts against "images"'
8,263 and flags 71 hard negatives + 30 students against 65 + 16 — windows read apart flag more students, as
D2's windows did (step 22; which students was not read), and the out-of-fold threshold rises past the gain.

    python bench/guard_pooled_half.py   → bench/results/guard_pooled_half.{json,md}  (~10 min on two cores)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_floor_search import templates_cleared  # noqa: E402
from guard_spent_batches import RESULTS, design_line  # noqa: E402

WINDOW, STRIDE = 12, 6  # words per window, words between window starts
HIDDEN = 32  # units of the window layer
EPOCHS, BATCH, LR, WEIGHT_DECAY, SEED = 4, 256, 0.01, 1e-6, 0
FIT = "images"  # the labelled set, sample weights and out-of-fold target it is fitted and judged as
FLOORS = (0.02, 0.015, 0.01, 0.008, 0.005)


def windows(text: str) -> list[str]:
    """The normalised text's word windows (the whole text when it has at most WINDOW words)."""
    from distillguard.monitor.task_shape import normalise

    words = normalise(text).split(" ")
    if len(words) <= WINDOW:
        return [" ".join(words)]
    starts = range(0, len(words) - WINDOW + STRIDE, STRIDE)
    return [" ".join(words[s:s + WINDOW]) for s in starts]


def featurize(texts: list[str]):
    """(bucket ids, per-id weights, bag offsets, owner prompt of each bag) for every window of every text."""
    from distillguard.monitor import task_shape as ts

    owners: list[int] = []
    docs: list[str] = []
    for i, text in enumerate(texts):
        for w in windows(text.replace("\x00", " ")):
            owners.append(i)
            docs.append(w)
    ids, weights, offsets = [], [], []
    at = 0
    for lo in range(0, len(docs), ts.BATCH):
        part = docs[lo:lo + ts.BATCH]
        hashed = ts._hash_batch(part)
        r = np.concatenate([h[0] for h in hashed]).astype(np.int64)
        col = np.concatenate([h[1] for h in hashed]).astype(np.int64)
        order = np.argsort(r, kind="stable")
        r, col = r[order], col[order]
        count = np.bincount(r, minlength=len(part))
        ids.append(col)
        weights.append((1.0 / np.sqrt(np.maximum(count, 1)))[r])
        offsets.append(at + np.concatenate([[0], np.cumsum(count)[:-1]]))
        at += len(col)
    return (np.concatenate(ids), np.concatenate(weights).astype(np.float32), np.concatenate(offsets),
            np.array(owners, dtype=np.int64))


class Pooled:
    """The model: window bags → ReLU units → max over a prompt's windows → seven logits."""

    def __init__(self) -> None:
        import torch

        from distillguard.monitor import task_shape as ts

        torch.manual_seed(SEED)
        self.bag = torch.nn.EmbeddingBag(1 << ts.BITS, HIDDEN, mode="sum")
        torch.nn.init.normal_(self.bag.weight, std=0.05)
        self.bias = torch.nn.Parameter(torch.zeros(HIDDEN))
        self.out = torch.nn.Linear(HIDDEN, len(ts.SHAPES))

    def parameters(self):
        return [*self.bag.parameters(), self.bias, *self.out.parameters()]

    def logits(self, feats, rows: np.ndarray):
        """Logits of the prompts `rows` (indices into the featurized texts)."""
        import torch

        ids, weights, offsets, owners = feats
        take = np.flatnonzero(np.isin(owners, rows))
        ends = np.append(offsets[1:], len(ids))
        spans = [np.arange(offsets[k], ends[k]) for k in take]
        flat = np.concatenate(spans) if spans else np.zeros(0, np.int64)
        lengths = np.array([len(s) for s in spans])
        bag_offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        h = self.bag(torch.from_numpy(ids[flat]), torch.from_numpy(bag_offsets),
                     per_sample_weights=torch.from_numpy(weights[flat]))
        h = torch.relu(h + self.bias)
        slot = {int(r): j for j, r in enumerate(rows)}
        owner_slot = torch.tensor([slot[int(o)] for o in owners[take]], dtype=torch.int64)
        pooled = torch.zeros(len(rows), HIDDEN).scatter_reduce(
            0, owner_slot[:, None].expand(-1, HIDDEN), h, reduce="amax", include_self=True)
        return self.out(pooled)


def train(feats, labels: np.ndarray, sample_weights: np.ndarray, rows: np.ndarray) -> Pooled:
    import torch

    model = Pooled()
    opt = torch.optim.Adam(model.parameters(), lr=LR, weight_decay=WEIGHT_DECAY)
    rng = np.random.default_rng(SEED)
    y = torch.from_numpy(labels)
    w = torch.from_numpy(sample_weights.astype(np.float32))
    for _ in range(EPOCHS):
        order = rows[rng.permutation(len(rows))]
        for lo in range(0, len(order), BATCH):
            b = np.sort(order[lo:lo + BATCH])
            loss = torch.nn.functional.cross_entropy(model.logits(feats, b), y[b], reduction="none")
            loss = (loss * w[b]).sum() / w[b].sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
    return model


def p_reasoning(model: Pooled, feats, n: int) -> np.ndarray:
    import torch

    from distillguard.monitor import task_shape as ts

    out = np.zeros(n)
    with torch.no_grad():
        for lo in range(0, n, 2048):
            rows = np.arange(lo, min(n, lo + 2048))
            out[rows] = torch.softmax(model.logits(feats, rows), dim=1)[:, ts.SHAPES.index("reasoning_trace")].numpy()
    return out


def main() -> None:
    import torch
    from rich.progress import Progress

    from distillguard.monitor import task_shape as ts
    from distillguard.policy import reasoning_guard as rg
    from distillguard.policy.guard_dataset import labelled_set as guard_labelled_set

    torch.set_num_threads(2)
    t0 = time.time()
    rows = ts.labelled_set(fit_name=FIT)
    labels = np.array([r.label for r in rows], dtype=np.int64)
    weights = ts.sample_weights(labels, [r.source for r in rows])
    feats = featurize([r.text for r in rows])
    fold = ts.group_folds([r.group for r in rows], 5)
    oof = np.zeros(len(rows))
    with Progress() as progress:
        task = progress.add_task("out-of-fold fits", total=6)
        for f in range(5):
            test = np.flatnonzero(fold == f)
            model = train(feats, labels, weights, np.flatnonzero(fold != f))
            with torch.no_grad():
                for lo in range(0, len(test), 2048):
                    part = test[lo:lo + 2048]
                    oof[part] = torch.softmax(model.logits(feats, part), dim=1)[:, ts.SHAPES.index("reasoning_trace")].numpy()
            progress.advance(task)
        full = train(feats, labels, weights, np.arange(len(rows)))
        progress.advance(task)
    threshold = ts.pick_guard_threshold(oof, rows, ts.FITS[FIT].guard_target_fpr)
    images_threshold = ts.model(ts.FITS[FIT].weights_file).guard_threshold
    print(f"fitted in {time.time() - t0:.0f} s; out-of-fold threshold {threshold} (images {images_threshold})", flush=True)

    def score(texts: list[str]) -> list[float]:
        return p_reasoning(full, featurize(texts), len(texts)).tolist()

    # The run only: the "images" choice reads this model as its learned half, at this threshold.
    rg._p_learned = lambda prompts, learned=FIT: score(prompts)  # type: ignore[assignment]
    rg._p_learned_one = lambda prompt, learned=FIT: score([prompt])[0]  # type: ignore[assignment]
    offset = rg._logit(rg.model().threshold) - rg._logit(threshold)
    rg._learned_offset = lambda learned=FIT: offset  # type: ignore[assignment]
    examples = guard_labelled_set("test", benign_limit=200)
    texts = [e.text for e in examples]
    p = score(texts)
    report: dict = {"setting": {"window": WINDOW, "stride": STRIDE, "hidden": HIDDEN, "epochs": EPOCHS, "batch": BATCH,
                                "lr": LR, "weight_decay": WEIGHT_DECAY, "seed": SEED, "fit": FIT},
                    "threshold": threshold, "images_threshold": images_threshold, "floors": {}}
    for floor in FLOORS:
        cleared = templates_cleared(FIT, examples, p, floor)
        line = design_line(FIT)
        report["floors"][str(floor)] = {"held_out_templates_cleared": int(cleared), "design": line}
        print(f"floor {floor}: held-out templates cleared {cleared}; {line}", flush=True)
    (RESULTS / "guard_pooled_half.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    lines = ["# Candidate I: a window-pooled learned half (design check, `python bench/guard_pooled_half.py`)", "",
             f"Settings: {report['setting']}. Out-of-fold threshold {threshold} (\"images\" {images_threshold}).", "",
             "| floor | held-out templates cleared | spent batches and design later turns |", "|---|---|---|"]
    lines += [f"| {k} | {v['held_out_templates_cleared']} | {v['design']} |" for k, v in report["floors"].items()]
    (RESULTS / "guard_pooled_half.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
