"""Well-known STIX objects every lab shares verbatim: TLP 2.0 markings, our extension
definitions, the distillguard identity that authors them, and the ATLAS attack pattern.

They have fixed ids and fixed content, so any member may publish them (the server accepts a
copy only if it is byte-for-byte the canonical object; anything else under those ids is a
forgery).
"""

from __future__ import annotations

import json
import uuid
from functools import cache
from typing import Any

import stix2
from stix2.v21 import AttackPattern, ExtensionDefinition, Identity, MarkingDefinition

TLP2_EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
TLP2_IDS = {
    "clear": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "green": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "amber": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "amber+strict": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "red": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
# TLP 1.0 ids (stix2 library constants) mapped onto TLP 2.0 levels, for incoming objects.
TLP1_IDS = {
    stix2.TLP_WHITE.id: "clear",
    stix2.TLP_GREEN.id: "green",
    stix2.TLP_AMBER.id: "amber",
    stix2.TLP_RED.id: "red",
}
TLP_ORDER = ("clear", "green", "amber", "amber+strict", "red")
TLP_BY_MARKING = {**{v: k for k, v in TLP2_IDS.items()}, **TLP1_IDS}

NAMESPACE = uuid.UUID("5c1c7f53-52a4-4c59-9d1e-0fd1f33a5a4e")
CANONICAL_CREATED = "2026-01-01T00:00:00.000Z"
DISTILLGUARD_IDENTITY_ID = f"identity--{uuid.uuid5(NAMESPACE, 'distillguard-project')}"
INDICATOR_EXTENSION_ID = f"extension-definition--{uuid.uuid5(NAMESPACE, 'indicator-privacy/1')}"
EVIDENCE_EXTENSION_ID = f"extension-definition--{uuid.uuid5(NAMESPACE, 'audit-evidence/1')}"
EVIDENCE_TYPE = "x-distillguard-audit-evidence"
ATTACK_PATTERN_ID = f"attack-pattern--{uuid.uuid5(NAMESPACE, 'AML.T0024')}"
KEYED_HASH_PATTERN_TYPE = "distillguard-keyed-hash"
MINHASH_PATTERN_TYPE = "distillguard-minhash"
SCHEMA_BASE = "https://github.com/distillguard/distillguard/blob/main/docs/intel.md"


def tlp_level(marking_refs: list[str] | None, default: str = "amber") -> str:
    """Most restrictive TLP level among an object's marking refs (default when unmarked)."""
    levels = [TLP_BY_MARKING[m] for m in marking_refs or () if m in TLP_BY_MARKING]
    if not levels:
        return default
    return max(levels, key=TLP_ORDER.index)


def tlp_marking(level: str) -> MarkingDefinition:
    """The official TLP 2.0 marking-definition object (OASIS cti-stix-common-objects)."""
    if level not in TLP2_IDS:
        raise ValueError(f"unknown TLP level {level!r}; use one of {', '.join(TLP2_IDS)}")
    return MarkingDefinition(
        id=TLP2_IDS[level],
        created="2022-10-01T00:00:00.000Z",
        name=f"TLP:{level.upper()}",
        extensions={
            TLP2_EXTENSION_ID: {"extension_type": "property-extension", "tlp_2_0": level}
        },
        allow_custom=True,
    )


def distillguard_identity() -> Identity:
    return Identity(
        id=DISTILLGUARD_IDENTITY_ID,
        created=CANONICAL_CREATED,
        modified=CANONICAL_CREATED,
        name="distillguard project",
        identity_class="organization",
        description="Author of the shared distillguard STIX extension definitions.",
        object_marking_refs=[TLP2_IDS["clear"]],
    )


def indicator_extension() -> ExtensionDefinition:
    return ExtensionDefinition(
        id=INDICATOR_EXTENSION_ID,
        created_by_ref=DISTILLGUARD_IDENTITY_ID,
        created=CANONICAL_CREATED,
        modified=CANONICAL_CREATED,
        name="distillguard privacy-preserving indicator",
        description=(
            "Structured form of keyed-hash identifier and keyed MinHash prompt-template "
            "indicators: kind (email, payment_fingerprint, user_agent, prompt_template), "
            "key_id of the coalition key, and value (hmac-sha256 digest or base64 MinHash "
            "signature with num_perm and shingle_words). Values are useless without the key."
        ),
        schema=f"{SCHEMA_BASE}#indicator-extension",
        version="1.0",
        extension_types=["property-extension"],
        object_marking_refs=[TLP2_IDS["clear"]],
    )


def evidence_extension() -> ExtensionDefinition:
    return ExtensionDefinition(
        id=EVIDENCE_EXTENSION_ID,
        created_by_ref=DISTILLGUARD_IDENTITY_ID,
        created=CANONICAL_CREATED,
        modified=CANONICAL_CREATED,
        name="distillguard radioactivity audit evidence",
        description=(
            f"New SDO {EVIDENCE_TYPE}: result of a watermark radioactivity audit of a suspect "
            "model (suspect_ref to a software SCO, p_value, tokens_scored, verdict, key_id of "
            "the watermark key; never the key itself)."
        ),
        schema=f"{SCHEMA_BASE}#audit-evidence",
        version="1.0",
        extension_types=["new-sdo"],
        object_marking_refs=[TLP2_IDS["clear"]],
    )


def distillation_attack_pattern() -> AttackPattern:
    return AttackPattern(
        id=ATTACK_PATTERN_ID,
        created_by_ref=DISTILLGUARD_IDENTITY_ID,
        created=CANONICAL_CREATED,
        modified=CANONICAL_CREATED,
        name="Model distillation through an inference API",
        description=(
            "Harvesting a model's outputs through its API at scale to train a competing "
            "student model (unauthorized distillation / model extraction)."
        ),
        external_references=[
            {
                "source_name": "mitre-atlas",
                "external_id": "AML.T0024",
                "url": "https://atlas.mitre.org/techniques/AML.T0024",
            },
            {
                "source_name": "mitre-atlas",
                "external_id": "AML.T0024.002",
                "url": "https://atlas.mitre.org/techniques/AML.T0024.002",
            },
        ],
        object_marking_refs=[TLP2_IDS["clear"]],
    )


@cache
def well_known_objects() -> dict[str, dict[str, Any]]:
    """id → canonical JSON dict of every shared, fixed-content object."""
    objects = [tlp_marking(level) for level in TLP2_IDS] + [
        distillguard_identity(),
        indicator_extension(),
        evidence_extension(),
        distillation_attack_pattern(),
    ]
    return {o.id: json.loads(o.serialize()) for o in objects}


def shared_objects(tlp: str) -> list[dict[str, Any]]:
    """The fixed objects a bundle needs: its TLP marking, our definitions, the attack pattern."""
    known = well_known_objects()
    ids = [TLP2_IDS[tlp], TLP2_IDS["clear"], DISTILLGUARD_IDENTITY_ID, INDICATOR_EXTENSION_ID,
           EVIDENCE_EXTENSION_ID, ATTACK_PATTERN_ID]
    return [known[i] for i in dict.fromkeys(ids)]
