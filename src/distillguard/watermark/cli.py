"""`distillguard watermark …` (heavy imports inside the commands); `keys …` lives in keys_cli.py."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from distillguard.errors import DistillguardError

watermark_app = typer.Typer(help="Generate watermarked text and detect watermarks.", no_args_is_help=True)

DETECT_CHUNK = 4096


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data) + "\n")


@watermark_app.command("generate")
def generate_cmd(
    key: Annotated[Path, typer.Option("--key", help="Watermark key file.")],
    prompts: Annotated[Path, typer.Option("--prompts", help='JSONL of {"id", "prompt"}.')],
    out: Annotated[Path, typer.Option("--out", help='JSONL of {"id", "prompt", "text"}.')],
    max_new_tokens: Annotated[int, typer.Option(min=1, max=4096)] = 256,
    model: Annotated[str | None, typer.Option(help="smollm2 (default) or a local HF model dir.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=512)] = 16,
    temperature: Annotated[float, typer.Option(min=0.01)] = 1.0,
    seed: Annotated[int | None, typer.Option(help="Torch seed for reproducible sampling.")] = None,
    skip_invalid: Annotated[bool, typer.Option(help="Skip bad input lines instead of stopping.")] = False,
) -> None:
    """Answer prompts with the local model, watermarked with KEY."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from distillguard.models import chat_prompt_ids, generate, load_model
    from distillguard.watermark.jsonl import Skipped, read_records
    from distillguard.watermark.keys import load_key
    from distillguard.watermark.schemes import get_scheme

    wm_key = load_key(key)
    skipped = Skipped()
    records = []
    for number, obj in read_records(prompts, {"prompt": str}, skipped, skip_invalid):
        if not obj["prompt"].strip():
            skipped.add(f"{prompts}:{number}: empty prompt", skip_invalid)
            continue
        records.append(obj)
    if not records:
        raise DistillguardError(f"{prompts}: no valid prompts")
    lm = load_model(model)
    processor = get_scheme(wm_key).logits_processor(lm.vocab_size, temperature=temperature)
    tmp = out.with_name(f".{out.name}.tmp{os.getpid()}")
    out.parent.mkdir(parents=True, exist_ok=True)
    columns = (TextColumn("generating"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with tmp.open("w", encoding="utf-8") as fh, Progress(
            *columns, console=Console(stderr=True)
        ) as bar:
            task = bar.add_task("generate", total=len(records))
            for start in range(0, len(records), batch_size):
                batch = records[start : start + batch_size]
                ids = [chat_prompt_ids(lm.tokenizer, r["prompt"]) for r in batch]
                batch_seed = None if seed is None else seed + start
                new_tokens = generate(
                    lm, ids, max_new_tokens=max_new_tokens, temperature=temperature,
                    logits_processor=processor, seed=batch_seed,
                )
                texts = lm.tokenizer.batch_decode(new_tokens, skip_special_tokens=True)
                for record, text in zip(batch, texts, strict=True):
                    line = {"id": record.get("id"), "prompt": record["prompt"], "text": text}
                    fh.write(json.dumps(line, ensure_ascii=False) + "\n")
                bar.advance(task, len(batch))
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    skipped.report()


@watermark_app.command("detect")
def detect_cmd(
    input_path: Annotated[Path, typer.Argument(metavar="IN.jsonl", help='JSONL of {"id", "text", "prompt"?}.')],
    key: Annotated[Path, typer.Option("--key", help="Watermark key file.")],
    model: Annotated[str | None, typer.Option(help="Tokenizer of this model (default smollm2).")] = None,
    skip_invalid: Annotated[bool, typer.Option(help="Skip bad input lines instead of stopping.")] = False,
) -> None:
    """Print one JSON line per text: {"id", "p_value", "score", "tokens_scored", "scheme", "key_id"}."""
    from distillguard.models import load_tokenizer
    from distillguard.watermark.detect import detect_tokens, tokenize_texts
    from distillguard.watermark.jsonl import Skipped, read_records
    from distillguard.watermark.keys import load_key

    wm_key = load_key(key)
    tokenizer = load_tokenizer(model)
    width = int(wm_key.params["context_width"])
    skipped = Skipped()
    pending: list[tuple[int, dict[str, Any]]] = []

    def flush() -> None:
        texts = tokenize_texts(tokenizer, [obj["text"] for _, obj in pending])
        keep = []
        for (number, obj), tokens in zip(pending, texts, strict=True):
            if len(tokens) <= width:
                skipped.add(
                    f"{input_path}:{number}: text shorter than the context width "
                    f"({len(tokens)} tokens, key needs > {width})",
                    skip_invalid,
                )
                continue
            keep.append((obj, tokens))
        prompts = [obj.get("prompt") for obj, _ in keep]
        exclude = tokenize_texts(tokenizer, [p or "" for p in prompts]) if any(prompts) else None
        detections = detect_tokens(
            wm_key, [t for _, t in keep], ids=[obj.get("id") for obj, _ in keep], exclude=exclude
        )
        for det in detections:
            _print_json(det.to_json())
        sys.stdout.flush()
        pending.clear()

    for number, obj in read_records(input_path, {"text": str}, skipped, skip_invalid):
        problem = None
        if not obj["text"].strip():
            problem = "empty text"
        elif obj.get("prompt") is not None and not isinstance(obj["prompt"], str):
            problem = "field 'prompt' must be a string"
        elif obj.get("scheme") not in (None, wm_key.scheme):
            problem = f"text is marked scheme {obj['scheme']!r} but the key is {wm_key.scheme!r} (wrong key?)"
        if problem:
            skipped.add(f"{input_path}:{number}: {problem}", skip_invalid)
            continue
        pending.append((number, obj))
        if len(pending) >= DETECT_CHUNK:
            flush()
    if pending:
        flush()
    skipped.report()
