"""Watermark schemes by name, and parameter normalisation shared by key creation and loading."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from distillguard.errors import DistillguardError
from distillguard.watermark.schemes.base import Scheme
from distillguard.watermark.schemes.gumbel import Gumbel
from distillguard.watermark.schemes.kgw import KGW
from distillguard.watermark.schemes.synthid import SynthID

if TYPE_CHECKING:
    from distillguard.watermark.keys import WatermarkKey

SCHEMES: dict[str, type[Scheme]] = {"kgw": KGW, "gumbel": Gumbel, "synthid": SynthID}
_INT_PARAMS = {"context_width", "layers"}


def normalise_params(scheme: str, params: dict[str, Any], source: str = "") -> dict[str, Any]:
    """Fill defaults, coerce types, reject unknown or out-of-range parameters (one-line errors)."""
    where = f"{source}: " if source else ""
    cls = SCHEMES.get(scheme)
    if cls is None:
        raise DistillguardError(f"{where}unknown watermark scheme {scheme!r} (known: {', '.join(SCHEMES)})")
    unknown = sorted(set(params) - set(cls.defaults) - set(cls.choices))
    if unknown:
        raise DistillguardError(f"{where}{scheme} has no parameter(s) {', '.join(unknown)}")
    full: dict[str, Any] = {}
    try:
        for name, default in cls.defaults.items():
            value = params.get(name, default)
            if value is None:
                value = default
            if isinstance(value, bool):
                raise ValueError(f"{name} must be a number")
            full[name] = int(value) if name in _INT_PARAMS else float(value)
            if name in _INT_PARAMS and float(value) != full[name]:
                raise ValueError(f"{name} must be an integer")
        for name, allowed in cls.choices.items():
            value = params.get(name)
            if value is None or value == allowed[0]:
                continue  # the default is left out: key files written before the option match
            if value not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(map(str, allowed))}, got {value!r}")
            full[name] = value
        if not 1 <= full["context_width"] <= 64:
            raise ValueError("context_width must be between 1 and 64")
        cls.validate(full)
    except (TypeError, ValueError) as exc:
        raise DistillguardError(f"{where}invalid {scheme} parameters: {exc}") from None
    return full


def get_scheme(key: WatermarkKey) -> Scheme:
    """The scheme object for a key (caches nothing secret beyond the key's own tables)."""
    cls = SCHEMES.get(key.scheme)
    if cls is None:
        raise DistillguardError(f"unknown watermark scheme {key.scheme!r} for key {key.key_id}")
    return cls(key)


__all__ = ["SCHEMES", "Gumbel", "KGW", "Scheme", "SynthID", "get_scheme", "normalise_params"]
