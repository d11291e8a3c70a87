"""Mask personal data in prompts before a reviewer sees them (unmasking is an audited choice)."""

from __future__ import annotations

import re

# Order matters: the longer, more specific patterns first.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("EMAIL", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("API_KEY", re.compile(r"\b(?:sk|dg|pk|rk)[-_][A-Za-z0-9_-]{12,}\b")),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")),
    ("CARD", re.compile(r"\b(?:\d[ -]?){12,18}\d\b")),
    ("SSN", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("IP", re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b|\b(?:[0-9a-fA-F]{1,4}:){3,7}[0-9a-fA-F]{1,4}\b")),
    ("PHONE", re.compile(r"(?<![\w.])\+?\(?\d{1,4}\)?(?:[ .-]?\(?\d{2,4}\)?){2,5}(?![\w.])")),
]


def mask_pii(text: str) -> str:
    """Replace e-mails, phone numbers, card/IBAN/SSN-like numbers, IPs and API keys by tags."""
    for label, pattern in PATTERNS:
        text = pattern.sub(f"[{label}]", text)
    return text
