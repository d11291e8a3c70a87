"""The guard's labelled set: written extraction templates expanded by slot combinatorics, plus
benign ShareGPT prompts and written hard negatives, split into dev/test.

The test split holds out whole templates (every third one per family) and half the base tasks,
so test recall measures phrasings the weights were not fitted on, not memorised strings. Each
split also has free-form handwritten prompts (no templates); the test ones were written after the
features were last changed, so they are the honest estimate for unseen phrasings.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

DATA_FILE = "guard_data/extraction_prompts.json"
PER_TEMPLATE = 16  # variants drawn per template


@dataclass(frozen=True)
class Example:
    text: str
    label: int  # 1 = reasoning extraction, 0 = benign
    family: str  # extraction family, "sharegpt" or "hard_negative"
    template: int = -1  # index of the template it was expanded from (positives)
    source: str = "template"  # "template" | "handwritten" | "sharegpt" | "hard_negative"


@lru_cache(maxsize=1)
def spec() -> dict[str, Any]:
    text = resources.files("distillguard.policy").joinpath(DATA_FILE).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _fill(template: str, task: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    values = {name: rng.choice(options) for name, options in slots.items()}
    values["task"] = task
    values["tagclose"] = values["tag"].replace("<", "</", 1)
    return template.format(**values)


def extraction_examples(split: str, seed: int = 0) -> list[Example]:
    """Positive examples of `split` ("dev" or "test"), PER_TEMPLATE variants per template."""
    data = spec()
    held_out = split == "test"
    tasks = [t for i, t in enumerate(data["tasks"]) if (i % 2 == 1) == held_out]
    out: list[Example] = []
    for family, templates in data["families"].items():
        rng = random.Random(f"{seed}:{family}:{split}")
        seen: set[str] = set()
        for index, template in enumerate(templates):
            if (index % 3 == 2) != held_out:
                continue
            made = 0
            for _ in range(PER_TEMPLATE * 4):  # draws; duplicates are skipped
                text = _fill(template, rng.choice(tasks), data["slots"], rng)
                if text not in seen:
                    seen.add(text)
                    out.append(Example(text, 1, family, index))
                    made += 1
                    if made == PER_TEMPLATE:
                        break
    # free-form prompts written one by one (no templating): the harder generalisation check
    for i, row in enumerate(data[f"handwritten_{split}"]):
        out.append(Example(row["text"], 1, row["family"], i, "handwritten"))
    return out


def benign_examples(split: str, seed: int = 0, limit: int | None = None) -> list[Example]:
    """ShareGPT prompts (shuffled with `seed`, halves for dev/test) and the written hard negatives."""
    from distillguard.data.sharegpt import prompts

    texts = list(dict.fromkeys(prompts()))
    random.Random(seed).shuffle(texts)
    half = len(texts) // 2
    chosen = texts[:half] if split == "dev" else texts[half:]
    if limit:
        chosen = chosen[:limit]
    out = [Example(t, 0, "sharegpt", source="sharegpt") for t in chosen]
    data = spec()
    hard = [t for i, t in enumerate(data["hard_negatives"]) if (i % 2 == 1) == (split == "test")]
    hard += data[f"handwritten_{split}_negatives"]
    out += [Example(t, 0, "hard_negative", i, "hard_negative") for i, t in enumerate(hard)]
    return out


def labelled_set(split: str, seed: int = 0, benign_limit: int | None = None) -> list[Example]:
    """Positives + benign for one split."""
    if split not in ("dev", "test"):
        raise ValueError("split must be 'dev' or 'test'")
    return extraction_examples(split, seed) + benign_examples(split, seed, benign_limit)
