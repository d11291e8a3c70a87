"""Benign population: ordinary users, corporate NAT groups, heavy API users and batch jobs.

The last three are the hard negatives: shared IPs and cards, high volume on coding, and regular
templated traffic are all normal for legitimate customers.
"""

from __future__ import annotations

import re

import numpy as np

from distillguard.sim.builder import EventBuilder
from distillguard.sim.config import SimConfig
from distillguard.sim.population import (
    COMMON_UA_WEIGHTS,
    COMMON_UAS,
    TIMEZONES,
    diurnal_session_times,
    hex_id,
    model_choice,
    random_ip,
)
from distillguard.sim.prompts import batch_frame

_CODE_RE = re.compile(r"\b(code|python|function|javascript|sql|class|error|bug|api)\b", re.I)


class BenignPrompts:
    """ShareGPT prompts interned once; a coding subset for heavy API users."""

    def __init__(self, b: EventBuilder) -> None:
        from distillguard.data.sharegpt import answers, prompts

        texts = prompts()
        self.ids = b.dicts["prompt"].ids(texts)
        self.coding_ids = self.ids[[bool(_CODE_RE.search(t)) for t in texts]]
        self.snippets = [a[:400] for a in answers(3000)]

    def sample(self, rng: np.random.Generator, n: int, coding: bool = False) -> np.ndarray:
        pool = self.coding_ids if coding else self.ids
        return pool[rng.integers(0, len(pool), size=n)]


def _ua(rng: np.random.Generator) -> str:
    return str(rng.choice(COMMON_UAS, p=COMMON_UA_WEIGHTS / COMMON_UA_WEIGHTS.sum()))


def add_benign(
    b: EventBuilder, rng: np.random.Generator, cfg: SimConfig, t0: float, truth: dict
) -> None:
    """All benign accounts of the simulation, with their roles recorded in `truth`."""
    if cfg.benign_accounts == 0:
        return
    pool = BenignPrompts(b)
    release = t0 + cfg.release_day * 86400.0
    old_ids = [b.dicts["model"].id(m) for m in cfg.old_models]
    new_id = b.dicts["model"].id(cfg.new_model)
    n = cfg.benign_accounts
    roles = np.array(["user"] * n, dtype=object)
    n_heavy = int(round(n * cfg.heavy_user_fraction))
    n_batch = int(round(n * cfg.batch_job_fraction))
    roles[:n_heavy] = "heavy_api_user"
    roles[n_heavy : n_heavy + n_batch] = "batch_job"
    rng.shuffle(roles)

    # corporate NAT groups: members share one egress IP, usually one UA and often one card
    nat_members = np.flatnonzero(rng.random(n) < cfg.nat_fraction)
    group_of: dict[int, int] = {}
    groups: list[dict] = []
    i = 0
    while i < len(nat_members):
        size = int(min(len(nat_members) - i, rng.integers(3, 40)))
        g = {
            "org": hex_id(rng, "org"),
            "ip": random_ip(rng, v6_rate=0.0),
            "ua": _ua(rng),
            "card": hex_id(rng, "pay") if rng.random() < 0.5 else None,
        }
        for member in nat_members[i : i + size]:
            group_of[int(member)] = len(groups)
        groups.append(g)
        i += size

    for k in range(n):
        role = str(roles[k])
        account = hex_id(rng, "acct")
        g = groups[group_of[k]] if k in group_of else None
        org = g["org"] if g else hex_id(rng, "org")
        ip = g["ip"] if g else random_ip(rng)
        ua = g["ua"] if g else _ua(rng)
        card = (g["card"] if g and g["card"] else None) or hex_id(rng, "pay")
        tz = int(rng.choice(TIMEZONES))
        adopt = release + rng.exponential(2.0 * 86400.0) if rng.random() < 0.5 else np.inf
        if role == "heavy_api_user":
            count = int(rng.integers(1500, 4000))
            offsets = diurnal_session_times(rng, count, tz, cfg.days, 150.0, 6.0)
            prompt_ids = pool.sample(rng, count, coding=True)
            ua = "OpenAI/Python 1.54.0"
        elif role == "batch_job":
            count = int(rng.integers(300, 1200))
            day = rng.integers(0, max(1, int(cfg.days)))
            start = day * 86400.0 + np.mod(2.0 - tz, 24.0) * 3600.0
            offsets = start + np.arange(count) * 20.0 + rng.normal(0, 0.5, size=count)
            offsets = np.clip(offsets, 0, cfg.days * 86400.0 - 1)
            frame = batch_frame(rng)
            texts = [
                frame.format(text=pool.snippets[int(j)])
                for j in rng.integers(0, len(pool.snippets), count)
            ]
            prompt_ids = b.dicts["prompt"].ids(texts)
        else:
            count = int(
                np.clip(
                    round(rng.lognormal(np.log(cfg.benign_median_events), cfg.benign_sigma)),
                    1,
                    3000,
                )
            )
            offsets = diurnal_session_times(rng, count, tz, cfg.days, 6.0, 45.0)
            prompt_ids = pool.sample(rng, count)
            if k in group_of:
                role = "nat_member"
        ts = t0 + offsets
        models = model_choice(rng, ts, adopt, old_ids, new_id, 0.7)
        b.add(
            ts,
            rng,
            account_id=b.dicts["account_id"].id(account),
            org_id=b.dicts["org_id"].id(org),
            ip=b.dicts["ip"].id(ip),
            user_agent=b.dicts["user_agent"].id(ua),
            payment_fingerprint=b.dicts["payment_fingerprint"].id(card),
            model=models,
            prompt=prompt_ids,
        )
        truth["accounts"][account] = {"label": "benign", "campaign_id": None, "role": role}
