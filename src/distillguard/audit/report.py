"""The evidence pack: report.json, report.html (with SVG plots inline + as files), reproduce.sh.

Nothing secret goes in: keys appear by id (and account id), API keys are replaced in the
recorded command by an environment-variable reference.
"""

from __future__ import annotations

import datetime as _dt
import html
import io
import json
import math
import shlex
import stat
from collections.abc import Sequence
from pathlib import Path

from distillguard.audit.open_mode import AuditRun
from distillguard.audit.scoring import KeyScore

SECRET_FLAGS = {"--api-key"}
API_KEY_ENV = "DISTILLGUARD_AUDIT_API_KEY"


def redact_command(argv: Sequence[str]) -> list[str]:
    """The command line with secret-bearing option values replaced by an env-var reference."""
    out: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            out.append(f"${API_KEY_ENV}")
            skip = False
            continue
        flag, eq, _ = arg.partition("=")
        if flag in SECRET_FLAGS:
            if eq:
                out.append(f"{flag}=${API_KEY_ENV}")
            else:
                out.append(arg)
                skip = True
            continue
        out.append(arg)
    return out


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    text = buf.getvalue()
    return text[text.index("<svg"):]


def curve_plot(score: KeyScore | None, alpha: float) -> str | None:
    """−log10 p against the number of distinct tuples scored, for the main (or best) key."""
    if score is None or not score.curve:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    xs = [x for x, _ in score.curve]
    ys = [y for _, y in score.curve]
    ax.plot(xs, ys, marker=".", label=score.key_id)
    ax.axhline(-math.log10(alpha), color="crimson", linestyle="--", label=f"α = {alpha:g}")
    ax.set_xlabel("distinct (window, token) tuples scored")
    ax.set_ylabel("−log10 p")
    ax.set_title("Evidence as the audit reads more tokens")
    ax.legend(loc="upper left", fontsize=8)
    ax.grid(alpha=0.3)
    svg = _svg(fig)
    plt.close(fig)
    return svg


def keys_plot(attribution: list[dict] | None, alpha: float) -> str | None:
    """Per-key −log10 p (raw and Holm-adjusted), keys sorted by evidence."""
    if not attribution:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    raw = [-r["log10_p_value"] for r in attribution]
    adjusted = [-r["log10_adjusted_p_value"] for r in attribution]
    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    ranks = range(1, len(raw) + 1)
    ax.scatter(ranks, raw, s=8, label="raw p")
    ax.scatter(ranks, adjusted, s=8, marker="x", label="Holm-adjusted p")
    ax.axhline(-math.log10(alpha), color="crimson", linestyle="--", label=f"α = {alpha:g}")
    if len(raw) > 20:
        ax.set_xscale("log")
    ax.set_xlabel("key rank (by adjusted p)")
    ax.set_ylabel("−log10 p")
    ax.set_title(f"Attribution over {len(raw)} keys")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    svg = _svg(fig)
    plt.close(fig)
    return svg


def _html(run: AuditRun, command: str, plots: dict[str, str]) -> str:
    r = run.result
    rows = "".join(
        f"<tr><th>{html.escape(str(k))}</th><td>{html.escape(json.dumps(v))}</td></tr>"
        for k, v in r.items()
        if k not in ("attribution",)
    )
    attribution = ""
    if r.get("attribution"):
        head = "<tr><th>key id</th><th>account</th><th>p</th><th>Holm-adjusted p</th><th>tuples</th></tr>"
        body = "".join(
            f"<tr><td>{html.escape(a['key_id'])}</td><td>{html.escape(str(a.get('account_id', '')))}</td>"
            f"<td>{a['p_value']:.3g} (10^{a['log10_p_value']:.1f})</td>"
            f"<td>{a['adjusted_p_value']:.3g}</td><td>{a['tokens_scored']}</td></tr>"
            for a in r["attribution"][:50]
        )
        more = len(r["attribution"]) - 50
        note = f"<p>… and {more} more keys in report.json</p>" if more > 0 else ""
        attribution = f"<h2>Attribution (Holm step-down, FWER α = {r['alpha']:g})</h2><table>{head}{body}</table>{note}"
    figures = "".join(f"<figure>{svg}</figure>" for svg in plots.values())
    verdict = html.escape(str(r.get("verdict")))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>distillguard radioactivity audit</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}
table{{border-collapse:collapse;margin:1rem 0}}td,th{{border:1px solid #ccc;padding:.25rem .5rem;
text-align:left;font-size:.85rem;vertical-align:top}}code,pre{{background:#f4f4f4;padding:.5rem;
display:block;white-space:pre-wrap}}.v{{font-size:1.4rem;font-weight:bold}}</style></head><body>
<h1>Radioactivity audit ({html.escape(r.get('mode', ''))} mode)</h1>
<p class="v">Verdict: {verdict} — p = {r.get('p_value', float('nan')):.3g}
(log10 p = {r.get('log10_p_value', float('nan')):.1f}) over {r.get('tokens_scored', 0)} distinct tuples</p>
<p>The p-value is exact and one-sided under "the suspect's choices are independent of the key",
i.e. it was not trained on text watermarked with this key.</p>
{figures}
{attribution}
<h2>Details</h2><table>{rows}</table>
<h2>Parameters</h2><pre>{html.escape(json.dumps(run.params, indent=2))}</pre>
<h2>Reproduce</h2><pre>{html.escape(command)}</pre>
</body></html>
"""


def write_report(directory: str | Path, run: AuditRun, argv: Sequence[str]) -> Path:
    """Write the evidence pack into `directory` (created); returns the directory."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    alpha = float(run.result.get("alpha", 1e-4))
    main_id = run.result.get("key_id")
    main = next((s for s in run.scores if s.curve and (main_id is None or s.key_id == main_id)), None)
    plots = {}
    curve = curve_plot(main, alpha)
    if curve:
        plots["pvalue_curve.svg"] = curve
    keys = keys_plot(run.result.get("attribution"), alpha)
    if keys:
        plots["per_key_pvalues.svg"] = keys
    for name, svg in plots.items():
        (out / name).write_text(svg, encoding="utf-8")
    command = " ".join(shlex.quote(a) for a in redact_command(argv))
    document = {
        "generated_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "result": run.result,
        "parameters": run.params,
        "curve": [list(p) for p in main.curve] if main else [],
        "command": command,
        "plots": sorted(plots),
    }
    from distillguard import __version__

    document["distillguard_version"] = __version__
    (out / "report.json").write_text(json.dumps(document, indent=2), encoding="utf-8")
    (out / "report.html").write_text(_html(run, command, plots), encoding="utf-8")
    script = out / "reproduce.sh"
    needs_key = f"${API_KEY_ENV}" in command
    script.write_text(
        "#!/usr/bin/env bash\n# Re-run this audit (same inputs, same parameters).\nset -euo pipefail\n"
        + (f': "${{{API_KEY_ENV}:?set {API_KEY_ENV} to the suspect API key}}"\n' if needs_key else "")
        + command + "\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return out
