"""Reading JSONL inputs line by line with one-line, line-numbered errors (or skipping them)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distillguard.errors import DistillguardError


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
    path: str | Path, required: dict[str, type], skipped: Skipped, skip_invalid: bool
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each valid non-blank line; `required` maps field → type."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DistillguardError(f"input file not found: {path}") from None
    except IsADirectoryError:
        raise DistillguardError(f"input is a directory: {path}") from None
    except OSError as exc:
        raise DistillguardError(f"cannot read {path}: {exc.strerror}") from None
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            skipped.add(f"{where}: not valid UTF-8 (byte {exc.start + 1})", skip_invalid)
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            skipped.add(f"{where}: malformed JSON ({exc.msg} at column {exc.colno})", skip_invalid)
            continue
        if not isinstance(obj, dict):
            skipped.add(f"{where}: expected a JSON object", skip_invalid)
            continue
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
            continue
        yield number, obj
