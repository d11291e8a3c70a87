"""Reading the audit's JSONL inputs with one-line errors for every way they can be wrong."""

from __future__ import annotations

import json
from pathlib import Path

from distillguard.audit.reading import CorpusDoc
from distillguard.errors import DistillguardError


def read_jsonl(path: str | Path, what: str) -> list[dict]:
    """Objects of a JSONL file; blank lines are skipped, anything else malformed is an error."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DistillguardError(f"{what} file not found: {path}") from None
    except IsADirectoryError:
        raise DistillguardError(f"{what} path is a directory, not a JSONL file: {path}") from None
    except UnicodeDecodeError:
        raise DistillguardError(f"{what} file {path} is not UTF-8 text") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DistillguardError(f"{what} file {path}, line {number}: invalid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise DistillguardError(f"{what} file {path}, line {number}: expected a JSON object")
        records.append(obj)
    if not records:
        raise DistillguardError(f"{what} file {path} is empty: nothing to audit")
    return records


def _string(obj: dict, name: str, where: str, required: bool) -> str | None:
    value = obj.get(name)
    if value is None:
        if required:
            raise DistillguardError(f"{where}: missing {name!r}")
        return None
    if not isinstance(value, str):
        raise DistillguardError(f"{where}: {name!r} must be a string")
    return value


def read_corpus(path: str | Path) -> list[CorpusDoc]:
    """Corpus lines {"id"?, "text", "prompt"?} for open mode."""
    docs = []
    for i, obj in enumerate(read_jsonl(path, "corpus"), 1):
        where = f"corpus {path}, record {i}"
        text = _string(obj, "text", where, True)
        if not text.strip():
            continue
        ident = obj.get("id")
        docs.append(CorpusDoc(text=text, prompt=_string(obj, "prompt", where, False) or None,
                              id=None if ident is None else str(ident)))
    if not docs:
        raise DistillguardError(f"corpus {path} has no non-empty text")
    return docs


def read_prompts(path: str | Path) -> list[tuple[str, str]]:
    """Prompt lines {"id"?, "prompt"} for API mode, as (id, prompt); ids default to line numbers."""
    out = []
    seen = set()
    for i, obj in enumerate(read_jsonl(path, "prompts"), 1):
        where = f"prompts {path}, record {i}"
        prompt = _string(obj, "prompt", where, True)
        if not prompt.strip():
            continue
        ident = str(obj.get("id", i))
        if ident in seen:
            raise DistillguardError(f"{where}: duplicate id {ident!r}")
        seen.add(ident)
        out.append((ident, prompt))
    if not out:
        raise DistillguardError(f"prompts {path} has no non-empty prompt")
    return out
