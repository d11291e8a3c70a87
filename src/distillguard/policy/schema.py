"""Policy file validation: defaults merged with the user's file, every error naming its field."""

from __future__ import annotations

import copy
import math
import tomllib
from collections.abc import Collection
from importlib import resources
from typing import Any, NoReturn

from distillguard.errors import DistillguardError
from distillguard.policy.countries import is_country_code
from distillguard.policy.reasoning_guard import LEARNED, check_learned_threshold, check_threshold

DEFAULT_FILE = "default_policy.toml"
SIGNALS = ("ip", "declared", "billing")
ACTIONS = ("allow", "review", "deny")
REQUIRED_TIERS = ("restricted", "denied")


def default_data() -> dict[str, Any]:
    """The embedded default policy as a dict (a fresh copy each call)."""
    text = resources.files("distillguard.policy").joinpath(DEFAULT_FILE).read_text("utf-8")
    return tomllib.loads(text)


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Tables merge key by key (recursively); any other value in `override` replaces."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


class _Checker:
    def __init__(self, data: dict[str, Any], source: str) -> None:
        self.data = data
        self.source = source

    def fail(self, field: str, problem: str) -> NoReturn:
        raise DistillguardError(f"policy {self.source}: {field}: {problem}")

    def table(self, name: str, known: set[str]) -> dict[str, Any]:
        value = self.data.get(name)
        if not isinstance(value, dict):
            self.fail(name, "must be a table")
        for key in value:
            if key not in known:
                self.fail(f"{name}.{key}", f"unknown field (known: {', '.join(sorted(known))})")
        return value

    def get(
        self,
        table: dict[str, Any],
        name: str,
        field: str,
        kind: type[Any] | tuple[type[Any], ...],
        *,
        choices: Collection[Any] | None = None,
        lo: float | None = None,
        hi: float | None = None,
    ) -> Any:
        if field not in table:
            self.fail(name + "." + field, "is required")
        value = table[field]
        if isinstance(value, bool) and kind is not bool and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            self.fail(f"{name}.{field}", f"must be {_kind_name(kind)}, got a boolean")
        if not isinstance(value, kind):
            self.fail(f"{name}.{field}", f"must be {_kind_name(kind)}, got {type(value).__name__}")
        if isinstance(value, float) and not math.isfinite(value):
            # TOML and YAML both spell nan and inf; a NaN threshold compares false with everything and would
            # silently switch its rule off
            self.fail(f"{name}.{field}", f"must be a finite number, got {value!r}")
        if choices is not None and value not in choices:
            self.fail(f"{name}.{field}", f"must be one of {', '.join(map(str, choices))}, got {value!r}")
        if lo is not None and value < lo:
            self.fail(f"{name}.{field}", f"must be ≥ {lo}, got {value!r}")
        if hi is not None and value > hi:
            self.fail(f"{name}.{field}", f"must be ≤ {hi}, got {value!r}")
        return value

    def countries(self, table: dict[str, Any], name: str, field: str) -> list[str]:
        values = self.get(table, name, field, list)
        out: list[str] = []
        for i, code in enumerate(values):
            if not is_country_code(code):
                self.fail(f"{name}.{field}[{i}]", f"{code!r} is not an ISO 3166-1 alpha-2 code (upper case, e.g. 'US')")
            out.append(code)
        return out


def _kind_name(kind: type[Any] | tuple[type[Any], ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {bool: "true/false", int: "an integer", float: "a number", str: "a string", list: "a list", dict: "a table"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def validate(data: dict[str, Any], source: str = "<default>") -> dict[str, Any]:
    """Check a merged policy dict; returns the normalised dict or raises naming the bad field."""
    c = _Checker(data, source)
    top = {"version", "jurisdictions", "ownership", "verification", "asn", "review", "reasoning",
           "reasoning_guard", "monitor", "tiers"}
    for key in data:
        if key not in top:
            c.fail(key, f"unknown field (known: {', '.join(sorted(top))})")
    if c.get(data, "policy", "version", int) != 1:
        c.fail("version", f"unsupported version {data['version']!r} (expected 1)")

    j = c.table("jurisdictions", {"restricted", "flagged", "signals"})
    restricted = c.countries(j, "jurisdictions", "restricted")
    flagged = c.countries(j, "jurisdictions", "flagged")
    both = sorted(set(restricted) & set(flagged))
    if both:
        c.fail("jurisdictions.flagged", f"{', '.join(both)} also listed as restricted")
    signals = c.get(j, "jurisdictions", "signals", list)
    for i, s in enumerate(signals):
        if s not in SIGNALS:
            c.fail(f"jurisdictions.signals[{i}]", f"must be one of {', '.join(SIGNALS)}, got {s!r}")

    o = c.table("ownership", {"threshold", "restricted_action", "flagged_action"})
    c.get(o, "ownership", "threshold", (int, float), lo=0.0, hi=1.0)
    c.get(o, "ownership", "restricted_action", str, choices=ACTIONS)
    c.get(o, "ownership", "flagged_action", str, choices=ACTIONS)

    v = c.table("verification", {"required_for", "unverified_action", "failed_action"})
    c.get(v, "verification", "required_for", str, choices=("none", "flagged", "all"))
    c.get(v, "verification", "unverified_action", str, choices=ACTIONS)
    c.get(v, "verification", "failed_action", str, choices=ACTIONS)

    a = c.table("asn", {"flagged_numbers", "flagged_org_substrings", "action"})
    for i, n in enumerate(c.get(a, "asn", "flagged_numbers", list)):
        if isinstance(n, bool) or not isinstance(n, int) or n <= 0:
            c.fail(f"asn.flagged_numbers[{i}]", f"must be a positive AS number, got {n!r}")
    for i, s in enumerate(c.get(a, "asn", "flagged_org_substrings", list)):
        if not isinstance(s, str) or not s.strip():
            c.fail(f"asn.flagged_org_substrings[{i}]", f"must be a non-empty string, got {s!r}")
    c.get(a, "asn", "action", str, choices=ACTIONS)

    r = c.table("review", {"hold", "tier", "approved_clears_review"})
    c.get(r, "review", "hold", bool)
    c.get(r, "review", "tier", str)
    c.get(r, "review", "approved_clears_review", bool)

    re_ = c.table("reasoning", {"expose"})
    c.get(re_, "reasoning", "expose", str, choices=("always", "allow_only", "never"))

    g = c.table("reasoning_guard", {"enabled", "action", "threshold", "learned", "learned_threshold"})
    c.get(g, "reasoning_guard", "enabled", bool)
    c.get(g, "reasoning_guard", "action", str, choices=("tag", "refuse"))
    if "learned" in g:
        c.get(g, "reasoning_guard", "learned", str, choices=LEARNED)
    if "threshold" in g:
        threshold = c.get(g, "reasoning_guard", "threshold", (int, float), lo=0.0, hi=1.0)
        try:
            check_threshold(threshold)
        except ValueError as exc:
            c.fail("reasoning_guard.threshold", str(exc))
    if "learned_threshold" in g:
        learned_threshold = c.get(g, "reasoning_guard", "learned_threshold", (int, float))
        try:
            check_learned_threshold(learned_threshold)
        except ValueError:
            c.fail("reasoning_guard.learned_threshold", f"must be strictly between 0 and 1, got {learned_threshold!r}")

    m = c.table("monitor", {"risk_review_threshold", "risk_deny_threshold", "approval_clears"})
    c.get(m, "monitor", "risk_review_threshold", (int, float), lo=0.0)
    c.get(m, "monitor", "risk_deny_threshold", (int, float), lo=0.0)
    c.get(m, "monitor", "approval_clears", str, choices=("same_evidence", "never"))

    tiers = data.get("tiers")
    if not isinstance(tiers, dict):
        c.fail("tiers", "must be a table")
    default_tier = c.get(tiers, "tiers", "default", str)
    names = [k for k, val in tiers.items() if k != "default"]
    for name in names:
        t = tiers[name]
        if not isinstance(t, dict):
            c.fail(f"tiers.{name}", "must be a table with requests_per_minute and tokens_per_minute")
        for key in t:
            if key not in ("requests_per_minute", "tokens_per_minute"):
                c.fail(f"tiers.{name}.{key}", "unknown field (known: requests_per_minute, tokens_per_minute)")
        c.get(t, f"tiers.{name}", "requests_per_minute", int, lo=0)
        c.get(t, f"tiers.{name}", "tokens_per_minute", int, lo=0)
    for needed, field in [(default_tier, "tiers.default"), (r["tier"], "review.tier")] + [
        (t, "tiers") for t in REQUIRED_TIERS
    ]:
        if needed not in names:
            c.fail(field, f"tier {needed!r} is not defined under [tiers]")
    return data
