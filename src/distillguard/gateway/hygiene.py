"""Output hygiene for streams: drop reasoning blocks from text that arrives in pieces.

`policy.reasoning_guard.strip_reasoning` works on whole texts; a stream is cleaned by re-running
it on everything received so far and emitting only the new, stable part. Text from the last "<"
on is held back until it can no longer be the start of a tag, so a split "<thi" + "nk>" never
leaks. Known limit: an orphan closing tag ("…</think>" with no opening tag) cannot retract text
already sent, so only the part after it is cleaned.
"""

from __future__ import annotations

from distillguard.policy.reasoning_guard import strip_reasoning

HOLD = 64  # longest tag we must be able to see whole


class StreamStripper:
    def __init__(self) -> None:
        self.raw = ""
        self.sent = ""

    def feed(self, piece: str) -> str:
        """Add a piece of model output; returns the text that is safe to send now."""
        self.raw += piece
        return self._emit(final=False)

    def finish(self) -> str:
        return self._emit(final=True)

    def _emit(self, final: bool) -> str:
        clean = strip_reasoning(self.raw)
        if not final:
            cut = clean.rfind("<")
            if cut != -1 and len(clean) - cut <= HOLD:
                clean = clean[:cut]
            # An open reasoning block in progress leaves nothing new to send.
        if not clean.startswith(self.sent):
            # strip_reasoning trims whitespace when it removes a block: realign on that.
            stripped_sent = self.sent.strip()
            if stripped_sent and clean.startswith(stripped_sent):
                out = clean[len(stripped_sent):]
                self.sent = stripped_sent + out
                return out
            return ""
        out = clean[len(self.sent):]
        self.sent = clean
        return out
