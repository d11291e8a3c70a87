"""Our STIX bundles as MISP events and as a MISP feed directory, converted with misp-stix.

Why: MISP has no TAXII 2.1 pull (MISP issue #2895), so a MISP shop could not consume our
exchange at all. MISP does fetch *feeds*: a directory served over HTTP(S) holding
`manifest.json`, `hashes.csv` and one `<event uuid>.json` per event.

The conversion is misp-stix's (`ExternalSTIX2toMISPParser`), not ours. We only prepare the
bundle so misp-stix can read all of it:

- our privacy-preserving indicators use custom pattern types (`distillguard-keyed-hash`,
  `distillguard-minhash`), which misp-stix stores as an opaque `stix2-pattern` object that
  MISP-to-STIX turns into an `x-misp-object`, not an indicator. They are re-expressed as
  standard STIX patterns over a custom observable (`x-distillguard-keyed-hash`,
  `x-distillguard-minhash`) carrying the same kind and value, so they survive STIX → MISP →
  STIX as indicators, and `native_pattern()` gives the original pattern back;
- objects misp-stix has no mapping for (its own `stix_object_loading_mapping`; e.g. our
  `x-distillguard-audit-evidence`) and the relationships to them are left out and *named*
  (`Conversion.warning()`), the rest is exported;
- for the feed, one STIX `report` per campaign (the campaign and everything related to it),
  so misp-stix makes one MISP event per campaign whose uuid is derived from the campaign id:
  re-running the feed rewrites an event only when its content changed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from distillguard.errors import DistillguardError
from distillguard.intel.vocab import (
    KEYED_HASH_PATTERN_TYPE,
    MINHASH_PATTERN_TYPE,
    NAMESPACE,
    TLP2_IDS,
    well_known_objects,
)

#: our custom pattern type → the custom observable its STIX-pattern form compares
OBSERVABLE_TYPES = {
    KEYED_HASH_PATTERN_TYPE: "x-distillguard-keyed-hash",
    MINHASH_PATTERN_TYPE: "x-distillguard-minhash",
}
_PATTERN_TYPES = {v: k for k, v in OBSERVABLE_TYPES.items()}
_HUB_TYPES = {"identity", "marking-definition", "extension-definition"}
_TLP_ORDER = list(TLP2_IDS)  # clear < green < amber < amber+strict < red
_SKIP_REFS = {"created_by_ref", "object_marking_refs", "where_sighted_refs"}


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _unquote(text: str) -> str:
    if len(text) < 2 or text[0] != "'" or text[-1] != "'":
        raise ValueError(text)
    out, i, body = [], 0, text[1:-1]
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            i += 1
        out.append(body[i])
        i += 1
    return "".join(out)


def stix_pattern(pattern_type: str, pattern: str) -> str:
    """`email:hmac-sha256:k:…` → `[x-distillguard-keyed-hash:kind = 'email' AND
    x-distillguard-keyed-hash:value = 'hmac-sha256:k:…']` (likewise for MinHash)."""
    observable = OBSERVABLE_TYPES[pattern_type]
    kind, _, value = pattern.partition(":")
    return (f"[{observable}:kind = {_quote(kind)} AND "
            f"{observable}:value = {_quote(value)}]")


def native_pattern(pattern: str) -> tuple[str, str] | None:
    """The inverse of `stix_pattern`: (pattern_type, pattern), or None for other patterns."""
    text = pattern.strip()
    if not (text.startswith("[x-distillguard-") and text.endswith("]")):
        return None
    observable = text[1:].split(":", 1)[0]
    pattern_type = _PATTERN_TYPES.get(observable)
    if pattern_type is None:
        return None
    head, sep, tail = text[1:-1].partition(f" AND {observable}:value = ")
    prefix = f"{observable}:kind = "
    if not sep or not head.startswith(prefix):
        return None
    try:
        return pattern_type, f"{_unquote(head[len(prefix):])}:{_unquote(tail)}"
    except ValueError:
        return None


@dataclass
class Conversion:
    """MISP events made by misp-stix, and what it could not map (left out, named)."""

    events: list[Any] = field(default_factory=list)  # pymisp.MISPEvent
    unmapped: list[str] = field(default_factory=list)  # "<id> (<reason>)"

    def warning(self) -> str | None:
        """One line naming everything left out, or None."""
        if not self.unmapped:
            return None
        return (f"warning: misp-stix cannot map {len(self.unmapped)} object(s), exported "
                f"the rest: " + "; ".join(self.unmapped))


def _require() -> None:
    """A one-line error instead of an ImportError when the optional extra is missing."""
    try:
        import misp_stix_converter  # noqa: F401
        import pymisp  # noqa: F401
    except ImportError:
        raise DistillguardError("MISP output needs misp-stix and pymisp: "
                                "pip install 'distillguard[misp]'") from None


def _mappable(obj_type: str) -> bool:
    from misp_stix_converter import ExternalSTIX2toMISPMapping as Mapping

    return (Mapping.stix_object_loading_mapping(obj_type) is not None
            or obj_type in Mapping.object_type_refs_to_skip())


def _prepare(objects: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """Objects misp-stix can read (our indicators re-expressed), and those left out."""
    _require()
    unmapped: list[str] = []
    dropped: set[str] = set()
    kept: list[dict[str, Any]] = []
    for obj in objects:
        if not (isinstance(obj, dict) and isinstance(obj.get("type"), str)
                and isinstance(obj.get("id"), str)):
            raise DistillguardError("bundle holds an object without type/id")
        if not _mappable(obj["type"]):
            unmapped.append(f"{obj['id']} (no misp-stix mapping for {obj['type']})")
            dropped.add(obj["id"])
            continue
        if obj["type"] == "indicator" and obj.get("pattern_type") in OBSERVABLE_TYPES:
            obj = {**obj, "pattern": stix_pattern(obj["pattern_type"], str(obj["pattern"])),
                   "pattern_type": "stix", "pattern_version": "2.1"}
        kept.append(obj)
    out = []
    for obj in kept:  # relationships and sightings to what was left out go with it
        refs = {r for r in (obj.get("source_ref"), obj.get("target_ref"),
                            obj.get("sighting_of_ref")) if isinstance(r, str)}
        if refs & dropped:
            unmapped.append(f"{obj['id']} ({obj['type']} to an unmapped object)")
            continue
        out.append(obj)
    return out, unmapped


def _refs(obj: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for key, value in obj.items():
        if key in _SKIP_REFS:
            continue
        if key.endswith("_ref") and isinstance(value, str):
            found.append(value)
        elif key.endswith("_refs") and isinstance(value, list):
            found += [v for v in value if isinstance(v, str)]
    return found


def _groups(objects: list[dict[str, Any]]) -> list[tuple[str, str, list[str]]]:
    """(key, name, member ids): one group per campaign (objects connected through
    relationships and references), everything else in one group per author."""
    by_id = {o["id"]: o for o in objects}
    # shared objects never merge two campaigns: identities, markings, the well-known attack
    # pattern, and observables (no `created`: e.g. the suspect model two audits name)
    hub = {o["id"] for o in objects if o["type"] in _HUB_TYPES or "created" not in o} | set(
        well_known_objects())
    parent = {oid: oid for oid in by_id if oid not in hub}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for obj in objects:
        if obj["id"] in hub:
            continue
        for ref in _refs(obj):
            if ref in parent:
                parent[find(ref)] = find(obj["id"])
    components: dict[str, list[str]] = {}
    for oid in parent:
        components.setdefault(find(oid), []).append(oid)
    groups: dict[str, tuple[str, list[str]]] = {}
    for members in components.values():
        campaigns = sorted(m for m in members if by_id[m]["type"] == "campaign")
        if campaigns:
            key = campaigns[0]
            name = "; ".join(str(by_id[c].get("name", c)) for c in campaigns)
        else:
            author = str(by_id[members[0]].get("created_by_ref", "unknown author"))
            key = f"other:{author}"
            name = "Other intelligence"
        held = groups.setdefault(key, (name, []))[1]
        held += members
    out = []
    for key, (name, members) in sorted(groups.items()):
        extra = {r for m in members for r in _refs(by_id[m])
                 if r in by_id and r in hub and by_id[r]["type"] not in _HUB_TYPES}
        out.append((key, name, sorted(set(members) | extra)))
    return out


def _stamp(value: Any) -> str:
    return str(value) if value else "1970-01-01T00:00:00.000Z"


def _report(key: str, name: str, members: list[dict[str, Any]]) -> dict[str, Any]:
    """A STIX report holding one future MISP event (its id fixes the event uuid)."""
    modified = max(_stamp(m.get("modified") or m.get("created")) for m in members)
    created = min(_stamp(m.get("created")) for m in members)
    known = well_known_objects()
    authors = Counter(m["created_by_ref"] for m in members
                      if isinstance(m.get("created_by_ref"), str) and m["id"] not in known)
    levels = [lvl for lvl, mid in TLP2_IDS.items()
              if any(mid in m.get("object_marking_refs", []) for m in members)]
    report: dict[str, Any] = {
        "type": "report", "spec_version": "2.1",
        "id": f"report--{uuid.uuid5(NAMESPACE, 'misp-event:' + key)}",
        "created": created, "modified": modified, "published": modified,
        "name": name, "report_types": ["campaign"],
        "object_refs": [m["id"] for m in members],
    }
    if authors:  # the lab that wrote most of it (well-known objects are ours, shared)
        report["created_by_ref"] = authors.most_common(1)[0][0]
    if levels:
        report["object_marking_refs"] = [TLP2_IDS[max(levels, key=_TLP_ORDER.index)]]
    return report


def _convert(objects: list[dict[str, Any]], groups: list[tuple[str, str, list[str]]],
             unmapped: list[str]) -> Conversion:
    from misp_stix_converter import ExternalSTIX2toMISPParser
    from misp_stix_converter.tools import load_stix2_content
    from pymisp import MISPOrganisation

    by_id = {o["id"]: o for o in objects}
    reports = [_report(k, n, [by_id[m] for m in ms]) for k, n, ms in groups if ms]
    if not reports:
        return Conversion([], unmapped)
    bundle = {"type": "bundle", "id": f"bundle--{uuid.uuid4()}", "objects": objects + reports}
    parser = ExternalSTIX2toMISPParser()
    try:
        parser.load_stix_bundle(load_stix2_content(bundle))
        parser.parse_stix_bundle(single_event=False)
    except Exception as exc:  # misp-stix raises many types; one line for the user
        raise DistillguardError(f"misp-stix could not convert the bundle: {exc}") from None
    events = parser.misp_events if isinstance(parser.misp_events, list) else [parser.misp_event]
    for messages in parser.errors.values():
        unmapped += [f"misp-stix: {m}" for m in messages]
    identities = {o["id"]: o for o in objects if o["type"] == "identity"}
    untimed = {o["id"].split("--", 1)[1] for o in objects if "modified" not in o}
    by_uuid = {r["id"].split("--", 1)[1]: r for r in reports}
    for event in events:
        report = by_uuid.get(str(event.uuid))
        if report is None:
            continue
        author = identities.get(report.get("created_by_ref", ""), {})
        org = MISPOrganisation()
        org.from_dict(name=str(author.get("name", "distillguard")),
                      uuid=str(author["id"]).split("--", 1)[1] if author else str(
                          uuid.uuid5(NAMESPACE, "misp-org:distillguard")))
        event.Orgc = org
        _stabilise(event, untimed)
        event.set_date(report["published"][:10])
        event.analysis = 2
        event.threat_level_id = 2
    return Conversion(events, unmapped)


def _stabilise(event: Any, untimed: set[str]) -> None:
    """pymisp gives object attributes random uuids and the current time when nothing sets
    them (observables such as `software` have no STIX timestamps); derive both from the STIX
    content instead, so the same content gives the same feed file (the feed then rewrites an
    event only when it changed)."""
    fallback = getattr(event, "timestamp", None)
    if fallback is not None:
        event.publish_timestamp = fallback
    for misp_object in event.objects:
        if str(misp_object.uuid) in untimed and fallback is not None:
            misp_object.timestamp = fallback
        stamp = getattr(misp_object, "timestamp", None) or fallback
        for attribute in misp_object.attributes:
            attribute.uuid = str(uuid.uuid5(NAMESPACE, f"misp-attribute:{misp_object.uuid}:"
                                            f"{attribute.object_relation}:{attribute.value}"))
            if stamp is not None and getattr(attribute, "timestamp", None) is None:
                attribute.timestamp = stamp
    for attribute in event.attributes:
        if fallback is not None and getattr(attribute, "timestamp", None) is None:
            attribute.timestamp = fallback


def _objects(bundle: Any) -> list[dict[str, Any]]:
    if isinstance(bundle, dict) and bundle.get("type") == "bundle":
        objects = bundle.get("objects", [])
    elif isinstance(bundle, dict) and "objects" in bundle:  # a TAXII envelope
        objects = bundle["objects"]
    elif isinstance(bundle, list):
        objects = bundle
    else:
        raise DistillguardError("expected a STIX bundle, an envelope or a list of objects")
    if not isinstance(objects, list):
        raise DistillguardError("'objects' must be a list")
    # a fixed order in, the same MISP JSON out (a collection's rows come in any order)
    return sorted(objects, key=lambda o: str(o.get("id")) if isinstance(o, dict) else "")


def bundle_to_event(bundle: Any, title: str | None = None) -> Conversion:
    """The whole bundle as one MISP event (`intel export --format misp`)."""
    objects, unmapped = _prepare(_objects(bundle))
    members = [o for o in objects if o["type"] not in _HUB_TYPES]
    campaigns = [str(o.get("name")) for o in objects if o["type"] == "campaign"]
    name = title or ("; ".join(campaigns) if campaigns else "distillguard intelligence")
    bundle_id = bundle.get("id") if isinstance(bundle, dict) else None
    key = f"bundle:{bundle_id}" if bundle_id else "bundle:" + ",".join(
        sorted(o["id"] for o in members))
    return _convert(objects, [(key, name, [o["id"] for o in members])], unmapped)


def bundle_to_events(bundle: Any) -> Conversion:
    """One MISP event per campaign (`intel feed misp`)."""
    raw = _objects(bundle)
    objects, unmapped = _prepare(raw)
    kept = {o["id"] for o in objects}
    groups = _groups(raw)  # before anything is left out: it may be what links a group
    return _convert(objects, [(k, n, [m for m in ms if m in kept]) for k, n, ms in groups],
                    unmapped)


def event_json(event: Any) -> dict[str, Any]:
    """The MISP event as MISP writes it into a feed (`{"Event": …}`)."""
    feed: dict[str, Any] = event.to_feed(with_meta=False)
    return feed


# ------------------------------------------------------------------------------- feed
def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_feed(events: list[Any], directory: Path) -> dict[str, Any]:
    """Write/refresh a MISP feed: `<uuid>.json` per event (rewritten only when its content
    changed), `manifest.json` and `hashes.csv` covering every event in the directory."""
    directory.mkdir(parents=True, exist_ok=True)
    manifest_path = directory / "manifest.json"
    manifest: dict[str, Any] = {}
    if manifest_path.exists():
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DistillguardError(f"{manifest_path} is not a MISP feed manifest: {exc}") from None
        if not isinstance(manifest, dict):
            raise DistillguardError(f"{manifest_path} is not a MISP feed manifest")
    hashes: dict[str, list[str]] = {}
    hashes_path = directory / "hashes.csv"
    if hashes_path.exists():
        for row in csv.reader(io.StringIO(hashes_path.read_text(encoding="utf-8"))):
            if len(row) == 2:
                hashes.setdefault(row[1], []).append(row[0])
    written, unchanged = [], []
    for event in events:
        feed = event.to_feed(with_meta=True)
        body = feed["Event"]
        event_uuid = str(body["uuid"])
        event_hashes = body.pop("_hashes")
        entry = body.pop("_manifest")
        path = directory / f"{event_uuid}.json"
        text = json.dumps(feed, indent=1, sort_keys=True, ensure_ascii=False, default=str)
        if path.exists() and _same(path, json.loads(text)):
            unchanged.append(event_uuid)
        else:
            _atomic_write(path, text + "\n")
            written.append(event_uuid)
        manifest.update(entry)
        hashes[event_uuid] = list(event_hashes)
    _atomic_write(manifest_path, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    out = io.StringIO()
    for event_uuid in sorted(hashes):
        for value in hashes[event_uuid]:
            out.write(f"{value},{event_uuid}\n")
    _atomic_write(hashes_path, out.getvalue())
    return {"dir": str(directory), "events": len(manifest), "written": written,
            "unchanged": unchanged,
            "updated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}


def _same(path: Path, feed: dict[str, Any]) -> bool:
    try:
        return bool(json.loads(path.read_text(encoding="utf-8")) == feed)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
