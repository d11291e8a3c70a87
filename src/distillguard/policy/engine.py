"""The access policy: load/validate a TOML or YAML file and evaluate accounts and requests.

Every signal that fires becomes a Reason with a machine-readable code and an effect; the
decision is the strongest effect (deny beats review beats allow). Pure: no DB, no network.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from distillguard.errors import DistillguardError
from distillguard.policy import clearance
from distillguard.policy.clearance import Clearance
from distillguard.policy.geo import GeoInfo
from distillguard.policy.ownership import share_in
from distillguard.policy.reasoning_guard import DEFAULT_LEARNED, GuardResult
from distillguard.policy.schema import default_data, merge, validate
from distillguard.policy.states import STATES

VERIFICATION_STATUSES = ("unverified", "pending", "verified", "failed")
_EPS = 1e-9  # "more than 50%": shares equal to the threshold (up to rounding) do not fire


@dataclass
class Reason:
    code: str  # machine-readable, e.g. "ip_country_restricted", "ownership_restricted"
    message: str
    effect: str = "info"  # "deny" | "review" | "restrict" | "tag" | "info"


@dataclass
class Limits:
    requests_per_minute: int
    tokens_per_minute: int


@dataclass
class Decision:
    action: str  # "allow" | "review" | "deny"
    reasons: list[Reason]
    tier: str
    limits: Limits
    hold: bool  # review + hold → refuse with 403 "held for enhanced review"
    reasoning_allowed: bool  # False → strip reasoning, refuse reasoning extraction
    guard: GuardResult | None

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.reasons]

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "reasons": [asdict(r) for r in self.reasons],
            "tier": self.tier,
            "limits": asdict(self.limits),
            "hold": self.hold,
            "reasoning_allowed": self.reasoning_allowed,
            "guard": asdict(self.guard) if self.guard is not None else None,
        }


@dataclass
class AccountFacts:
    account_id: str
    org_id: str | None
    state: str
    tier: str
    declared_country: str | None
    billing_country: str | None
    verification: str  # "unverified" | "pending" | "verified" | "failed"
    ownership: dict[str, float] = field(default_factory=dict)  # from effective_ownership
    risk: float | None = None  # monitor risk
    risk_codes: frozenset[str] = frozenset()  # the monitor's reason codes behind `risk`
    risk_cleared: Clearance | None = None  # what a reviewer's approval covered (policy/clearance.py)


@dataclass
class RequestFacts:
    ip: str
    geo: GeoInfo
    prompt: str | None = None
    # every other text the model sees (each message of any role, each prompt of a list): the
    # reasoning guard checks them all, so an instruction cannot hide outside the last user turn
    texts: Sequence[str] = ()


_RANK = {"allow": 0, "review": 1, "deny": 2}


class Policy:
    """A validated policy. Build with Policy.load(path) (None → the embedded default)."""

    def __init__(self, data: dict[str, Any], source: str = "<default>"):
        self.data = validate(data, source)
        self.source = source
        j = self.data["jurisdictions"]
        self.restricted = frozenset(j["restricted"])
        self.flagged = frozenset(j["flagged"])
        self.signals = tuple(j["signals"])
        self.tiers = {
            name: Limits(t["requests_per_minute"], t["tokens_per_minute"])
            for name, t in self.data["tiers"].items()
            if name != "default"
        }

    @classmethod
    def load(cls, path: str | None = None) -> Policy:
        """TOML (or .yaml/.yml) file merged over the embedded default; invalid → DistillguardError."""
        if path is None or str(path) == "":
            return cls(default_data())
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise DistillguardError(f"policy file not found: {p}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise DistillguardError(f"policy file {p} cannot be read: {exc}") from None
        if p.suffix.lower() in (".yaml", ".yml"):
            import yaml

            try:
                data = yaml.safe_load(text) or {}
            except yaml.YAMLError as exc:
                problem = str(exc).replace("\n", " ")
                raise DistillguardError(f"policy file {p} is not valid YAML: {problem}") from None
        else:
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as exc:
                raise DistillguardError(f"policy file {p} is not valid TOML: {exc}") from None
        if not isinstance(data, dict):
            raise DistillguardError(f"policy file {p}: top level must be a table/mapping")
        return cls(merge(default_data(), data), str(p))

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "<dict>") -> Policy:
        """A policy from a dict merged over the default (tests, admin API)."""
        return cls(merge(default_data(), data), source)

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, **self.data}

    def limits_for(self, tier: str) -> Limits:
        return self.tiers.get(tier) or self.tiers[self.data["tiers"]["default"]]

    # -- evaluation -----------------------------------------------------------------------

    def evaluate(self, account: AccountFacts, request: RequestFacts | None = None) -> Decision:
        """Decision for an account (request None: sign-up / account level) or one request."""
        if account.state not in STATES:
            raise DistillguardError(f"unknown account state {account.state!r}")
        if account.verification not in VERIFICATION_STATUSES:
            raise DistillguardError(f"unknown verification status {account.verification!r}")
        d = self.data
        reasons: list[Reason] = []
        kyc: list[Reason] = []  # review-level KYC signals an approval may clear

        # account state
        if account.state == "suspended":
            reasons.append(Reason("account_suspended", "account is suspended", "deny"))
        elif account.state == "under_review":
            reasons.append(Reason("account_under_review", "account is under enhanced review", "review"))
        elif account.state == "restricted":
            reasons.append(Reason("account_restricted", "account is restricted", "restrict"))

        # jurisdictions
        nexus = False
        for signal, country in self._countries(account, request):
            if country in self.restricted:
                reasons.append(Reason(f"{signal}_country_restricted", f"{_label(signal)} {country} is a restricted jurisdiction", "deny"))
                nexus = True
            elif country in self.flagged:
                kyc.append(Reason(f"{signal}_country_flagged", f"{_label(signal)} {country} is a flagged jurisdiction", "review"))
                nexus = True

        # ownership
        o = d["ownership"]
        threshold = float(o["threshold"])
        restricted_share = share_in(account.ownership, self.restricted)
        flagged_share = share_in(account.ownership, self.restricted | self.flagged)
        if flagged_share > 0:
            nexus = True
        if restricted_share > threshold + _EPS:
            self._add(reasons, kyc, o["restricted_action"], "ownership_restricted",
                      f"{restricted_share:.1%} effectively owned from restricted jurisdictions (> {threshold:.0%})")
        elif flagged_share > threshold + _EPS:
            self._add(reasons, kyc, o["flagged_action"], "ownership_flagged",
                      f"{flagged_share:.1%} effectively owned from flagged/restricted jurisdictions (> {threshold:.0%})")

        # verification
        v = d["verification"]
        if account.verification == "failed":
            self._add(reasons, kyc, v["failed_action"], "verification_failed", "identity/organisation verification failed")
        elif account.verification != "verified":
            required = v["required_for"] == "all" or (v["required_for"] == "flagged" and nexus)
            if required:
                self._add(reasons, kyc, v["unverified_action"], "verification_required",
                          f"verification is {account.verification} but required for this account")

        # network (ASN)
        if request is not None:
            a = d["asn"]
            geo = request.geo
            org = (geo.asn_org or "").lower()
            if (geo.asn is not None and geo.asn in a["flagged_numbers"]) or (
                org and any(s.lower() in org for s in a["flagged_org_substrings"])
            ):
                label = f"AS{geo.asn}" if geo.asn is not None else geo.asn_org
                self._add(reasons, None, a["action"], "ip_asn_flagged", f"client network {label} is flagged")

        # monitor risk
        m = d["monitor"]
        if account.risk is not None and account.risk >= min(m["risk_review_threshold"], m["risk_deny_threshold"]):
            high = account.risk >= m["risk_deny_threshold"]
            cleared = account.risk_cleared
            if (m["approval_clears"] == "same_evidence" and cleared is not None
                    and clearance.covers(cleared, account.risk_codes, account.risk)
                    and (not high or clearance.covers_deny(cleared, account.risk, m["risk_deny_threshold"]))):
                case = f" (case {cleared.case_id})" if cleared.case_id is not None else ""
                reasons.append(Reason("monitor_risk_cleared", f"monitor risk {account.risk:.2f} on evidence a "
                                      f"reviewer approved{case}", "info"))
            elif high:
                reasons.append(Reason("monitor_risk_high", f"monitor risk {account.risk:.2f}", "deny"))
            else:
                reasons.append(Reason("monitor_risk", f"monitor risk {account.risk:.2f}", "review"))

        # KYC review signals: cleared by an approval after enhanced review
        if account.state == "approved" and d["review"]["approved_clears_review"] and kyc:
            reasons.append(Reason("review_approved", f"cleared by approval: {', '.join(r.code for r in kyc)}", "info"))
        else:
            reasons.extend(kyc)

        # reasoning-extraction guard
        guard = None
        g = d["reasoning_guard"]
        texts = [t for t in (request.prompt, *request.texts) if t] if request is not None else []
        if texts and g["enabled"]:
            guard = _run_guard(texts, g.get("threshold"), g.get("learned", DEFAULT_LEARNED), g.get("learned_threshold"))
            if guard.flagged:
                families = ", ".join(guard.families) or "generic"
                if g["action"] == "refuse":
                    reasons.append(Reason("reasoning_extraction", f"prompt tries to extract reasoning ({families})", "deny"))
                else:
                    reasons.append(Reason("reasoning_extraction_suspected", f"prompt tries to extract reasoning ({families})", "tag"))

        return self._decide(account, reasons, guard)

    def _countries(self, account: AccountFacts,
                   request: RequestFacts | None) -> Iterator[tuple[str, str]]:
        for signal in self.signals:
            if signal == "ip":
                country = request.geo.country if request is not None else None
            elif signal == "declared":
                country = account.declared_country
            else:
                country = account.billing_country
            if country:
                yield signal, country.upper()

    @staticmethod
    def _add(reasons: list[Reason], kyc: list[Reason] | None, action: str, code: str, message: str) -> None:
        if action == "allow":
            reasons.append(Reason(code, message, "info"))
        elif action == "review" and kyc is not None:
            kyc.append(Reason(code, message, "review"))
        else:
            reasons.append(Reason(code, message, action))

    def _decide(self, account: AccountFacts, reasons: list[Reason], guard: GuardResult | None) -> Decision:
        action = "allow"
        for r in reasons:
            if r.effect in _RANK and _RANK[r.effect] > _RANK[action]:
                action = r.effect
        restricted = any(r.effect == "restrict" for r in reasons)
        if action == "deny":
            tier = "denied"
        elif restricted:
            tier = "restricted"
        elif action == "review":
            tier = self.data["review"]["tier"]
        elif account.tier in self.tiers:
            tier = account.tier
        else:
            tier = self.data["tiers"]["default"]
            reasons.append(Reason("tier_unknown", f"tier {account.tier!r} not in policy; using {tier!r}", "info"))
        expose = self.data["reasoning"]["expose"]
        if expose == "always":
            reasoning_allowed = action != "deny"
        elif expose == "never":
            reasoning_allowed = False
        else:
            reasoning_allowed = action == "allow" and not restricted
        if guard is not None and guard.flagged:
            reasoning_allowed = False
        return Decision(
            action=action,
            reasons=reasons,
            tier=tier,
            limits=self.tiers[tier],
            hold=action == "review" and bool(self.data["review"]["hold"]),
            reasoning_allowed=reasoning_allowed,
            guard=guard,
        )


def _label(signal: str) -> str:
    return {"ip": "client IP country", "declared": "declared country", "billing": "billing country"}[signal]


def _run_guard(texts: list[str], threshold: float | None, learned: str = DEFAULT_LEARNED,
               learned_threshold: float | None = None) -> GuardResult:
    """The guard over every text (distinct ones scored once): the highest score decides, and a
    flagged result names the families of every flagged text. `learned`: the policy's choice of
    the learned half's weights (`reasoning_guard.learned`); `learned_threshold`: the p(reasoning_trace)
    its learned half flags from (`reasoning_guard.learned_threshold`; None: the fit's own)."""
    from distillguard.policy.reasoning_guard import classify, classify_many

    distinct = list(dict.fromkeys(texts))
    results = ([classify(distinct[0], learned, learned_threshold)] if len(distinct) == 1
               else classify_many(distinct, learned, learned_threshold))
    if threshold is not None:
        results = [_rethreshold(r, float(threshold)) for r in results]
    top = max(results, key=lambda r: r.score)
    if not top.flagged:
        return top
    families = sorted({f for r in results if r.flagged for f in r.families})
    return GuardResult(top.score, True, families)


def _rethreshold(result: GuardResult, threshold: float) -> GuardResult:
    flagged = result.score >= threshold
    if flagged == result.flagged:
        return result
    return GuardResult(result.score, flagged, result.families if flagged else [])
