"""Reading JSONL inputs line by line with one-line, line-numbered errors (or skipping them)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distillguard.errors import DistillguardError

BLOCK = 4 << 20


@dataclass
class Skipped:
    """Counts lines dropped under --skip-invalid and reports them on stderr."""

    count: int = 0
    reasons: list[str] = field(default_factory=list)

    def add(self, message: str, skip_invalid: bool) -> None:
        if not skip_invalid:
            raise DistillguardError(message)
        self.count += 1
        if len(self.reasons) < 5:
            self.reasons.append(message)
        print(f"skipped: {message}", file=sys.stderr)

    def report(self) -> None:
        if self.count:
            print(f"skipped {self.count} invalid line(s)", file=sys.stderr)


def read_records(
    path: str | Path,
    required: dict[str, type],
    skipped: Skipped,
    skip_invalid: bool,
    progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each valid non-blank line; `required` maps field → type.

    Streams the file in 4 MiB blocks (a corpus may not fit in memory; one read per block, not
    per line); `progress`, when given, is called with the bytes consumed after each block.
    """
    path = Path(path)
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        raise DistillguardError(f"input file not found: {path}") from None
    except IsADirectoryError:
        raise DistillguardError(f"input is a directory: {path}") from None
    except OSError as exc:
        raise DistillguardError(f"cannot read {path}: {exc.strerror}") from None
    with fh:
        number = consumed = 0
        pieces: list[bytes] = []  # the current, unfinished line
        while True:
            try:
                block = fh.read(BLOCK)
            except IsADirectoryError:
                raise DistillguardError(f"input is a directory: {path}") from None
            except OSError as exc:
                raise DistillguardError(f"cannot read {path}: {exc.strerror}") from None
            if block and b"\n" not in block:
                pieces.append(block)
                continue
            lines = b"".join([*pieces, block]).split(b"\n")
            pieces = [lines.pop()] if block else []  # the last piece continues in the next block
            for line in lines:
                number += 1
                consumed += len(line) + 1
                record = _parse(line, path, number, required, skipped, skip_invalid)
                if record is not None:
                    yield number, record
            if progress is not None:
                progress(consumed)
            if not block:
                return


def _parse(
    line: bytes, path: Path, number: int, required: dict[str, type], skipped: Skipped, skip_invalid: bool
) -> dict[str, Any] | None:
    if not line.strip():
        return None
    where = f"{path}:{number}"
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        skipped.add(f"{where}: not valid UTF-8 (byte {exc.start + 1})", skip_invalid)
        return None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        skipped.add(f"{where}: malformed JSON ({exc.msg} at column {exc.colno})", skip_invalid)
        return None
    if not isinstance(obj, dict):
        skipped.add(f"{where}: expected a JSON object", skip_invalid)
        return None
    problem = next(
        (
            f"field {name!r} is missing" if name not in obj else f"field {name!r} must be a {kind.__name__}"
            for name, kind in required.items()
            if not isinstance(obj.get(name), kind) or isinstance(obj.get(name), bool)
        ),
        None,
    )
    if problem:
        skipped.add(f"{where}: {problem}", skip_invalid)
        return None
    return obj
