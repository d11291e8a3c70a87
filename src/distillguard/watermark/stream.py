"""`watermark detect` over a JSONL file of any size: stream, tokenise in batches, score.

Lines are read and validated one at a time (constant memory); every CHUNK_CHARS of text is
tokenised as one batch on a worker thread — `tokenizers` releases the GIL and uses every core
— while the main thread parses the next lines and scores the previous batch with numpy. Output
order is input order. Nothing here imports torch or transformers (fast_tokenize.py).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distillguard.errors import DistillguardError
from distillguard.watermark.detect import Scan, SeenTuples, detect_tokens
from distillguard.watermark.epochs import combine_epochs
from distillguard.watermark.jsonl import Skipped, read_records
from distillguard.watermark.keys import epoch_keys
from distillguard.watermark.schemes import get_scheme

if TYPE_CHECKING:
    from distillguard.watermark.fast_tokenize import Encoded, TextTokenizer
    from distillguard.watermark.keys import WatermarkKey

CHUNK_CHARS = 1 << 20  # ≈ 250k tokens per batch: long enough to use the cores, short for latency
CHUNK_TEXTS = 4096
# batches queued for the tokenizer while the main thread scores: the first scoring also builds
# the keys' tables and imports scipy.special (~0.3 s), which must not leave the tokenizer idle
AHEAD = 4


@dataclass
class _Chunk:
    records: list[tuple[int, dict[str, Any]]]
    prompted: list[int]  # indices of records with a non-empty prompt
    encoded: Future[Encoded]


def detect_jsonl(
    path: Path,
    key: WatermarkKey,
    tokenizer: TextTokenizer,
    *,
    scan: Scan = "whole",
    dedup: str = "text",
    skipped: Skipped,
    skip_invalid: bool = False,
    progress: Callable[[int], None] | None = None,
    account: str | None = None,
) -> Iterator[dict[str, Any]]:
    """One output object per valid input line, in input order (see `watermark detect`).

    dedup="corpus" scores each PRF input only in the first text (in file order) containing it,
    which makes the per-text p-values independent under one key (docs/watermark.md).
    account: `key` is the master; each text is scored under the account's key of every epoch
    and the p-value corrected over the epochs (watermark/epochs.py; whole-text scan only).
    """
    if dedup not in ("text", "corpus"):
        raise ValueError(f"unknown dedup {dedup!r} (text or corpus)")
    if account is not None and scan != "whole":
        raise DistillguardError("--account searches every epoch with --scan whole only")
    keys = [key] if account is None else epoch_keys(key, account)
    width = int(key.params["context_width"])
    seens = [SeenTuples() if dedup == "corpus" else None for _ in keys]
    offsets = scan == "windows"

    def submit(pool: ThreadPoolExecutor, records: list[tuple[int, dict[str, Any]]]) -> _Chunk:
        prompted = [i for i, (_, obj) in enumerate(records) if obj.get("prompt")]
        texts = [obj["text"] for _, obj in records] + [records[i][1]["prompt"] for i in prompted]
        return _Chunk(records, prompted, pool.submit(tokenizer.encode, texts, offsets))

    def score(chunk: _Chunk) -> Iterator[dict[str, Any]]:
        encoded = chunk.encoded.result()
        n = len(chunk.records)
        prompt_ids = dict(zip(chunk.prompted, encoded.ids[n:], strict=True))
        keep = []
        for i, (number, _) in enumerate(chunk.records):
            if len(encoded.ids[i]) <= width:
                skipped.add(
                    f"{path}:{number}: text shorter than the context width "
                    f"({len(encoded.ids[i])} tokens, key needs > {width})",
                    skip_invalid,
                )
                continue
            keep.append(i)
        exclude = [prompt_ids.get(i) for i in keep] if prompt_ids else None
        per_key = [
            detect_tokens(
                k,
                [encoded.ids[i] for i in keep],
                ids=[chunk.records[i][1].get("id") for i in keep],
                exclude=exclude,
                scan=scan,
                seen=seen,
            )
            for k, seen in zip(keys, seens, strict=True)
        ]
        if account is not None:
            for j in range(len(keep)):
                yield combine_epochs([dets[j] for dets in per_key], keys).to_json()
            return
        for i, det in zip(keep, per_key[0], strict=True):
            out = det.to_json()
            chars = None if det.span is None else encoded.chars(i, det.span["token_start"], det.span["token_end"])
            if chars is not None:
                out["span"] = {"start": chars[0], "end": chars[1], **(det.span or {})}
            yield out

    prepare = False  # a long input: prepare the run once its first batch is tokenised

    def scored(chunk: _Chunk) -> Iterator[dict[str, Any]]:
        nonlocal prepare
        if prepare:  # while the tokenizer threads work on the batches queued behind this one
            chunk.encoded.result()
            prepare = False
            for k in keys:  # build the keys' tables once, full size
                _prebuild_tables(k, tokenizer.vocab_size)
        yield from score(chunk)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="tokenize") as pool:
        pending: deque[_Chunk] = deque()  # submitted, in input order
        batch: list[tuple[int, dict[str, Any]]] = []
        chars = full = 0
        try:
            for number, obj in read_records(path, {"text": str}, skipped, skip_invalid, progress):
                problem = _problem(obj, key.scheme)
                if problem:
                    skipped.add(f"{path}:{number}: {problem}", skip_invalid)
                    continue
                batch.append((number, obj))
                chars += len(obj["text"]) + len(obj.get("prompt") or "")
                if chars >= CHUNK_CHARS or len(batch) >= CHUNK_TEXTS:
                    prepare, full = prepare or full == 0, full + 1
                    pending.append(submit(pool, batch))  # tokenised while earlier ones are scored
                    batch, chars = [], 0
                    if len(pending) > AHEAD:
                        yield from scored(pending.popleft())
            if batch:
                pending.append(submit(pool, batch))
            while pending:
                yield from scored(pending.popleft())
        except BaseException:  # a bad line (or the consumer stopped): drop queued batches
            for chunk in pending:
                chunk.encoded.cancel()
            raise


def _prebuild_tables(key: WatermarkKey, vocab_size: int) -> None:
    """Keyed tables grow on demand by doubling (prf.token_table); a long scan will meet most
    of the vocabulary, so one exact-size build saves up to half of the hashing."""
    scheme = get_scheme(key)
    scheme.context_values(vocab_size)
    scheme.token_values(vocab_size)


def _problem(obj: dict[str, Any], scheme: str) -> str | None:
    if not obj["text"].strip():
        return "empty text"
    if obj.get("prompt") is not None and not isinstance(obj["prompt"], str):
        return "field 'prompt' must be a string"
    if obj.get("scheme") not in (None, scheme):
        return f"text is marked scheme {obj['scheme']!r} but the key is {scheme!r} (wrong key?)"
    return None
