"""Chain-of-thought elicitation per prompt, via the shared policy classifier (the gateway's guard).

Only each prompt's head and tail are scored: elicitation instructions sit at either end, and this
bounds the regex cost of gigantic prompts.
"""

from __future__ import annotations

from distillguard.errors import DistillguardError

HEAD, TAIL = 500, 300


def clip(prompt: str) -> str:
    return prompt if len(prompt) <= HEAD + TAIL else prompt[:HEAD] + "\n" + prompt[-TAIL:]


def cot_flags(prompts: list[str]) -> list[bool]:
    """True where the shared reasoning guard flags the prompt as eliciting chain-of-thought, with
    the first learned fit ("default"): the monitor's frozen models were calibrated on its flags, so
    the gateway's choice of weights must not move them."""
    try:
        from distillguard.policy.reasoning_guard import classify_many

        return [r.flagged for r in classify_many([clip(p) for p in prompts], "default")]
    except Exception as exc:  # another package failing must still be a one-line error here
        raise DistillguardError(
            f"the chain-of-thought guard (policy.reasoning_guard) failed: {exc}"
        ) from None
