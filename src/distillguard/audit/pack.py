"""Assemble the evidence pack `audit open|api --report DIR` writes, so it stands on its own.

Besides report.json/html and the plots (`audit.report`), the pack gets copies of the inputs the
audit read (`inputs/corpus.jsonl`, `inputs/served.jsonl`, `inputs/prompts.jsonl`), in API mode
the transcript cache with this audit's responses (`responses.sqlite`), a `reproduce.sh` that
reruns the audit from those copies and fails unless it gets the same p-value, and the signed
`manifest.json` (`audit.evidence`). Key files stay where they are (they hold secrets); the
manifest records their ids and derivations.
"""

from __future__ import annotations

import shlex
import shutil
import sqlite3
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distillguard.audit.evidence import (
    code_version,
    keys_record,
    sha256_file,
    suspect_record,
    write_manifest,
)
from distillguard.audit.open_mode import AuditRun
from distillguard.audit.report import API_KEY_ENV, redact_command, write_report
from distillguard.watermark.keys import WatermarkKey

INPUT_NAMES = {"--corpus": "inputs/corpus.jsonl", "--served": "inputs/served.jsonl",
               "--prompts": "inputs/prompts.jsonl"}
TRANSCRIPT = "responses.sqlite"
DROPPED_FLAGS = {"--report"}


@dataclass
class PackInputs:
    """What the pack must pin besides the report: inputs, keys, suspect or API transcript."""

    mode: str
    files: dict[str, Path]  # flag → the file the audit read, e.g. {"--corpus": Path(...)}
    key: WatermarkKey | None = None
    keyring: Sequence[WatermarkKey] | None = None
    key_files: dict[str, str | None] = field(default_factory=dict)
    suspect: str | None = None
    cache: Path | None = None  # API mode: the response cache the audit used
    cache_keys: list[str] = field(default_factory=list)  # API mode: this audit's cache rows
    signing_key: Path | None = None


class _PackRef(str):
    """A path inside the pack: rendered relative to the script's own directory."""


def _script_argv(argv: Sequence[str], refs: dict[str, str]) -> list[str]:
    out: list[str] = []
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in DROPPED_FLAGS and i + 1 < len(args):
            i += 2
            continue
        out.append(arg)
        if arg in refs and i + 1 < len(args):
            out.append(_PackRef(refs[arg]))
            i += 2
            continue
        i += 1
    return out


def _render(arg: str, first: bool) -> str:
    if first and arg == "distillguard":
        return '"$DISTILLGUARD"'
    if isinstance(arg, _PackRef):
        return f'"$PACK/{arg}"'
    if arg == f"${API_KEY_ENV}":
        return f'"${API_KEY_ENV}"'
    if arg.endswith(f"=${API_KEY_ENV}"):
        return shlex.quote(arg[: -len(API_KEY_ENV) - 1]) + f'"${API_KEY_ENV}"'
    return shlex.quote(arg)


CHECK = """\
"${PYTHON:-python3}" - "$PACK/report.json" "$out" <<'PY'
import json, sys
want = json.load(open(sys.argv[1], encoding="utf-8"))["result"]
got = json.loads(sys.argv[2])
for field in ("p_value", "log10_p_value", "tokens_scored", "verdict"):
    if want.get(field) != got.get(field):
        sys.exit(f"reproduce: {field} differs: pack {want.get(field)!r}, rerun {got.get(field)!r}")
print("reproduce: same p-value, tokens scored and verdict as the pack", file=sys.stderr)
PY
"""


def reproduce_script(argv: Sequence[str], refs: dict[str, str]) -> str:
    """bash that reruns the audit on the pack's copies and compares with report.json."""
    words = redact_command(_script_argv(argv, refs))
    command = " ".join(_render(a, i == 0) for i, a in enumerate(words))
    needs_key = f"${API_KEY_ENV}" in " ".join(words)
    return (
        "#!/usr/bin/env bash\n"
        "# Re-run this audit from its evidence pack (same inputs, same parameters); exits non-zero\n"
        "# unless the p-value, tokens scored and verdict equal report.json's. Key files are read\n"
        "# from where the audit read them. DISTILLGUARD / PYTHON override the programs used.\n"
        "set -euo pipefail\n"
        'PACK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"\n'
        'DISTILLGUARD="${DISTILLGUARD:-distillguard}"\n'
        + (f': "${{{API_KEY_ENV}:?set {API_KEY_ENV} to the suspect API key}}"\n' if needs_key else "")
        + f"out=\"$({command})\"\n"
        + "printf '%s\\n' \"$out\"\n"
        + CHECK
    )


def _copy_transcript(source: Path, target: Path, cache_keys: Sequence[str]) -> None:
    """This audit's rows of `source` (a response cache) into a fresh cache file `target`."""
    target.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        schema = src.execute("SELECT sql FROM sqlite_master WHERE name = 'responses'").fetchone()[0]
        dst.execute(schema)
        wanted = list(dict.fromkeys(cache_keys))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows = src.execute(f"SELECT * FROM responses WHERE cache_key IN ({','.join('?' * len(chunk))}) "
                               "ORDER BY cache_key", chunk).fetchall()
            if rows:
                dst.executemany(f"INSERT INTO responses VALUES ({','.join('?' * len(rows[0]))})", rows)
        dst.commit()
    finally:
        src.close()
        dst.close()


def write_pack(directory: str | Path, run: AuditRun, argv: Sequence[str], inputs: PackInputs) -> dict[str, Any]:
    """Write the whole evidence pack into `directory`; returns the signed manifest document."""
    out = Path(directory)
    refs: dict[str, str] = {}
    copied: dict[str, Any] = {}
    for flag, source in inputs.files.items():
        name = INPUT_NAMES[flag]
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if not (target.exists() and target.samefile(source)):
            shutil.copyfile(source, target)
        refs[flag] = name
        copied[flag.lstrip("-")] = {"original_path": str(Path(source).resolve()), "pack_path": name,
                                    "sha256": sha256_file(target)}
    body: dict[str, Any] = {"mode": inputs.mode, "inputs": copied, "code": code_version(),
                            "keys": keys_record(inputs.key, inputs.keyring, inputs.key_files),
                            "result": {k: run.result.get(k) for k in
                                       ("p_value", "log10_p_value", "tokens_scored", "verdict", "alpha",
                                        "key_id", "attributed_account_ids")},
                            "reproduce": "reproduce.sh"}
    if inputs.suspect is not None:
        body["suspect"] = suspect_record(inputs.suspect)
    if inputs.cache is not None:
        transcript = out / TRANSCRIPT
        if not (transcript.exists() and transcript.samefile(inputs.cache)):
            _copy_transcript(inputs.cache, transcript, inputs.cache_keys)
        refs["--cache"] = TRANSCRIPT
        query = run.result.get("query") or {}
        body["transcript"] = {"pack_path": TRANSCRIPT, "original_path": str(Path(inputs.cache).resolve()),
                              "sha256": sha256_file(transcript),
                              "resumed_from_cache": int(query.get("from_cache", 0)) > 0,
                              "from_cache": query.get("from_cache"), "requested": query.get("requested")}
    write_report(out, run, argv)
    script = out / "reproduce.sh"
    script.write_text(reproduce_script(argv, refs), encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return write_manifest(out, body, inputs.signing_key)
