"""Simulation settings: one dataclass, every field with a default so `SimConfig()` just works."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from distillguard.errors import DistillguardError


@dataclass
class SimConfig:
    """What to simulate. Volumes are means of heavy-tailed distributions, not exact counts."""

    seed: int = 0
    benign_accounts: int = 200
    campaigns: int = 2
    campaign_accounts: int = 60  # total over all campaigns (resellers included)
    days: float = 7.0
    start: str = "2026-02-01T00:00:00+00:00"
    release_day: float = 4.0  # the new model appears this many days after `start`
    old_models: list[str] = field(default_factory=lambda: ["frontier-1", "frontier-1-mini"])
    new_model: str = "frontier-2"
    benign_median_events: float = 25.0  # lognormal median per benign account
    benign_sigma: float = 1.1
    campaign_mean_events: float = 150.0  # per campaign worker account
    slow_low_fraction: float = 0.15  # campaign accounts sending only a handful of requests
    nat_fraction: float = 0.15  # benign accounts behind a shared corporate NAT IP
    heavy_user_fraction: float = 0.01  # legitimate heavy API users (hard negatives)
    batch_job_fraction: float = 0.01  # legitimate templated batch jobs (hard negatives)
    reseller_per_campaign_accounts: int = 40  # one proxy reseller per this many campaign accounts
    campaign_prompt_pool: int = 200_000  # unique prompts a campaign generates at most
    # campaign families to draw from (None = all registered); assigned round-robin over a seeded
    # shuffle, so campaigns == len(families) gives one campaign of each
    families: list[str] | None = None
    # fractions of benign accounts per hard-negative kind (None = each kind's default; the
    # older *_fraction fields above still set corporate_nat, heavy_coding_api, nightly_batch)
    benign_kinds: dict[str, float] | None = None

    def validate(self) -> SimConfig:
        if self.benign_accounts < 0 or self.campaign_accounts < 0 or self.campaigns < 0:
            raise DistillguardError("account and campaign counts must be >= 0")
        if self.campaigns and self.campaign_accounts < 2 * self.campaigns:
            raise DistillguardError("need at least 2 campaign accounts per campaign")
        if self.campaign_accounts and not self.campaigns:
            raise DistillguardError("campaign accounts given but --campaigns is 0")
        if self.benign_accounts + self.campaign_accounts == 0:
            raise DistillguardError("nothing to simulate: no accounts")
        if not 0 < self.release_day < self.days:
            raise DistillguardError("release_day must lie inside the simulated days")
        if self.days <= 0 or self.days > 366:
            raise DistillguardError("days must be in (0, 366]")
        if self.families is not None:
            from distillguard.sim.families import check_families

            check_families(list(self.families))
        if self.benign_kinds is not None:
            from distillguard.sim.benign import check_kinds

            check_kinds(self.benign_kinds)
        return self

    def to_dict(self) -> dict:
        return asdict(self)
