"""Where an operating-curve script's results go: `bench/results/NAME.{json,md,png}` (guard and monitor alike)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"


def write(name: str, result: dict, command: str, markdown: Callable[[dict, str], str],
          plot: Callable[[dict, Path], None]) -> str:
    """Write the JSON (with the command that made it), the Markdown table and the chart; return the table."""
    (RESULTS / f"{name}.json").write_text(json.dumps({"command": command, **result}, indent=1) + "\n", encoding="utf-8")
    text = markdown(result, command)
    (RESULTS / f"{name}.md").write_text(text, encoding="utf-8")
    plot(result, RESULTS / f"{name}.png")
    return text
