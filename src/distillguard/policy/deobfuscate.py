"""Undo the cheap disguises a blocked prompt is rewritten in, so the guard can read it again.

Why: both halves of the reasoning guard read words — the regexes match cue phrases, the learned
half hashes character n-grams — and a prompt that writes "y0ur h-i-d-d-e-n r.e.a.s.o.n.i.n.g",
"ｓｈｏｗ" in full-width letters, or a base64 blob of the instruction reads as noise to both. These
are the first rewrites an attacker tries after a refusal (each of the blind batches of 2026-12-06
c–f had one such phrasing the guard missed in whole or in part). `view` returns the prompt with them undone, or
None when nothing was undone, and the guard scores that view beside the prompt itself.

The rules are generic and fitted to nothing:
- Unicode compatibility forms folded (NFKC: full-width letters, ligatures, circled letters);
  zero-width characters and soft hyphens dropped;
- letters spelled out one by one with a separator ("h-i-d-d-e-n", "r.e.a.s.o.n", "t h i n k i n g"
  with five or more letters) joined;
- digits and symbols standing for letters ("y0ur", "th1nk1ng", "0utput") in every word with a
  letter, once some word has one between two letters (ordinary tokens put digits at a word's end
  or start: "mp3", "x86", "3D"; plain numbers are never touched);
- a base64 token of 24+ characters that decodes to mostly printable UTF-8 text replaced by that text.

Cost: one NFKC pass and a few regex scans of a clipped prompt; the base64 decode runs only on
tokens that look like base64.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata

MAX_CHARS = 8192  # of the prompt read, head and tail (the guard's features read a clipped prompt too)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# single letters joined by one separator, repeated: h-i-d-d-e-n, r.e.a.s.o.n, t_h_i_n_k
_SPELLED = re.compile(r"(?<![\w])(?:[^\W\d_]([-._*·|/])){2,}[^\W\d_](?![\w])")
_SPELLED_SPACES = re.compile(r"(?<![\w])(?:[^\W\d_] ){4,}[^\W\d_](?![\w])")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_STAND_IN = "013457@$"
_TOKEN = re.compile(r"[A-Za-z0-9@$]+")
# a stand-in between two letters ("y0ur", "th1nk"): what marks a prompt as written in leetspeak —
# ordinary tokens put digits at a word's end or start ("mp3", "x86", "3D", "covid19", "2nd")
_LEET_MARK = re.compile(r"[A-Za-z][013457@$]+[A-Za-z]")
_WORDS = re.compile(r"\w+")
_HEX = re.compile(r"[0-9a-fA-F]{8,}")  # hashes and ids are not words in disguise
LEET_MAX = 20  # longer runs of letters and digits are keys, blobs and ids, not words
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/=])")
# anything an ASCII prompt could need undone: one scan for the patterns above
_ANY_ASCII = re.compile("|".join(f"(?:{p.pattern})" for p in (_SPELLED, _SPELLED_SPACES, _LEET_MARK, _BASE64)))
_SEPARATOR = re.compile(r"[-._*·|/ ]")


def _joined(match: re.Match[str]) -> str:
    return _SEPARATOR.sub("", match.group(0))


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    if not _word_like(word) or not any(c.isalpha() for c in word) or not any(c in _STAND_IN for c in word):
        return word
    return word.translate(_LEET)


def _word_like(token: str) -> bool:
    return len(token) <= LEET_MAX and _HEX.fullmatch(token) is None


def _in_leetspeak(text: str) -> bool:
    return any(_LEET_MARK.search(t) and _word_like(t) for t in _TOKEN.findall(text))


def _decoded(match: re.Match[str]) -> str:
    token = match.group(0)
    try:
        raw = base64.b64decode(token + "=" * (-len(token) % 4), validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return token
    printable = sum(c.isprintable() or c in "\n\t" for c in text)
    return f" {text} " if text and printable >= 0.9 * len(text) and any(c.isalpha() for c in text) else token


def view(prompt: str) -> str | None:
    """The prompt with its disguises undone, or None when there was nothing to undo."""
    if not prompt:
        return None
    half = MAX_CHARS // 2
    text = prompt if len(prompt) <= MAX_CHARS else prompt[:half] + "\n" + prompt[-half:]
    if text.isascii():  # NFKC and the zero-width characters change nothing: one scan decides
        if _ANY_ASCII.search(text) is None:
            return None
        out = text
    else:
        out = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    out = _BASE64.sub(_decoded, out)
    out = _SPELLED.sub(_joined, out)
    out = _SPELLED_SPACES.sub(_joined, out)
    if _LEET_MARK.search(out) and _in_leetspeak(out):
        out = _TOKEN.sub(_unleet, out)
    # only a change to the words counts (NFKC also folds "…" and no-break spaces: nothing to reread)
    return out if _WORDS.findall(out.lower()) != _WORDS.findall(text.lower()) else None
