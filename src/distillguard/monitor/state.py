"""What a daily `monitor scan --since DAY --state DIR` carries to the next day's run.

Why: a daily job reads one day's partitions (`--since`), so on its own it forgets yesterday —
which accounts were risky, since when, and which prompt templates flagged accounts used. The
state keeps exactly that, and the next run reports it per account (`history`): the previous
risk and flag, the day the account was first flagged, and whether one of its templates matches
a template sent by an account flagged on an earlier day (a campaign moving to fresh accounts).

It never changes a risk, a flag or the threshold (scoring reads nothing from it): the state only
adds fields to the document, so a scan without `--state` is unchanged.

What is stored (no prompt text — prompts are customer data): per account its last risk, flag,
first-flagged day and last day seen; the population reference shares; per flagged template its
MinHash signature (64 × uint32 of the normalised prompt head, `minhash.py`; LSH band keys derive
from it), the days it was first and last flagged and up to 20 accounts that sent it. A
signature still lets whoever holds the state test a *guessed* prompt for membership, so the
files are written 0600 and belong with the event logs, not with reports.

Files: `DIR/state-YYYY-MM-DD.json`, one per scanned day (the UTC day of the newest event), a
header line (format, version, SHA-256 and length of the body) then the JSON body. A run for day
D reads the newest file of a day before D and writes D's file atomically, so re-running a day
replaces its file from the same starting point. A file that is unreadable, truncated, altered,
of another format or version, or written with other MinHash parameters is a one-line error
naming it — never silently ignored (a job that silently started from nothing would report every
account as new).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import math
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from distillguard.errors import DistillguardError
from distillguard.monitor.batch_udfs import binary_to_sigs
from distillguard.monitor.minhash import lsh_params, template_clusters

FORMAT = "distillguard-monitor-state"
VERSION = 1
KEEP_FILES = 30  # newest state files kept in DIR (older ones are removed after a write)
RETAIN_DAYS = 90  # accounts not seen for this long (and never flagged) are dropped
MAX_TEMPLATES = 100_000  # flagged templates kept (least recently flagged dropped first)
MAX_TEMPLATE_ACCOUNTS = 20
MATCH_EXAMPLES = 5
_NAME = re.compile(r"^state-(\d{4}-\d{2}-\d{2})\.json$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class AccountState(_Strict):
    risk: float = Field(ge=0.0, le=1.0)
    flagged: bool
    first_flagged: date | None
    last_seen: date


class TemplateState(_Strict):
    sig: str  # base64 of num_perm little-endian uint32
    first_flagged: date
    last_flagged: date
    accounts: list[str] = Field(max_length=MAX_TEMPLATE_ACCOUNTS)


class LshState(_Strict):
    num_perm: int = Field(ge=8, le=1024)
    seed: int
    threshold: float = Field(gt=0.0, le=1.0)


class Body(_Strict):
    as_of: date
    written_at: str
    lsh: LshState
    reference: dict[str, float]
    accounts: dict[str, AccountState]
    templates: list[TemplateState] = Field(max_length=MAX_TEMPLATES)

    @field_validator("reference")
    @classmethod
    def _finite(cls, value: dict[str, float]) -> dict[str, float]:
        if not all(math.isfinite(v) for v in value.values()):
            raise ValueError("reference shares must be finite")
        return value


class _Header(_Strict):
    format: str
    version: int
    sha256: str
    bytes: int


@dataclass
class RunTemplates:
    """One scan's templates: a representative prompt signature per (account, template)."""

    as_of: date
    accounts: list[str]  # one per row of sigs
    sigs: np.ndarray  # (n, num_perm) uint32
    templated: np.ndarray  # bool: the template is a shared one (size >= template_min_prompts)
    lsh: LshState


def _sig_text(sig: np.ndarray) -> str:
    return base64.b64encode(sig.astype("<u4").tobytes()).decode("ascii")


def _sig_array(templates: list[TemplateState], num_perm: int) -> np.ndarray:
    out = np.empty((len(templates), num_perm), dtype=np.uint32)
    for i, t in enumerate(templates):
        out[i] = np.frombuffer(base64.b64decode(t.sig, validate=True), dtype="<u4")
    return out


def _check_sigs(body: Body) -> None:
    for i, t in enumerate(body.templates):
        try:
            raw = base64.b64decode(t.sig, validate=True)
        except ValueError:
            raise ValueError(f"template {i}: signature is not base64") from None
        if len(raw) != 4 * body.lsh.num_perm:
            raise ValueError(f"template {i}: signature is not {body.lsh.num_perm} uint32")


def collect(con, features) -> RunTemplates:
    """From a scan's engine (before it closes): the UTC day of its newest event and one
    representative prompt per (account, template cluster) — substantive prompts outside the
    public corpus's common shapes only (`template_size > 0`) — as the MinHash signature the
    template clustering computed for it (`prompt_signals.sig`; no prompt text reaches here)."""
    newest = con.rows("SELECT max(ts) FROM ev")[0][0]
    as_of = datetime.fromtimestamp(float(newest), UTC).date()
    table = con.arrow(
        """WITH reps AS (
            SELECT s.account_id, p.template_id, p.templated, min(s.ph) AS ph
            FROM sample s JOIN prompt_features p USING (ph)
            WHERE p.template_size > 0 GROUP BY s.account_id, p.template_id, p.templated)
        SELECT r.account_id, r.templated, ps.sig FROM reps r JOIN prompt_signals ps USING (ph)
        ORDER BY r.account_id, r.ph"""
    )
    lsh = LshState(num_perm=int(features.num_perm), seed=1, threshold=float(features.lsh_threshold))
    return RunTemplates(
        as_of=as_of,
        accounts=table.column("account_id").to_pylist(),
        sigs=binary_to_sigs(table.column("sig"), lsh.num_perm),
        templated=np.asarray(table.column("templated").to_pylist(), dtype=bool),
        lsh=lsh,
    )


def _band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(n, bands) uint64 keys of each LSH band (a fold of its rows; candidates are verified)."""
    keys = np.zeros((len(sigs), bands), dtype=np.uint64)
    prime = np.uint64(0x100000001B3)
    for b in range(bands):
        k = np.full(len(sigs), np.uint64(0xCBF29CE484222325))
        for r in range(rows):
            k = (k ^ sigs[:, b * rows + r].astype(np.uint64)) * prime
        keys[:, b] = k
    return keys


def best_matches(query: np.ndarray, stored: np.ndarray, lsh: LshState) -> tuple[np.ndarray, np.ndarray]:
    """For each query signature: the index of the stored one it matches best (-1: none) and the
    estimated Jaccard similarity. LSH bands propose a candidate per band (the bucket's first
    stored member), kept only at `threshold` — the template clustering's own rule."""
    best = np.full(len(query), -1, dtype=np.int64)
    sim = np.zeros(len(query))
    if len(query) == 0 or len(stored) == 0:
        return best, sim
    bands, rows = lsh_params(lsh.threshold, lsh.num_perm)
    qk, sk = _band_keys(query, bands, rows), _band_keys(stored, bands, rows)
    for b in range(bands):
        uniq, first = np.unique(sk[:, b], return_index=True)
        pos = np.searchsorted(uniq, qk[:, b])
        hit = (pos < len(uniq)) & (uniq[np.minimum(pos, len(uniq) - 1)] == qk[:, b])
        idx = np.flatnonzero(hit)
        cand = first[pos[idx]]
        s = (query[idx] == stored[cand]).mean(axis=1)
        better = (s >= lsh.threshold) & (s > sim[idx])
        best[idx[better]], sim[idx[better]] = cand[better], s[better]
    return best, sim


class StateDir:
    """A `--state DIR`: checked (and its newest file validated) before the scan starts."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise DistillguardError(f"--state {self.path}: not a directory")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            fd, probe = tempfile.mkstemp(prefix=".probe.", dir=self.path)
            os.close(fd)
            os.unlink(probe)
        except OSError as exc:
            raise DistillguardError(f"--state {self.path}: {exc.strerror or exc}") from None
        self._checked: tuple[Path, Body] | None = None  # kept: `previous` reads it back
        newest = self._days()
        if newest:  # a corrupt state fails before minutes of scanning
            file = newest[max(newest)]
            self._checked = (file, self.load(file))

    def _days(self) -> dict[date, Path]:
        out = {}
        for p in self.path.iterdir():
            m = _NAME.match(p.name)
            if m:
                try:
                    out[date.fromisoformat(m.group(1))] = p
                except ValueError:
                    continue
        return out

    def load(self, file: Path) -> Body:
        def bad(why: str) -> DistillguardError:
            return DistillguardError(
                f"{file}: not a valid monitor state file ({why}); move it away to start the "
                "state afresh"
            )

        try:
            raw = file.read_bytes()
        except OSError as exc:
            raise DistillguardError(f"{file}: {exc.strerror or exc}") from None
        head, sep, body = raw.partition(b"\n")
        try:
            header = _Header.model_validate_json(head)
        except ValidationError:
            raise bad("no distillguard state header") from None
        if header.format != FORMAT:
            raise bad(f"format {header.format[:40]!r}, not {FORMAT!r}")
        if header.version != VERSION:
            raise bad(f"version {header.version}; this distillguard reads version {VERSION}")
        if not sep or len(body) != header.bytes or hashlib.sha256(body).hexdigest() != header.sha256:
            raise bad("truncated or altered: its SHA-256 does not match")
        try:
            parsed = Body.model_validate_json(body)
            _check_sigs(parsed)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise bad(f"{where}: {first['msg']}") from None
        except ValueError as exc:
            raise bad(str(exc)) from None
        return parsed

    def previous(self, as_of: date) -> Body | None:
        """The newest state of a day before `as_of` (validated), if any."""
        earlier = {d: p for d, p in self._days().items() if d < as_of}
        if not earlier:
            return None
        file = earlier[max(earlier)]
        if self._checked is not None and self._checked[0] == file:
            return self._checked[1]  # validated when the directory was opened
        return self.load(file)

    def write(self, body: Body) -> Path:
        """`state-<as_of>.json`, atomically (temporary file, fsync, rename), mode 0600; then
        only the newest KEEP_FILES state files stay."""
        data = body.model_dump_json().encode("utf-8")
        header = _Header(format=FORMAT, version=VERSION, sha256=hashlib.sha256(data).hexdigest(),
                         bytes=len(data))
        target = self.path / f"state-{body.as_of.isoformat()}.json"
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=self.path)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(header.model_dump_json().encode("ascii") + b"\n" + data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise DistillguardError(f"{target}: {exc.strerror or exc}") from None
        for _, old in sorted(self._days().items())[:-KEEP_FILES]:
            with contextlib.suppress(OSError):
                old.unlink()
        return target


def carry(doc: dict[str, Any], run: RunTemplates, previous: Body | None) -> Body:
    """Add `history` to each account of `doc` (and `summary.state`) from `previous`, and return
    the state to write for `run.as_of`. Risks, flags and the threshold are left as they are."""
    if previous is not None and previous.lsh != run.lsh:
        raise DistillguardError(
            f"the state was written with MinHash {previous.lsh.model_dump()}; this scan uses "
            f"{run.lsh.model_dump()}: use another --state directory"
        )
    today = run.as_of
    old_accounts = previous.accounts if previous else {}
    old_templates = list(previous.templates) if previous else []
    stored = _sig_array(old_templates, run.lsh.num_perm)
    best, sim = best_matches(run.sigs, stored, run.lsh)
    matched: dict[str, tuple[int, float]] = {}
    for account, idx, s in zip(run.accounts, best.tolist(), sim.tolist(), strict=True):
        if idx >= 0 and (account not in matched or s > matched[account][1]):
            matched[account] = (idx, s)
    accounts: dict[str, AccountState] = {}
    for a in doc["accounts"]:
        account_id = a["account_id"]
        prev = old_accounts.get(account_id)
        first = prev.first_flagged if prev else None
        if a["flagged"] and first is None:
            first = today
        match = None
        if account_id in matched:
            t = old_templates[matched[account_id][0]]
            match = {"first_flagged": t.first_flagged.isoformat(),
                     "last_flagged": t.last_flagged.isoformat(),
                     "accounts": t.accounts[:MATCH_EXAMPLES],
                     "similarity": round(matched[account_id][1], 4)}
        a["history"] = {
            "previous_risk": prev.risk if prev else None,
            "previous_flagged": prev.flagged if prev else None,
            "previous_seen": prev.last_seen.isoformat() if prev else None,
            "first_flagged": first.isoformat() if first else None,
            "flagged_template_match": match,
        }
        accounts[account_id] = AccountState(risk=float(a["risk"]), flagged=bool(a["flagged"]),
                                            first_flagged=first, last_seen=today)
    horizon = today - timedelta(days=RETAIN_DAYS)
    for account_id, prev in old_accounts.items():
        if account_id not in accounts and (prev.last_seen >= horizon or prev.first_flagged):
            accounts[account_id] = prev
    templates = _merge_templates(doc, run, old_templates, stored)
    reference = {k: float(v) for k, v in doc["summary"].get("reference", {}).items()}
    doc["summary"]["state"] = {
        "as_of": today.isoformat(),
        "previous": previous.as_of.isoformat() if previous else None,
        "accounts_known": len(accounts),
        "flagged_templates": len(templates),
        "accounts_matching_flagged_templates": len(matched),
        "reference_change": {
            k: round(v - previous.reference[k], 4)
            for k, v in reference.items() if previous and k in previous.reference
        },
    }
    return Body(as_of=today, written_at=datetime.now(UTC).isoformat(timespec="seconds"),
                lsh=run.lsh, reference=reference, accounts=accounts, templates=templates)


def _merge_templates(
    doc: dict[str, Any], run: RunTemplates, old: list[TemplateState], stored: np.ndarray
) -> list[TemplateState]:
    """Earlier flagged templates plus the shared templates of today's flagged accounts: today's
    are clustered first (the template clustering's rule), one entry per cluster; a cluster that
    matches a stored template updates that entry instead."""
    flagged = {a["account_id"] for a in doc["accounts"] if a["flagged"]}
    rows = np.asarray(
        [i for i, a in enumerate(run.accounts) if a in flagged and run.templated[i]], dtype=np.int64
    )
    templates = [t.model_copy(deep=True) for t in old]
    if len(rows):
        labels = template_clusters(run.sigs[rows], run.lsh.threshold)
        order = np.argsort(labels, kind="stable")
        groups = np.split(order, np.flatnonzero(np.diff(labels[order])) + 1)
        reps = np.stack([run.sigs[rows[g[0]]] for g in groups])
        best, _ = best_matches(reps, stored, run.lsh)
        for group, sig, idx in zip(groups, reps, best.tolist(), strict=True):
            senders = sorted({run.accounts[rows[i]] for i in group})
            if idx < 0:
                templates.append(TemplateState(
                    sig=_sig_text(sig), first_flagged=run.as_of, last_flagged=run.as_of,
                    accounts=senders[:MAX_TEMPLATE_ACCOUNTS]))
                continue
            t = templates[idx]
            t.last_flagged = max(t.last_flagged, run.as_of)
            for account in senders:
                if account not in t.accounts and len(t.accounts) < MAX_TEMPLATE_ACCOUNTS:
                    t.accounts.append(account)
    if len(templates) > MAX_TEMPLATES:
        templates = sorted(templates, key=lambda t: t.last_flagged)[-MAX_TEMPLATES:]
    return templates


def summary_line(doc: dict[str, Any], written: Path) -> dict[str, Any]:
    """What the CLI's one-line summary says about the state."""
    s = doc["summary"]["state"]
    return {"state": str(written), "previous_state": s["previous"],
            "matching_flagged_templates": s["accounts_matching_flagged_templates"]}
