"""SVG charts are well-formed XML, escape hostile labels, and show what they claim; PII masking."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from distillguard.review.charts import (
    cluster_edges,
    cluster_svg,
    contributions_svg,
    timeline_svg,
)
from distillguard.review.pii import mask_pii

EVIL = '<script>alert(1)</script>"&'
NS = "{http://www.w3.org/2000/svg}"


def parse(svg) -> ET.Element:
    return ET.fromstring(str(svg))  # raises on any unescaped markup


def test_timeline_counts_served_and_refused():
    events = [{"ts": 1000.0 + i, "status": 200, "account_id": "a"} for i in range(30)]
    events += [{"ts": 1050.0, "status": 403, "account_id": "a"}] * 5
    transitions = [{"ts": 1040.0, "account_id": EVIL, "from": "active", "to": "suspended",
                    "actor": EVIL}]
    root = parse(timeline_svg(events, transitions, buckets=10))
    bars = [r for r in root.iter(f"{NS}rect") if r.get("fill") == "#e45756"
            and float(r.get("height")) != 10]
    assert len(bars) == 1  # all refusals in one bucket
    assert any(t.text == "suspended" for t in root.iter(f"{NS}text"))
    titles = [t.text for t in root.iter(f"{NS}title")]
    assert any(EVIL in (t or "") for t in titles)  # round-trips as text, never as markup
    assert "<script>" not in str(timeline_svg(events, transitions))


def test_contributions_sorted_and_escaped():
    svg = contributions_svg([{"name": EVIL, "contribution": 0.1},
                             {"name": "cot", "contribution": 0.3},
                             {"name": "no-number", "value": 3}])
    root = parse(svg)
    labels = [t.text for t in root.iter(f"{NS}text")]
    assert labels[0] == "cot" and "+0.300" in labels
    assert contributions_svg([{"name": "x", "value": 1}]) is None


def test_cluster_edges_and_graph():
    events = [{"account_id": a, "ip": ip} for a, ip in
              [("a", "1.1.1.1"), ("b", "1.1.1.1"), ("c", "2.2.2.2")]]
    rows = {"b": {"payment_fingerprint": "pf"}, "c": {"payment_fingerprint": "pf"}}
    edges = cluster_edges(events, rows, given=[{"source": "a", "target": EVIL, "reason": "x"}])
    assert ("a", "b", "shared IP") in edges and ("b", "c", "shared payment") in edges
    root = parse(cluster_svg([("a", "active"), ("b", "suspended"), ("c", None), (EVIL, None)],
                             edges))
    assert len(list(root.iter(f"{NS}circle"))) == 4
    assert len(list(root.iter(f"{NS}line"))) == 3


def test_pii_masking():
    text = ("mail jane.doe@example.org, call +1 (415) 555-0199, card 4111 1111 1111 1111, "
            "from 10.1.2.3, key sk-abcdefghijklmnop12, ssn 123-45-6789")
    masked = mask_pii(text)
    for secret in ("jane.doe", "555-0199", "4111", "10.1.2.3", "sk-abc", "123-45"):
        assert secret not in masked
    for tag in ("[EMAIL]", "[PHONE]", "[CARD]", "[IP]", "[API_KEY]", "[SSN]"):
        assert tag in masked
    plain = "Integrate x^2 from 0 to 3 in 2 steps (Python 3.11)."
    assert mask_pii(plain) == plain
