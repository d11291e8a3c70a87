"""STIX/TAXII timestamps ↔ integer microseconds (exact ordering, no float rounding)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_FRACTION = re.compile(r"\.(\d+)")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def parse_timestamp(value: str) -> datetime:
    """An RFC 3339 timestamp (any fraction precision, `Z` or offset) as aware UTC datetime."""
    text = value.strip().replace("z", "Z")
    text = _FRACTION.sub(lambda m: "." + (m.group(1) + "000000")[:6], text, count=1)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def to_micros(dt: datetime) -> int:
    delta = dt - _EPOCH
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(us: int) -> str:
    seconds, micros = divmod(us, 1_000_000)
    dt = datetime.fromtimestamp(seconds, UTC).replace(microsecond=micros)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def normalise(value: str) -> str:
    """Fixed-width form (microseconds) so version strings sort and compare as text."""
    return from_micros(to_micros(parse_timestamp(value)))


def now_micros() -> int:
    return to_micros(datetime.now(UTC))
