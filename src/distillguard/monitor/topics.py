"""Capability topics by keyword rules (RE2 regex in DuckDB), in the languages campaigns use.

Why rules and not embedding clusters: they run as one set-based SQL pass over any number of
prompts (Spark-portable), need no model, and each hit is explainable in a review case.
"""

from __future__ import annotations

CAPABILITY_PATTERNS: dict[str, str] = {
    "coding": (
        r"\b(python|javascript|typescript|java|rust|golang|kotlin|c\+\+|c#|sql|function|class|"
        r"code|compile|compiler|bug|debug|unit tests?|regex|algorithm|refactor|api|script)\b"
        r"|```|def |函数|代码|функци|код|código|función"
    ),
    "agentic": (
        r"\b(tools?|agent|autonomous|tool calls?|function calls?|plan each|emit the calls|"
        r"browser_click|run_shell|web_search|workflow automation)\b|智能体|工具|агент|инструмент|"
        r"agente|herramienta"
    ),
    "reasoning": (
        r"\b(prove|proof|logic|logical|puzzle|deduce|deduction|riddle|syllogism|infer)\b"
        r"|推理|证明|логич|докаж|lógica|demuéstr"
    ),
    "math": (
        r"\b(solve|equation|integral|derivative|theorem|roots?|polynomial|probability|matrix|"
        r"calculus|compute the)\b|x\^|方程|积分|уравнен|интеграл|ecuación|integral"
    ),
}
CAPABILITIES = tuple(CAPABILITY_PATTERNS)


def topic_sql(text_column: str = "prompt") -> str:
    """SELECT-list fragment: one boolean column per capability plus `capability` (any of them)."""
    parts = [
        f"regexp_matches(lower({text_column}), '{pattern.replace(chr(39), chr(39) * 2)}') AS {name}"
        for name, pattern in CAPABILITY_PATTERNS.items()
    ]
    return ", ".join(parts)
