"""`distillguard watermark …` (heavy imports inside the commands); `keys …` lives in keys_cli.py."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from distillguard.errors import DistillguardError

watermark_app = typer.Typer(help="Generate watermarked text and detect watermarks.", no_args_is_help=True)



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
    scan: Annotated[
        str, typer.Option(help="whole: one p-value per text; windows: the most significant span, "
                               "p-value corrected for every span searched.")
    ] = "whole",
    dedup: Annotated[
        str, typer.Option(help="text: repeated tuples scored once per text; corpus: once per file "
                               "(per-text p-values independent under this one key).")
    ] = "text",
    account: Annotated[
        str | None, typer.Option(help="KEY is the master: score under this account's key of every "
                                      "epoch (after `keys rotate`), p-value corrected over them.")
    ] = None,
    skip_invalid: Annotated[bool, typer.Option(help="Skip bad input lines instead of stopping.")] = False,
) -> None:
    """Print one JSON line per text: {"id", "p_value", "score", "tokens_scored", "scheme", "key_id"}
    (with --scan windows also "span" and "windows_searched"; with --account also "epoch",
    "epochs_searched", "per_epoch" and the key's "derivation")."""
    from distillguard.watermark.fast_tokenize import load_text_tokenizer
    from distillguard.watermark.jsonl import Skipped
    from distillguard.watermark.keys import load_key
    from distillguard.watermark.stream import detect_jsonl

    if scan not in ("whole", "windows"):
        raise DistillguardError(f"unknown --scan {scan!r} (whole or windows)")
    if dedup not in ("text", "corpus"):
        raise DistillguardError(f"unknown --dedup {dedup!r} (text or corpus)")
    wm_key = load_key(key)
    tokenizer = load_text_tokenizer(model)
    skipped = Skipped()
    with _progress(input_path) as progress:
        results = detect_jsonl(
            input_path, wm_key, tokenizer, scan=scan,  # type: ignore[arg-type]
            dedup=dedup, skipped=skipped, skip_invalid=skip_invalid, progress=progress,
            account=account,
        )
        lines: list[str] = []
        try:
            for out in results:
                lines.append(json.dumps(out))
                if len(lines) >= 1024:
                    sys.stdout.write("\n".join(lines) + "\n")
                    lines.clear()
        finally:  # results before a bad line are still printed
            if lines:
                sys.stdout.write("\n".join(lines) + "\n")
            sys.stdout.flush()
    skipped.report()


PROGRESS_BYTES = 16 << 20  # inputs at least this large get a progress bar on stderr


@contextmanager
def _progress(path: Path) -> Iterator[Callable[[int], None] | None]:
    """A rich progress bar (bytes read, rate) on stderr for long inputs; None otherwise."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size < PROGRESS_BYTES:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    columns = (TextColumn("detecting"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
               TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("detect", total=size)
        yield lambda done: bar.update(task, completed=done)
