"""Bundle-level checks and small bundle builders shared by the CLI, sync and tests."""

from __future__ import annotations

import json
from typing import Any

from distillguard.errors import DistillguardError


def validate_bundle(bundle: dict[str, Any]) -> list[str]:
    """Errors reported by the OASIS `stix2-validator` for this bundle (empty when valid)."""
    from stix2validator import ValidationOptions, validate_instance

    result = validate_instance(bundle, ValidationOptions(version="2.1"))
    errors = [str(e) for e in result.errors]
    for obj in getattr(result, "object_results", []) or []:
        errors += [str(e) for e in obj.errors]
    return [] if result.is_valid and not errors else errors or ["invalid bundle"]


def check_bundle(bundle: dict[str, Any]) -> None:
    """Raise a one-line error if the bundle does not pass `stix2-validator`."""
    errors = validate_bundle(bundle)
    if errors:
        raise DistillguardError(f"exported bundle fails stix2-validator: {errors[0]}")


def sightings_bundle(alerts: list[Any], lab_name: str, tlp: str = "amber") -> dict[str, Any]:
    """One STIX sighting per matched indicator ("we saw it too"), as a bundle."""
    from stix2.v21 import Bundle

    from distillguard.intel.export import _ts, lab_identity, make_sighting
    from distillguard.intel.vocab import shared_objects

    per_indicator: dict[str, list[Any]] = {}
    for alert in alerts:
        per_indicator.setdefault(alert.indicator_id, []).append(alert)
    objects: list[Any] = [lab_identity(lab_name)]
    for indicator_id, group in per_indicator.items():
        firsts = [_ts(a.first_seen) for a in group if a.first_seen]
        lasts = [_ts(a.last_seen) for a in group if a.last_seen]
        objects.append(make_sighting(indicator_id, lab_name, len(group),
                                     min(firsts) if firsts else None,
                                     max(lasts) if lasts else None, tlp))
    serialised = [json.loads(o.serialize()) for o in objects]
    return json.loads(Bundle(objects=shared_objects(tlp) + serialised,
                             allow_custom=True).serialize())
