"""Validating incoming envelopes with the `stix2` library before anything is stored.

Validation is all-or-nothing per envelope: one invalid object rejects the request with its
reason and nothing from that envelope is stored, so a partner never ends up with half a
campaign.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import stix2
from stix2.exceptions import STIXError

_ID = re.compile(r"^([a-z0-9][a-z0-9-]*[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                 r"[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


# Plain string literals ('…', not t'…'/h'…'/b'…) never change whether a pattern parses (the
# one semantic check that reads them is on file hashes, validated in full), so patterns are
# validated once per *shape* (literals blanked): a campaign's indicators share few shapes.
_LITERAL = re.compile(r"([thbTHB])?'(?:[^'\\]|\\.)*'")
_DEFERRED = "x-distillguard-deferred"


class StixRejection(ValueError):
    """An envelope that is not valid STIX 2.1; the message says which object and why."""


def validate_objects(envelope: Any) -> list[dict[str, Any]]:
    """The envelope's objects, each checked by `stix2.parse` (custom content allowed)."""
    if not isinstance(envelope, dict):
        raise StixRejection("the envelope must be a JSON object")
    objects = envelope.get("objects")
    if not isinstance(objects, list) or not objects:
        raise StixRejection("the envelope needs a non-empty 'objects' list")
    for i, obj in enumerate(objects):
        try:
            _check_object(i, obj)
        except RecursionError:  # deep custom properties or a pattern of 10k parentheses
            raise StixRejection(f"objects[{i}] is nested too deeply") from None
        problem = text_problem(obj)
        if problem:
            raise StixRejection(f"objects[{i}]: {problem}")
    return objects


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def text_problem(value: Any) -> str | None:
    """Why a decoded JSON value cannot be stored: PostgreSQL's text holds no NUL and psycopg
    cannot encode a lone UTF-16 surrogate (`\\ud800` in JSON), so either would fail the row
    with a 500. Keys and values, iteratively (no recursion on deep input)."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str) and _UNSTORABLE.search(node):
            return "text contains a NUL or a lone UTF-16 surrogate"
    return None


def _check_object(i: int, obj: Any) -> None:
    if not isinstance(obj, dict):
        raise StixRejection(f"objects[{i}] is not a JSON object")
    oid, otype = obj.get("id"), obj.get("type")
    match = _ID.match(oid) if isinstance(oid, str) else None
    if not match or match.group(1) != otype:
        raise StixRejection(f"objects[{i}]: id {str(oid)[:80]!r} is not a '{otype}--<uuid>' id")
    if obj.get("spec_version") != "2.1":
        raise StixRejection(f"{oid}: spec_version must be '2.1'")
    if otype == "bundle":
        raise StixRejection(f"{oid}: bundles cannot be stored as objects")
    candidate = obj
    if otype == "indicator" and obj.get("pattern_type") == "stix":
        errors = _pattern_errors(str(obj.get("pattern", "")), str(obj.get("pattern_version", "2.1")))
        if errors:
            raise StixRejection(f"{oid}: invalid STIX 2.1 pattern: {errors[0][:300]}")
        candidate = {**obj, "pattern_type": _DEFERRED}  # pattern already checked above
    try:
        parsed = stix2.parse(candidate, allow_custom=True, version="2.1")
    except (STIXError, ValueError, TypeError, KeyError) as exc:
        reason = str(exc).splitlines()[0][:300]
        raise StixRejection(f"{oid}: invalid STIX 2.1: {reason}") from None
    if isinstance(parsed, dict) and otype.startswith("x-"):
        # Custom SDOs (ours or a partner's) still need the common SDO timestamps.
        for prop in ("created", "modified"):
            if not isinstance(obj.get(prop), str):
                raise StixRejection(f"{oid}: custom object lacks '{prop}'")


def _pattern_errors(pattern: str, version: str) -> list[str]:
    if "hashes" in pattern.lower():  # the only literal-dependent check: hash value formats
        return _shape_errors(pattern, version)
    shape = _LITERAL.sub(lambda m: m.group(0) if m.group(1) else "'x'", pattern)
    return _shape_errors(shape, version)


@lru_cache(maxsize=4096)
def _shape_errors(shape: str, version: str) -> list[str]:
    from stix2patterns.validator import run_validator

    return [str(e) for e in run_validator(shape, version)]
