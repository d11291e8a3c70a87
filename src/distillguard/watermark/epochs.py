"""Detection over every key epoch of one account, with a family-wise correction.

After `keys rotate`, an account's older text carries an older epoch's key, so a detector holding
the master scores each text under the account's key of every epoch 0..current. Taking the best
of E p-values needs a correction: the reported `p_value` is Bonferroni's min(1, E · min_e p_e)
(equal to Holm's smallest adjusted p, so it is a valid p-value for "watermarked with one of this
account's keys"). Per-epoch raw p-values and the derivation of the best key (master fingerprint,
HKDF info, epoch — never the secret) come with it, so a third party holding the master can check.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from distillguard.watermark.detect import Detection, detect_tokens
from distillguard.watermark.keys import WatermarkKey, epoch_keys


@dataclass
class EpochDetection:
    """One text searched over all of an account's epochs."""

    id: str | None
    p_value: float  # Bonferroni/Holm-adjusted over the epochs searched
    log10_p_value: float
    epoch: int  # the epoch whose key gave the smallest raw p
    key_id: str
    scheme: str
    score: float
    tokens_scored: int
    per_epoch: list[dict[str, Any]]  # {"epoch", "key_id", "p_value", "log10_p_value"}
    derivation: dict[str, Any] | None

    def to_json(self) -> dict[str, Any]:
        """The detect contract's fields plus the epoch search (extra fields are additive)."""
        return {"id": self.id, "p_value": self.p_value, "score": self.score,
                "tokens_scored": self.tokens_scored, "scheme": self.scheme, "key_id": self.key_id,
                "epoch": self.epoch, "epochs_searched": len(self.per_epoch),
                "correction": "bonferroni", "per_epoch": self.per_epoch,
                "derivation": self.derivation}


def combine_epochs(detections: Sequence[Detection], keys: Sequence[WatermarkKey]) -> EpochDetection:
    """One text's per-epoch detections (same order as `keys`) → the corrected result."""
    e = len(detections)
    best = min(range(e), key=lambda i: detections[i].log10_p_value)
    d, key = detections[best], keys[best]
    log10_adj = min(0.0, d.log10_p_value + math.log10(e))
    return EpochDetection(
        id=d.id, p_value=min(1.0, d.p_value * e), log10_p_value=log10_adj, epoch=key.epoch,
        key_id=key.key_id, scheme=key.scheme, score=d.score, tokens_scored=d.tokens_scored,
        per_epoch=[{"epoch": k.epoch, "key_id": k.key_id, "p_value": x.p_value,
                    "log10_p_value": x.log10_p_value} for k, x in zip(keys, detections, strict=True)],
        derivation=key.derivation(),
    )


def detect_account_epochs(
    master: WatermarkKey,
    account_id: str,
    sequences: Sequence[Sequence[int]],
    ids: Sequence[str | None] | None = None,
    exclude: Sequence[Sequence[int] | None] | None = None,
) -> list[EpochDetection]:
    """Each token sequence scored under the account's key of every epoch 0..master.epoch."""
    keys = epoch_keys(master, account_id)
    per_key = [detect_tokens(k, sequences, ids=ids, exclude=exclude) for k in keys]
    return [combine_epochs([dets[i] for dets in per_key], keys) for i in range(len(sequences))]
