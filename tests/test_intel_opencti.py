"""OpenCTI's TAXII 2.1 ingester, replayed exactly against our live TAXII server, and the
`confidence` our indicators carry (OpenCTI copies it into its score).

The replay follows OpenCTI's built-in TAXII feed ingester,
github:OpenCTI-Platform/opencti
`opencti-platform/opencti-graphql/src/manager/ingestion/ingestionTaxii.ts` (commit 17cc3f79:
`prepareTaxiiGetParam`, `taxiiHttpGet`, `processTaxiiResponse`) and
`…/ingestion/ingestionUtils.ts` (`handleConfidenceToScoreTransformation`):

- one GET per scheduled run on `<API-root URL>/collections/<collection id>/objects/` (a `/` is
  appended to the configured URI when missing), `Accept: application/taxii+json;version=2.1`,
  `Authorization: Bearer <value>` or `Basic base64(<user:password>)`;
- query parameters `next` (the stored cursor) and `added_after` (the stored start date), each
  only when set, `limit` only when the platform configures one;
- `added_after` is a JavaScript `Date` serialised with `toISOString()`: **millisecond**
  precision, so a server's sub-millisecond `X-TAXII-Date-Added-Last` is truncated;
- objects received with `more` true and a `next`: keep `added_after`, store `next`; otherwise
  clear the cursor and set `added_after` to `X-TAXII-Date-Added-Last` (or now without one);
- a response without objects changes nothing.

Every object must arrive exactly once, over several pages and several runs, with both kinds of
authentication, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import base64
import math
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import pytest

from distillguard.config import Settings
from distillguard.intel import confidence
from distillguard.intel.export import ExportOptions, export_clusters, lab_identity
from distillguard.intel.privacy import CoalitionKey, Keyring
from distillguard.intel.timestamps import parse_timestamp
from helpers import BACKENDS, backend_database
from test_intel_support import (
    indicator,
    lab_a_data,
    new_collection,
    raw,
    setup_members,
    start_server,
)

LAB_A = lab_identity("lab-a").id
PAGE = 4  # the server's default page size: OpenCTI sends no `limit` by default
OCTI_EXT = "extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba"  # STIX_EXT_OCTI
KEY = CoalitionKey("k-2026", bytes(range(32)))


@pytest.fixture(scope="module", params=BACKENDS)
def live(request, tmp_path_factory):
    with ExitStack() as stack:
        db = stack.enter_context(backend_database(request, tmp_path_factory.mktemp("octi"), "intel_test"))
        tokens = setup_members(db)
        server = start_server(db, Settings(intel={"default_page_size": PAGE}))
        stack.callback(server.stop)
        yield server, tokens


def _js_iso(dt: datetime) -> str:
    """JavaScript `Date.prototype.toISOString()` (moment's too): UTC, milliseconds, `Z`."""
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


@dataclass
class OpenCTITaxiiIngestion:
    """The state of one OpenCTI `IngestionTaxii` and its scheduled run, as ingestionTaxii.ts."""

    uri: str
    collection: str
    authentication_type: str  # "bearer" | "basic"
    authentication_value: str  # token, or "user:password"
    confidence_to_score: bool = True
    limit_per_request: int = 0  # ingestion_manager:taxii_feed:limit_per_request (0: unset)
    current_state_cursor: str | None = None
    added_after_start: datetime | None = None

    def _headers(self) -> dict[str, str]:
        headers = {"Accept": "application/taxii+json;version=2.1"}
        if self.authentication_type == "basic":
            value = base64.b64encode(self.authentication_value.encode()).decode()
            headers["Authorization"] = f"Basic {value}"
        if self.authentication_type == "bearer":
            headers["Authorization"] = f"Bearer {self.authentication_value}"
        return headers

    def run(self) -> list[dict]:
        """One scheduled execution: the objects pushed to OpenCTI's workers (maybe none)."""
        prepared = self.uri if self.uri.endswith("/") else f"{self.uri}/"
        url = f"{prepared}collections/{self.collection}/objects/"
        params: dict[str, str] = {}  # axios drops undefined values
        if self.current_state_cursor is not None:
            params["next"] = self.current_state_cursor
        if self.added_after_start is not None:
            params["added_after"] = _js_iso(self.added_after_start)
        if self.limit_per_request > 0:
            params["limit"] = str(self.limit_per_request)
        resp = httpx.get(url, params=params, headers=self._headers(), timeout=30)
        assert resp.status_code == 200, resp.text
        data = resp.json()
        added_last = resp.headers.get("x-taxii-date-added-last")
        objects = data.get("objects") or []
        if not objects:
            return []
        objects = self._confidence_to_score(objects)
        if data.get("more") and data.get("next"):
            self.current_state_cursor = data["next"]  # added_after_start untouched
        else:
            self.current_state_cursor = None
            # utcDate(header).toISOString(): moment keeps milliseconds only
            self.added_after_start = (parse_timestamp(added_last) if added_last
                                      else datetime.now(UTC))
            self.added_after_start = parse_timestamp(_js_iso(self.added_after_start))
        return objects

    def _confidence_to_score(self, objects: list[dict]) -> list[dict]:
        if not self.confidence_to_score:
            return objects
        for obj in objects:
            if obj.get("type") == "indicator" and obj.get("confidence") is not None:
                obj.setdefault("extensions", {}).setdefault(OCTI_EXT, {})["score"] = (
                    obj["confidence"])
        return objects

    def drain(self, max_runs: int = 100) -> tuple[list[dict], int]:
        """Runs until a run brings nothing (the ingester polls forever; the test stops)."""
        received: list[dict] = []
        for runs in range(1, max_runs + 1):
            got = self.run()
            if not got:
                return received, runs
            received += got
        raise AssertionError("the ingester never caught up")


def _post(server, token: str, cid: str, objects: list[dict]) -> None:
    resp = raw("POST", f"{server.root_url}collections/{cid}/objects/", token,
               json={"objects": objects},
               headers={"Content-Type": "application/taxii+json;version=2.1"})
    assert resp.status_code == 202 and resp.json()["success_count"] == len(objects), resp.text


def _campaign_bundle() -> list[dict]:
    flags, events, accounts, audit = lab_a_data()
    bundle = export_clusters(flags, events, accounts, Keyring(KEY.key_id, {KEY.key_id: KEY}),
                             "lab-a", ExportOptions(tlp="amber"), [audit])
    return bundle["objects"]


@pytest.mark.parametrize("auth", ["bearer", "basic"])
def test_opencti_ingestion_sequence_gets_every_object_once(live, auth):
    server, tokens = live
    cid = new_collection(server.db, {"lab-a": (True, True), "lab-b": (True, False)},
                         title=f"opencti-{auth}")
    # three envelopes before the first run (each stored in one transaction, so its objects'
    # date_added values are as close together as the server makes them)
    campaign = _campaign_bundle()
    first = [campaign, [indicator(LAB_A, n) for n in range(5)],
             [indicator(LAB_A, n) for n in range(5, 12)]]
    for envelope in first:
        _post(server, tokens["lab-a"], cid, envelope)
    value = tokens["lab-b"] if auth == "bearer" else f"lab-b:{tokens['lab-b']}"
    ingestion = OpenCTITaxiiIngestion(server.root_url.rstrip("/"), cid, auth, value)

    received, runs = ingestion.drain()
    expected = [o["id"] for envelope in first for o in envelope]
    assert runs - 1 >= 3, "the replay must cross at least three pages"
    counts = Counter(o["id"] for o in received)
    assert counts == Counter(expected), {k: v for k, v in counts.items() if v != 1}
    assert ingestion.current_state_cursor is None and ingestion.added_after_start

    # later envelopes: the next runs resume from added_after and bring only those, once each
    later = [[indicator(LAB_A, n) for n in range(100, 103)],
             [indicator(LAB_A, n) for n in range(103, 113)]]
    for envelope in later:
        _post(server, tokens["lab-a"], cid, envelope)
    more, runs = ingestion.drain()
    assert runs - 1 >= 3
    assert Counter(o["id"] for o in more) == Counter(o["id"] for e in later for o in e)
    assert ingestion.drain()[0] == []  # and a poll after that brings nothing

    # OpenCTI's confidence_to_score: our indicators' confidence becomes their score
    scored = [o for o in received if o["type"] == "indicator" and "confidence" in o]
    assert scored, "exported indicators carry confidence"
    assert all(o["extensions"][OCTI_EXT]["score"] == o["confidence"] == 95 for o in scored)


def test_opencti_limit_per_request_and_wrong_credentials(live):
    server, tokens = live
    cid = new_collection(server.db, {"lab-a": (True, True), "lab-b": (True, False)},
                         title="opencti-limit")
    objects = [indicator(LAB_A, n) for n in range(200, 207)]
    _post(server, tokens["lab-a"], cid, objects)
    ingestion = OpenCTITaxiiIngestion(server.root_url, cid, "bearer", tokens["lab-b"],
                                      limit_per_request=2)
    received, runs = ingestion.drain()
    assert runs - 1 == 4
    assert Counter(o["id"] for o in received) == Counter(o["id"] for o in objects)
    bad = OpenCTITaxiiIngestion(server.root_url, cid, "basic", f"lab-b:{'x' * 20}")
    with pytest.raises(AssertionError):
        bad.run()


def test_confidence_mapping():
    assert confidence.from_risk(0.95) == 95 and confidence.from_risk(0) == 0
    assert confidence.from_risk(1) == 100
    for bad in (-0.1, 1.5, math.nan, math.inf, None, "x", True):
        assert confidence.from_risk(bad) is None
    assert confidence.from_p_value(1.0) == 0
    assert confidence.from_p_value(0.05) == 13
    assert confidence.from_p_value(1e-5) == 50
    assert confidence.from_p_value(1e-10) == 100 and confidence.from_p_value(1e-300) == 100
    assert confidence.from_p_value(0.0) == 100
    for bad in (-1e-3, 1.01, math.nan, None, "p"):
        assert confidence.from_p_value(bad) is None
    flags = {"accounts": [{"account_id": "a", "risk": 0.4}, {"account_id": "b", "risk": 0.7}]}
    assert confidence.cluster_risk({"accounts": ["a", "b"]}, flags) == 0.7
    assert confidence.cluster_risk({"accounts": ["a"], "risk": 0.2}, flags) == 0.2
    assert confidence.cluster_risk({"accounts": ["z"]}, flags) is None


def test_export_confidence_from_risk_or_p_value():
    flags, events, accounts, audit = lab_a_data()
    ring = Keyring(KEY.key_id, {KEY.key_id: KEY})
    objects = export_clusters(flags, events, accounts, ring, "lab-a",
                              ExportOptions(), [audit])["objects"]
    risk = confidence.from_risk(confidence.cluster_risk(flags["clusters"][0], flags))
    indicators = [o for o in objects if o["type"] == "indicator"]
    assert indicators and {o["confidence"] for o in indicators} == {risk}
    evidence = [o for o in objects if o["type"] == "x-distillguard-audit-evidence"]
    assert [o["confidence"] for o in evidence] == [confidence.from_p_value(audit["p_value"])]
    # no risk anywhere in the flags: indicators fall back to the audit's p-value
    for a in flags["accounts"]:
        a.pop("risk", None)
    for c in flags["clusters"]:
        c.pop("risk", None)
    objects = export_clusters(flags, events, accounts, ring, "lab-a", ExportOptions(),
                              [audit])["objects"]
    assert {o["confidence"] for o in objects if o["type"] == "indicator"} == {
        confidence.from_p_value(audit["p_value"])}
    # neither: no confidence property at all (never a guess)
    objects = export_clusters(flags, events, accounts, ring, "lab-a", ExportOptions())["objects"]
    assert all("confidence" not in o for o in objects if o["type"] == "indicator")
