"""Is a watermark's perplexity gap real, or one key's luck? Perplexity across several keys.

bench/watermark.py measures quality with ONE key per scheme. Gumbel-max and SynthID sampling are
distortion-free only on average over keys: under one fixed key every answer's first
watermarked step (the same chat-template window) reuses the same keyed randomness, and so does
every later window the answers share, so N answers under one key are not N independent samples
and their perplexity can sit far from plain sampling's by chance. Here each scheme runs under K
fresh keys (plain sampling under K torch seeds) on the same prompts, and we report perplexity
per key, its spread across keys, and a permutation test of "scheme mean over keys = plain mean
over seeds".

Usage: python bench/watermark_quality.py [--keys 4] [--answers 32] [--new-tokens 64]
Writes bench/results/watermark_quality.{json,md}.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from watermark import RESULTS, _nll_per_answer  # noqa: E402

SCHEMES = ("plain", "gumbel", "synthid", "kgw")


def permutation_p(a: list[float], b: list[float]) -> float:
    """Exact two-sided permutation test of equal means (small K: all splits enumerated)."""
    pooled = np.array(a + b)
    observed = abs(np.mean(a) - np.mean(b))
    count = total = 0
    for idx in itertools.combinations(range(len(pooled)), len(a)):
        mask = np.zeros(len(pooled), dtype=bool)
        mask[list(idx)] = True
        total += 1
        count += abs(pooled[mask].mean() - pooled[~mask].mean()) >= observed - 1e-12
    return count / total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=4)
    parser.add_argument("--answers", type=int, default=32)
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--schemes", default=",".join(SCHEMES))
    args = parser.parse_args()
    import torch
    from rich.progress import Progress

    from distillguard.data.sharegpt import prompts as sharegpt_prompts
    from distillguard.models import chat_prompt_ids, generate, load_model
    from distillguard.watermark.keys import new_key
    from distillguard.watermark.schemes import get_scheme

    torch.set_num_threads(1)
    started = time.time()
    lm = load_model()
    prompts = [p[:400] for p in sharegpt_prompts(args.answers + 16, min_chars=20)][: args.answers]
    prompt_ids = [chat_prompt_ids(lm.tokenizer, p) for p in prompts]
    schemes = [s.strip() for s in args.schemes.split(",") if s.strip()]
    runs: dict[str, list[dict]] = {s: [] for s in schemes}
    with Progress() as bar:
        task = bar.add_task("generating", total=len(schemes) * args.keys * len(prompts))
        for scheme, k in itertools.product(schemes, range(args.keys)):
            processor = None if scheme == "plain" else get_scheme(new_key(scheme)).logits_processor(lm.vocab_size)
            answers = []
            for start in range(0, len(prompt_ids), args.batch):
                answers += generate(lm, prompt_ids[start:start + args.batch], max_new_tokens=args.new_tokens,
                                    temperature=1.0, logits_processor=processor, seed=1000 * k + start)
                bar.advance(task, min(args.batch, len(prompt_ids) - start))
            nll = _nll_per_answer(lm, prompt_ids, answers)
            runs[scheme].append({
                "run": k, "perplexity": math.exp(float(np.nanmean(nll))),
                "mean_new_tokens": float(np.mean([len(a) for a in answers])),
                "distinct_first_tokens": len({a[0] for a in answers if a}),
            })
    summary = {}
    plain = [r["perplexity"] for r in runs.get("plain", [])]
    for scheme, rows in runs.items():
        ppl = [r["perplexity"] for r in rows]
        summary[scheme] = {
            "perplexity_per_run": [round(x, 2) for x in ppl],
            "mean": round(float(np.mean(ppl)), 2), "min": round(min(ppl), 2), "max": round(max(ppl), 2),
            "mean_new_tokens": round(float(np.mean([r["mean_new_tokens"] for r in rows])), 1),
            "distinct_first_tokens": [r["distinct_first_tokens"] for r in rows],
            "vs_plain_permutation_p": None if scheme == "plain" or not plain else round(permutation_p(ppl, plain), 3),
        }
    result = {"benchmark": "watermark_quality", "keys": args.keys, "answers": args.answers,
              "new_tokens": args.new_tokens, "summary": summary, "runs": runs,
              "wall_seconds": round(time.time() - started, 1)}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "watermark_quality.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = [
        "# Watermark quality across keys (bench/watermark_quality.py)", "",
        f"SmolLM2-135M-Instruct, T = 1.0, {args.answers} ShareGPT prompts, ≤ {args.new_tokens} new tokens; "
        f"each scheme under {args.keys} fresh keys, plain sampling under {args.keys} torch seeds; perplexity = "
        "exp(mean per-answer NLL) under the same model. Command: "
        f"`python bench/watermark_quality.py --keys {args.keys} --answers {args.answers} --new-tokens {args.new_tokens}`.", "",
        "| scheme | perplexity per key (or seed) | mean | range | mean new tokens | distinct first tokens per run "
        "| permutation p vs plain |",
        "|---|---|---:|---|---:|---|---:|",
    ]
    for scheme, s in summary.items():
        lines.append(f"| {scheme} | {', '.join(f'{x:.1f}' for x in s['perplexity_per_run'])} | {s['mean']:.1f} | "
                     f"{s['min']:.1f}–{s['max']:.1f} | {s['mean_new_tokens']:.1f} | "
                     f"{', '.join(map(str, s['distinct_first_tokens']))} | "
                     f"{'' if s['vs_plain_permutation_p'] is None else s['vs_plain_permutation_p']} |")
    lines += ["", f"Wall time {result['wall_seconds']:.0f} s.", ""]
    (RESULTS / "watermark_quality.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
