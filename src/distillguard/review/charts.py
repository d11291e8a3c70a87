"""Server-side SVG for the case page: account timeline, signal contributions, cluster graph.

Hand-built SVG (a few dozen elements each) keeps pages light and script-free; every label goes
through `escape`, so account ids or reasons chosen by an attacker cannot inject markup.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from itertools import combinations
from typing import Any

from markupsafe import Markup, escape

STATE_COLOURS = {
    "active": "#4c78a8", "under_review": "#f58518", "approved": "#54a24b",
    "restricted": "#b279a2", "suspended": "#e45756", None: "#9d9d9d",
}


def _svg(width: int, height: int, body: list[str], title: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}" '
        f'font-family="sans-serif" font-size="11"><title>{escape(title)}</title>'
        + "".join(body) + "</svg>"
    )


def _when(ts: float, precise: bool = False) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M" + (":%S" if precise else ""))


def timeline_svg(
    events: list[dict[str, Any]], transitions: list[dict[str, Any]], *, width: int = 760,
    height: int = 220, buckets: int = 48,
) -> Markup:
    """Requests per time bucket (served vs refused, stacked) with state changes as markers."""
    times = [e["ts"] for e in events] + [t["ts"] for t in transitions]
    if not times:
        return _svg(width, 40, ['<text x="8" y="24">No requests recorded for these accounts.</text>'],
                    "account timeline")
    left, right, top, bottom = 44, 12, 22, 34
    t0, t1 = min(times), max(times)
    span = max(t1 - t0, 1.0)
    precise = span < 3600
    served, refused = [0] * buckets, [0] * buckets
    for e in events:
        i = min(int((e["ts"] - t0) / span * buckets), buckets - 1)
        (refused if (e.get("status") or 200) >= 400 else served)[i] += 1
    peak = max(max(a + b for a, b in zip(served, refused, strict=True)), 1)
    plot_w, plot_h = width - left - right, height - top - bottom
    bar_w = plot_w / buckets
    body = [
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" '
        'stroke="#333"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#333"/>',
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end">{peak}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>',
        f'<text x="{left}" y="{height - 8}">{escape(_when(t0, precise))} UTC</text>',
        f'<text x="{width - right}" y="{height - 8}" text-anchor="end">'
        f'{escape(_when(t0 + span, precise))} UTC</text>',
        f'<rect x="{left + 4}" y="4" width="10" height="10" fill="#4c78a8"/>'
        f'<text x="{left + 18}" y="13">served</text>'
        f'<rect x="{left + 70}" y="4" width="10" height="10" fill="#e45756"/>'
        f'<text x="{left + 84}" y="13">refused</text>',
    ]
    for i, (ok, bad) in enumerate(zip(served, refused, strict=True)):
        x = left + i * bar_w
        h_ok, h_bad = ok / peak * plot_h, bad / peak * plot_h
        if ok:
            body.append(f'<rect x="{x:.1f}" y="{top + plot_h - h_ok:.1f}" width="{bar_w * 0.9:.1f}"'
                        f' height="{h_ok:.1f}" fill="#4c78a8"/>')
        if bad:
            body.append(f'<rect x="{x:.1f}" y="{top + plot_h - h_ok - h_bad:.1f}" '
                        f'width="{bar_w * 0.9:.1f}" height="{h_bad:.1f}" fill="#e45756"/>')
    for t in transitions:
        if t.get("from") is None:
            continue  # account creation
        x = left + (t["ts"] - t0) / span * plot_w
        colour = STATE_COLOURS.get(t.get("to"), "#333")
        label = f"{t['account_id']}: {t.get('from')} → {t.get('to')} ({t.get('actor')})"
        body.append(
            f'<g><title>{escape(label)}</title><line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" '
            f'y2="{top + plot_h}" stroke="{colour}" stroke-dasharray="4 3" stroke-width="2"/>'
            f'<text x="{x + 3:.1f}" y="{top + 10}" fill="{colour}">{escape(t.get("to"))}</text></g>'
        )
    return _svg(width, height, body, "account timeline: requests per interval and state changes")


def contributions_svg(signals: list[dict[str, Any]], *, width: int = 520) -> Markup | None:
    """Horizontal bars of each signal's contribution to the risk score (None if none given)."""
    rows = [s for s in signals if isinstance(s.get("contribution"), int | float)]
    if not rows:
        return None
    rows.sort(key=lambda s: -abs(s["contribution"]))
    rows = rows[:20]
    label_w, bar_area, row_h = 180, width - 180 - 60, 20
    peak = max(abs(s["contribution"]) for s in rows) or 1.0
    body = []
    for i, s in enumerate(rows):
        y = 6 + i * row_h
        w = abs(s["contribution"]) / peak * bar_area
        colour = "#e45756" if s["contribution"] >= 0 else "#54a24b"
        body.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{escape(str(s["name"])[:30])}'
            f'</text><rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row_h - 6}" '
            f'fill="{colour}"/><text x="{label_w + w + 4:.1f}" y="{y + 13}">'
            f'{s["contribution"]:+.3f}</text>'
        )
    return _svg(width, 12 + len(rows) * row_h, body, "signal contributions to risk")


def cluster_edges(
    events: list[dict[str, Any]], accounts: dict[str, dict[str, Any]], given: Any = None,
) -> list[tuple[str, str, str]]:
    """Edges between accounts that share an IP or a payment instrument (plus any the monitor
    supplied). Large groups are drawn as stars to keep the picture readable."""
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in events:
        if e.get("ip"):
            groups[("shared IP", e["ip"])].add(e["account_id"])
    for account_id, row in accounts.items():
        if row.get("payment_fingerprint"):
            groups[("shared payment", row["payment_fingerprint"])].add(account_id)
    edges: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (label, _value), members in groups.items():
        ordered = sorted(members)
        pairs = combinations(ordered, 2) if len(ordered) <= 8 else \
            ((ordered[0], m) for m in ordered[1:])
        for a, b in pairs:
            edges[(a, b)].add(label)
    for item in given or []:
        if isinstance(item, dict):
            a, b = item.get("source"), item.get("target")
            label = str(item.get("reason") or item.get("label") or "monitor")
        elif isinstance(item, list | tuple) and len(item) >= 2:
            a, b, label = item[0], item[1], str(item[2]) if len(item) > 2 else "monitor"
        else:
            continue
        if a is not None and b is not None and a != b:
            edges[tuple(sorted((str(a), str(b))))].add(label)
    return [(a, b, ", ".join(sorted(labels))) for (a, b), labels in sorted(edges.items())]


def cluster_svg(
    nodes: list[tuple[str, str | None]], edges: list[tuple[str, str, str]], *,
    size: int = 420, max_nodes: int = 80,
) -> Markup:
    """Force-directed drawing (networkx, fixed seed) of the accounts and what links them."""
    import networkx as nx

    nodes = nodes[:max_nodes]
    keep = {n for n, _ in nodes}
    graph = nx.Graph()
    graph.add_nodes_from(keep)
    graph.add_edges_from((a, b) for a, b, _ in edges if a in keep and b in keep)
    pos = nx.spring_layout(graph, seed=7) if len(keep) > 1 else {n: (0.0, 0.0) for n in keep}
    pad = 40

    def xy(n: str) -> tuple[float, float]:
        x, y = pos[n]
        return pad + (x + 1) / 2 * (size - 2 * pad), pad + (y + 1) / 2 * (size - 2 * pad)

    body = []
    for a, b, label in edges:
        if a in keep and b in keep:
            (x1, y1), (x2, y2) = xy(a), xy(b)
            body.append(f'<g><title>{escape(f"{a} — {b}: {label}")}</title><line x1="{x1:.1f}" '
                        f'y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#888" '
                        'stroke-width="1.5"/></g>')
    for n, state in nodes:
        x, y = xy(n)
        colour = STATE_COLOURS.get(state, STATE_COLOURS[None])
        tip = f"{n} ({state or 'unknown'})"
        body.append(f'<g><title>{escape(tip)}</title>'
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="9" fill="{colour}" stroke="#222"/>'
                    f'<text x="{x:.1f}" y="{y + 21:.1f}" text-anchor="middle">'
                    f'{escape(n[-8:])}</text></g>')
    legend = [f'<rect x="{8 + i * 92}" y="{size + 4}" width="10" height="10" fill="{c}"/>'
              f'<text x="{22 + i * 92}" y="{size + 13}">{escape(s)}</text>'
              for i, (s, c) in enumerate((k, v) for k, v in STATE_COLOURS.items() if k)]
    return _svg(size + 40, size + 20, body + legend, "cluster graph: accounts and shared attributes")


# ---- overview charts (fixed-size inputs: a few dozen buckets or rows each) ---------------------

def _axis_time(ts: float, span: float) -> str:
    fmt = "%H:%M" if span <= 2 * 86400 else "%m-%d %H:%M"
    return datetime.fromtimestamp(ts, UTC).strftime(fmt)


def buckets_svg(
    t0: float, step: float, series: list[tuple[str, str, list[int]]], *, stacked: bool,
    title: str, width: int = 580, height: int = 210,
) -> Markup:
    """Counts per time bucket: stacked bars (`stacked`) or one line per series.

    `series` is [(label, colour, counts)], every counts list as long as the number of buckets
    starting at `t0`, `step` seconds each. Empty data draws an empty axis saying so.
    """
    n = max((len(c) for _, _, c in series), default=0)
    left, right, top, bottom = 44, 12, 24, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    if stacked:
        peak = max((sum(c[i] for _, _, c in series) for i in range(n)), default=0)
    else:
        peak = max((max(c, default=0) for _, _, c in series), default=0)
    body = [
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" '
        'stroke="#333"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#333"/>',
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end">{peak}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>',
    ]
    span = step * max(n, 1)
    for frac, anchor in ((0.0, "start"), (0.5, "middle"), (1.0, "end")):
        x = left + frac * plot_w
        body.append(f'<text x="{x:.1f}" y="{height - 10}" text-anchor="{anchor}">'
                    f'{escape(_axis_time(t0 + frac * span, span))}</text>')
    x_legend = left + 4
    for label, colour, counts in series:
        body.append(f'<g class="legend"><rect x="{x_legend}" y="5" width="10" height="10" '
                    f'fill="{escape(colour)}"/><text x="{x_legend + 14}" y="14">'
                    f'{escape(label)} ({sum(counts)})</text></g>')
        x_legend += 28 + 7 * len(f"{label} ({sum(counts)})")
    if peak == 0:
        body.append(f'<text x="{left + plot_w / 2:.1f}" y="{top + plot_h / 2:.1f}" '
                    'text-anchor="middle" fill="#6b7385">nothing recorded in this window</text>')
        return _svg(width, height, body, title)
    bar_w = plot_w / max(n, 1)
    if stacked:
        for i in range(n):
            y = float(top + plot_h)
            for label, colour, counts in series:
                if not counts[i]:
                    continue
                h = counts[i] / peak * plot_h
                y -= h
                tip = f"{label}: {counts[i]} from {_when(t0 + i * step)} UTC"
                body.append(f'<rect class="bar" x="{left + i * bar_w:.1f}" y="{y:.1f}" '
                            f'width="{bar_w * 0.88:.1f}" height="{h:.1f}" fill="{escape(colour)}">'
                            f'<title>{escape(tip)}</title></rect>')
    else:
        for label, colour, counts in series:
            points = " ".join(
                f"{left + (i + 0.5) * bar_w:.1f},{top + plot_h - c / peak * plot_h:.1f}"
                for i, c in enumerate(counts))
            body.append(f'<polyline class="series" points="{points}" fill="none" '
                        f'stroke="{escape(colour)}" stroke-width="2"><title>{escape(label)}'
                        '</title></polyline>')
    return _svg(width, height, body, title)


SLA_BANDS = (("fresh", "#54a24b", "under half the SLA used"),
             ("late", "#f58518", "over half the SLA used"),
             ("overdue", "#e45756", "overdue"))


def sla_bars_svg(rows: list[dict[str, Any]], *, width: int = 520) -> Markup:
    """One horizontal bar per case kind, split into SLA bands (`fresh`, `late`, `overdue`)."""
    label_w, row_h, top = 120, 24, 24
    area = width - label_w - 50
    peak = max((sum(int(r.get(b, 0)) for b, _, _ in SLA_BANDS) for r in rows), default=0)
    body = []
    x = 4
    for _band, colour, label in SLA_BANDS:
        body.append(f'<rect x="{x}" y="5" width="10" height="10" fill="{colour}"/>'
                    f'<text x="{x + 14}" y="14">{escape(label)}</text>')
        x += 24 + 6 * len(label)
    if not rows:
        body.append(f'<text x="8" y="{top + 16}">No open cases.</text>')
        return _svg(width, top + 28, body, "open cases by kind and SLA")
    for i, r in enumerate(rows):
        y = top + i * row_h
        body.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">'
                    f'{escape(str(r.get("kind"))[:20])}</text>')
        x0, kind = float(label_w), str(r.get("kind"))
        for band, colour, label in SLA_BANDS:
            count = int(r.get(band, 0))
            if not count:
                continue
            w = count / max(peak, 1) * area
            body.append(f'<rect class="bar {band}" x="{x0:.1f}" y="{y + 3}" width="{w:.1f}" '
                        f'height="{row_h - 8}" fill="{colour}"><title>'
                        f'{escape(f"{kind}: {count} {label}")}</title></rect>')
            x0 += w
        total = sum(int(r.get(b, 0)) for b, _, _ in SLA_BANDS)
        body.append(f'<text x="{x0 + 4:.1f}" y="{y + 15}">{total}</text>')
    return _svg(width, top + len(rows) * row_h + 6, body, "open cases by kind and SLA")


def risk_bars_svg(rows: list[dict[str, Any]], *, width: int = 520) -> Markup:
    """Horizontal bars of cluster risk on a fixed 0–1 scale (red ≥ 0.9, orange ≥ 0.75)."""
    label_w, row_h = 150, 22
    area = width - label_w - 50
    if not rows:
        return _svg(width, 30, ['<text x="8" y="20">No clusters known to the console.</text>'],
                    "top clusters by risk")
    body = []
    for i, r in enumerate(rows):
        y = 4 + i * row_h
        risk = r.get("risk")
        value = float(risk) if isinstance(risk, int | float) else 0.0
        value = min(max(value, 0.0), 1.0)
        colour = "#e45756" if value >= 0.9 else "#f58518" if value >= 0.75 else "#4c78a8"
        label = f"{r.get('cluster_id') or '?'} ({r.get('members', 0)})"
        body.append(
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{escape(label[:24])}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{value * area:.1f}" '
            f'height="{row_h - 7}" fill="{colour}"><title>{escape(label)}: risk '
            f'{"—" if risk is None else f"{value:.2f}"}</title></rect>'
            f'<text x="{label_w + value * area + 4:.1f}" y="{y + 14}">'
            f'{"—" if risk is None else f"{value:.2f}"}</text>')
    return _svg(width, 8 + len(rows) * row_h, body, "top clusters by risk")
