"""ISO 3166-1 alpha-2 validation, backed by pycountry so the code list is not hand-maintained."""

from __future__ import annotations

from functools import lru_cache

# Codes in common use by GeoIP vendors that ISO has not (yet) assigned: Kosovo.
_USER_ASSIGNED = {"XK": "Kosovo"}


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    import pycountry

    codes = {c.alpha_2: c.name for c in pycountry.countries}
    codes.update(_USER_ASSIGNED)
    return codes


def is_country_code(code: object) -> bool:
    """True for an upper-case ISO 3166-1 alpha-2 code (or XK)."""
    return isinstance(code, str) and code in _codes()


def country_name(code: str) -> str | None:
    """English short name of a valid code, None otherwise."""
    return _codes().get(code)


def normalize_country(code: str | None) -> str | None:
    """Upper-case and validate a code; empty/None → None; anything else invalid → None."""
    if not code:
        return None
    code = code.strip().upper()
    return code if is_country_code(code) else None
