"""Offline natural text unlike ShareGPT, for null checks: the Python standard library's docstrings.

Technical reference prose (API descriptions, parameter lists, doctest snippets) in a register far
from chat answers, available on every machine that runs the project, with no download. Texts
are the module, class and function docstrings of the stdlib's .py files (parsed with `ast`,
never imported), in sorted file order, exact duplicates dropped.
"""

from __future__ import annotations

import ast
import sysconfig
import warnings
from pathlib import Path


def stdlib_docstrings(limit: int, min_chars: int = 150) -> list[str]:
    """Up to `limit` distinct docstrings of at least `min_chars` characters."""
    root = Path(sysconfig.get_paths()["stdlib"])
    seen: set[str] = set()
    out: list[str] = []
    for path in sorted(root.rglob("*.py")):
        if "site-packages" in path.parts or "test" in path.parts or "tests" in path.parts:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                tree = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            doc = ast.get_docstring(node)
            if doc and len(doc) >= min_chars and doc not in seen:
                seen.add(doc)
                out.append(doc)
                if len(out) >= limit:
                    return out
    return out
