"""Effective ownership by jurisdiction through multi-level, multi-parent ownership chains.

Anthropic's Sept-2025 rule targets entities "more than 50% owned, directly or indirectly" by
companies in unsupported regions, so the share that matters is the product of shares along each
path to an ultimate owner, summed over paths. Cycles (cross-holdings) are cut: a path that
returns to an entity already on it contributes nothing further.
"""

from __future__ import annotations

from collections.abc import Callable

from distillguard.errors import DistillguardError

MAX_DEPTH = 32  # deeper chains are almost certainly data errors
MIN_SHARE = 1e-9  # paths thinner than this cannot move a 0..1 threshold
_TOLERANCE = 1e-9


def effective_ownership(
    org_id: str,
    parents_of: Callable[[str], list[tuple[str, float]]],
    country_of: Callable[[str], str | None],
) -> dict[str, float]:
    """{country: effective share 0..1} of `org_id`, attributed to the countries of ultimate owners.

    An entity with no recorded parents owns itself (its own country gets its share). When an
    entity's parent shares sum to less than 1, the remainder (float, undisclosed holders) stays
    with that entity's own country. Entities whose country is unknown are left out of the result.
    """
    totals: dict[str, float] = {}
    parents_cache: dict[str, list[tuple[str, float]]] = {}

    def parents(entity: str) -> list[tuple[str, float]]:
        if entity not in parents_cache:
            rows = list(parents_of(entity) or [])
            total = 0.0
            for parent, share in rows:
                if not isinstance(share, int | float) or not 0.0 <= share <= 1.0 + _TOLERANCE:
                    raise DistillguardError(f"ownership share of {parent} in {entity} must be in 0..1")
                total += share
            if total > 1.0 + 1e-6:
                raise DistillguardError(f"ownership shares in {entity} sum to {total:.4f} > 1")
            parents_cache[entity] = rows
        return parents_cache[entity]

    def credit(entity: str, share: float) -> None:
        country = country_of(entity)
        if country and share > 0:
            totals[country] = totals.get(country, 0.0) + share

    def walk(entity: str, share: float, path: frozenset[str], depth: int) -> None:
        if depth > MAX_DEPTH:
            raise DistillguardError(f"ownership chain of {org_id} is deeper than {MAX_DEPTH} levels")
        rows = parents(entity)
        held = 0.0
        for parent, parent_share in rows:
            held += parent_share
            if parent in path:
                continue  # cross-holding cycle: cut
            sub = share * parent_share
            if sub >= MIN_SHARE:
                walk(parent, sub, path | {parent}, depth + 1)
        credit(entity, share * max(0.0, 1.0 - held))

    walk(org_id, 1.0, frozenset({org_id}), 0)
    return {country: min(1.0, round(value, 12)) for country, value in sorted(totals.items())}


def share_in(ownership: dict[str, float], countries: set[str] | frozenset[str]) -> float:
    """Total effective share held from the given countries."""
    return sum(v for c, v in ownership.items() if c in countries)
