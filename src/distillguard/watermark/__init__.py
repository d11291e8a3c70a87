"""Keyed LLM watermarks: key files, schemes (KGW, Gumbel, SynthID-style), detection.

Importing this package is cheap (numpy only); torch/transformers load with the processors.
"""

from distillguard.watermark.detect import (
    Detection,
    detect_pooled,
    detect_texts,
    detect_tokens,
    extract_tuples,
    unique_tuples,
)
from distillguard.watermark.keys import (
    WatermarkKey,
    derive_account_key,
    load_key,
    load_keyring,
    new_key,
    save_key,
)
from distillguard.watermark.schemes import SCHEMES, Scheme, get_scheme

__all__ = [
    "SCHEMES",
    "Detection",
    "Scheme",
    "WatermarkKey",
    "derive_account_key",
    "detect_pooled",
    "detect_texts",
    "detect_tokens",
    "extract_tuples",
    "get_scheme",
    "load_key",
    "load_keyring",
    "new_key",
    "save_key",
    "unique_tuples",
]
