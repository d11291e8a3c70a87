"""`distillguard policy …`: show, validate and explain access-policy decisions; run the guard."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from distillguard.errors import DistillguardError

app = typer.Typer(
    help="Access policy: jurisdictions, ownership, verification, tiers, reasoning guard.",
    no_args_is_help=True,
)

_POLICY = typer.Option(None, "--policy", help="Policy file (TOML or YAML); default: the embedded policy.")


def _print(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


@app.command()
def show(policy: str = _POLICY) -> None:
    """Print the effective policy (defaults merged with --policy) as JSON."""
    from distillguard.policy.engine import Policy

    _print(Policy.load(policy).to_json())


@app.command()
def check(policy: str = typer.Option(..., "--policy", help="Policy file to validate.")) -> None:
    """Validate a policy file; errors name the offending field."""
    from distillguard.policy.engine import Policy

    p = Policy.load(policy)
    j = p.data["jurisdictions"]
    _print({"ok": True, "source": p.source, "restricted": j["restricted"], "flagged": j["flagged"],
            "tiers": sorted(p.tiers)})


def _parse_owner(spec: str) -> tuple[str, float]:
    from distillguard.policy.countries import normalize_country

    country, _, share = spec.partition(":")
    code = normalize_country(country)
    if code is None:
        raise DistillguardError(f"--owner {spec!r}: {country!r} is not an ISO 3166-1 alpha-2 code")
    try:
        value = float(share)
    except ValueError:
        raise DistillguardError(f"--owner {spec!r}: expected CC:SHARE with SHARE in 0..1") from None
    if not 0.0 <= value <= 1.0:
        raise DistillguardError(f"--owner {spec!r}: share must be in 0..1")
    return code, value


def _country(value: str | None, option: str) -> str | None:
    from distillguard.policy.countries import normalize_country

    if value is None:
        return None
    code = normalize_country(value)
    if code is None:
        raise DistillguardError(f"{option}: {value!r} is not an ISO 3166-1 alpha-2 code")
    return code


@app.command()
def explain(
    country: str = typer.Option(None, "--country", help="Declared country (ISO alpha-2)."),
    billing_country: str = typer.Option(None, "--billing-country", help="Billing country."),
    ip: str = typer.Option(None, "--ip", help="Client IP; omitted → account-level decision."),
    owner: list[str] = typer.Option([], "--owner", help="Direct owner as CC:SHARE (repeatable)."),
    state: str = typer.Option("active", "--state", help="Account state."),
    tier: str = typer.Option("standard", "--tier", help="Account tier."),
    verification: str = typer.Option("unverified", "--verification", help="unverified|pending|verified|failed."),
    risk: float = typer.Option(None, "--risk", help="Monitor risk 0..1."),
    prompt: str = typer.Option(None, "--prompt", help="Prompt text for the reasoning guard."),
    mmdb: str = typer.Option(None, "--mmdb", help="MaxMind country .mmdb (default: geoip2fast data)."),
    asn_mmdb: str = typer.Option(None, "--asn-mmdb", help="MaxMind ASN .mmdb."),
    policy: str = _POLICY,
) -> None:
    """Evaluate one account (and optionally one request) and print the decision JSON."""
    from distillguard.policy.engine import AccountFacts, Policy, RequestFacts
    from distillguard.policy.geo import GeoResolver
    from distillguard.policy.ownership import effective_ownership

    p = Policy.load(policy)
    declared = _country(country, "--country")
    billing = _country(billing_country, "--billing-country")
    owners = [(f"owner-{i}", *_parse_owner(spec)) for i, spec in enumerate(owner)]
    countries = {name: cc for name, cc, _ in owners} | {"account": declared}
    ownership = effective_ownership(
        "account",
        lambda org: [(name, share) for name, _, share in owners] if org == "account" else [],
        countries.get,
    )
    facts = AccountFacts("cli", "cli-org", state, tier, declared, billing, verification, ownership, risk)
    request = None
    if ip is not None:
        geo = GeoResolver(mmdb, asn_mmdb).lookup(ip)
        request = RequestFacts(ip, geo, prompt)
    elif prompt is not None:
        raise DistillguardError("--prompt needs --ip (the guard runs per request)")
    decision = p.evaluate(facts, request)
    out = decision.to_json()
    out["facts"] = {"ownership": ownership, "geo": request.geo.to_json() if request else None}
    _print(out)


@app.command()
def guard(
    prompt: str = typer.Argument(None, help="Prompt text (or use --file)."),
    file: Path = typer.Option(None, "--file", help="JSONL with {\"prompt\"} (or {\"id\",\"prompt\"}) per line."),
    learned: str | None = typer.Option(None, "--learned",
                                help="the learned half: images (the default: metaphors, its fit having also "
                                     "read asks through other images, at a stricter threshold), metaphors "
                                     "(followups, its fit having also read asks written as metaphors), followups (turns, its fit having also read "
                                     "follow-up-styled asks), turns (unmask, its fit having also read "
                                     "ShareGPT's later turns), unmask (gated, also reading the prompt with its "
                                     "disguises undone), gated (the 'more' fit gating the regex half), more, "
                                     "or default (the first fit, which the monitor reads; docs/policy.md)."),
    learned_threshold: float | None = typer.Option(
        None, "--learned-threshold",
        help="the p(reasoning_trace) the learned half flags from, strictly between 0 and 1 (default: the fit's "
             "own; what each value catches and flags: docs/policy.md, 'Operating points')."),
) -> None:
    """Score prompts with the reasoning-extraction guard; one JSON line per prompt."""
    from distillguard.policy.reasoning_guard import (
        DEFAULT_LEARNED,
        LEARNED,
        check_learned_threshold,
        classify_many,
    )

    learned = DEFAULT_LEARNED if learned is None else learned  # one place names the default
    if learned not in LEARNED:
        raise DistillguardError(f"--learned must be one of {', '.join(LEARNED)}")
    if learned_threshold is not None:
        try:
            check_learned_threshold(learned_threshold)
        except ValueError:
            raise DistillguardError(f"--learned-threshold must be strictly between 0 and 1, got {learned_threshold}") from None

    if (prompt is None) == (file is None):
        raise DistillguardError("give either a PROMPT argument or --file")
    if prompt is not None:
        rows = [{"prompt": prompt}]
    else:
        rows = []
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise DistillguardError(f"cannot read {file}: {exc}") from None
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise DistillguardError(f"{file}:{n}: not valid JSON") from None
            if not isinstance(row, dict) or not isinstance(row.get("prompt"), str):
                raise DistillguardError(f"{file}:{n}: expected an object with a string \"prompt\"")
            rows.append(row)
    for row, result in zip(rows, classify_many([r["prompt"] for r in rows], learned, learned_threshold), strict=True):
        out = {"id": row["id"]} if "id" in row else {}
        out.update(result.to_json())
        sys.stdout.write(json.dumps(out) + "\n")
