"""`distillguard demo` (= `make demo`): the whole loop on embedded defaults, printed as it runs.

Stages: watermark the real local model's answers and detect them → serve the gateway and show
policy decisions for accounts in allowed/flagged/restricted jurisdictions → drive simulated
benign and campaign traffic through it → monitor → review cases and a cluster decision that cuts
the campaign off → export the campaign over TAXII to a second lab that matches its own account →
a radioactivity audit of a student trained on one account's outputs that names the account.
Everything lives under a fresh work directory so runs never interfere.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

DEMO_PROMPTS = [
    "Explain in two sentences why the sky is blue.",
    "Give three tips for writing clean Python code.",
    "What is the difference between a list and a tuple?",
    "Write a short poem about the sea.",
]


@dataclass
class DemoContext:
    workdir: Path
    console: Console
    quick: bool
    facts: dict[str, Any] = field(default_factory=dict)

    def stage(self, n: int, title: str) -> None:
        self.console.rule(f"[bold cyan]{n}. {title}")


def stage_watermark(ctx: DemoContext) -> None:
    """Keys, watermarked generation with the real model, detection with exact p-values."""
    from distillguard.models import chat_prompt_ids, generate, load_model
    from distillguard.watermark.detect import detect_texts
    from distillguard.watermark.keys import derive_account_key, new_key, save_key
    from distillguard.watermark.schemes import get_scheme

    keys_dir = ctx.workdir / "keys"
    master = new_key("kgw")
    save_key(master, keys_dir / "master.json")
    alice = derive_account_key(master, "acct-alice")
    bob = derive_account_key(master, "acct-bob")
    ctx.console.print(
        f"master key [bold]{master.key_id}[/] ({master.scheme}, params {master.params}); "
        f"per-account keys derived with HKDF: alice → {alice.key_id}, bob → {bob.key_id}"
    )
    with ctx.console.status("loading SmolLM2-135M-Instruct (converted once, then cached)…"):
        lm = load_model(None)
    prompts = DEMO_PROMPTS[:2] if ctx.quick else DEMO_PROMPTS
    ids = [chat_prompt_ids(lm.tokenizer, p) for p in prompts]
    new_tokens = 48 if ctx.quick else 96
    t0 = time.perf_counter()
    with ctx.console.status(f"sampling {len(prompts)} watermarked (alice's key) + plain answers…"):
        marked = generate(lm, ids, max_new_tokens=new_tokens,
                          logits_processor=get_scheme(alice).logits_processor(lm.vocab_size), seed=1)
        plain = generate(lm, ids, max_new_tokens=new_tokens, seed=2)
    ctx.console.print(f"generated {sum(map(len, marked + plain))} tokens in {time.perf_counter() - t0:.1f} s")
    texts_marked = [lm.tokenizer.decode(t, skip_special_tokens=True) for t in marked]
    texts_plain = [lm.tokenizer.decode(t, skip_special_tokens=True) for t in plain]
    table = Table(title="Detection (exact one-sided p-values; small p = watermarked with that key)")
    table.add_column("answer")
    table.add_column("text", max_width=48, overflow="ellipsis", no_wrap=True)
    table.add_column("tokens", justify="right")
    table.add_column("p (alice's key)", justify="right")
    table.add_column("p (bob's key)", justify="right")
    for label, texts in (("watermarked", texts_marked), ("plain", texts_plain)):
        da = detect_texts(alice, texts, prompts=prompts, tokenizer=lm.tokenizer)
        db = detect_texts(bob, texts, prompts=prompts, tokenizer=lm.tokenizer)
        for text, a, b in zip(texts, da, db, strict=True):
            table.add_row(label, text.replace("\n", " "), str(a.tokens_scored),
                          f"{a.p_value:.2e}", f"{b.p_value:.2e}")
    ctx.console.print(table)
    ctx.facts["master_key_path"] = keys_dir / "master.json"


# (label, org, declared country, extra KYC, X-Forwarded-For client IP) — IPs are real public
# addresses (only used as header values; geoip2fast maps them to countries offline).
DEMO_ACCOUNTS = [
    ("allowed", "Acme Research", "US", {"verification": "verified"}, "8.8.8.8"),
    ("flagged jurisdiction", "Harbour Analytics", "HK", {}, "8.8.8.8"),
    ("restricted via ownership", "Shell Holdings UK", "GB", {"owner_country": "CN"}, "8.8.8.8"),
    ("restricted client IP", "Nomad Labs", "US", {"verification": "verified"}, "223.5.5.5"),
]


def _gateway_settings(ctx: DemoContext):
    from distillguard.config import Settings

    return Settings(
        database_url=f"sqlite:///{ctx.workdir / 'gateway.db'}",
        master_key_path=str(ctx.facts["master_key_path"]),
        admin_token="demo-admin-token",
        gateway={"trusted_proxies": ["127.0.0.0/8"], "default_max_tokens": 24},
    )


def _openai(base_url: str, api_key: str, client_ip: str):
    from openai import OpenAI

    return OpenAI(base_url=f"{base_url}/v1", api_key=api_key, max_retries=0, timeout=120,
                  default_headers={"X-Forwarded-For": client_ip})


def _call(client, prompt: str, max_tokens: int = 24) -> tuple[int, str, str]:
    """(HTTP status, policy decision, answer text or the refusal's reason codes) of one chat call."""
    import openai

    try:
        raw = client.chat.completions.with_raw_response.create(
            model="smollm2", messages=[{"role": "user", "content": prompt}], max_tokens=max_tokens
        )
        out = raw.parse()
        return 200, raw.headers.get("x-distillguard-decision", "?"), out.choices[0].message.content or ""
    except openai.APIStatusError as exc:
        body = exc.body if isinstance(exc.body, dict) else {}
        err = body.get("error", body) if isinstance(body, dict) else {}
        reasons = err.get("reasons") or []
        codes = ", ".join(r.get("code", "") for r in reasons if isinstance(r, dict))
        decision = exc.response.headers.get("x-distillguard-decision", "deny")
        return exc.status_code, decision, codes or err.get("code") or str(exc)


def stage_gateway(ctx: DemoContext) -> None:
    """Serve the gateway on loopback and show policy decisions through real /v1 calls."""
    from distillguard.gateway.accounts import create_account
    from distillguard.gateway.app import create_app
    from distillguard.store.db import get_database
    from distillguard.testing import serve_in_thread

    settings = _gateway_settings(ctx)
    db = get_database(settings.resolved_database_url)
    ctx.facts["db"] = db
    app = create_app(settings, db)
    server = serve_in_thread(app)
    base_url = server.__enter__()
    ctx.facts["gateway"] = (server, base_url)
    ctx.console.print(f"gateway serving /v1 /admin /console /taxii2 /metrics at {base_url}")
    table = Table(title="Jurisdiction policy through real /v1 calls (official openai client)")
    for col in ("account", "org / KYC", "client IP", "HTTP", "decision", "answer or reasons"):
        table.add_column(col, max_width=56 if col.startswith("answer") else None)
    for label, org, country, kyc, ip in DEMO_ACCOUNTS:
        account_id, api_key = create_account(db, org, country, **kyc)
        status, decision, text = _call(_openai(base_url, api_key, ip), "Say hello in five words.")
        style = {"allow": "green", "review": "yellow"}.get(decision, "red")
        kyc_text = ", ".join(f"{k}={v}" for k, v in kyc.items())
        table.add_row(label, f"{org} ({country}) {kyc_text}", ip, str(status),
                      f"[{style}]{decision}[/]", text.replace("\n", " ")[:56])
    ctx.console.print(table)


def stage_monitor(ctx: DemoContext) -> None:
    """Simulate a week of benign + campaign traffic, scan it, compare with the ground truth."""
    from distillguard.monitor.scan import scan
    from distillguard.sim.builder import write_events
    from distillguard.sim.config import SimConfig
    from distillguard.sim.simulate import simulate, write_truth

    # two of the simulator's 12 families (`distillguard sim families`); how the monitor does on
    # every family, and on a blind batch, is in bench/results/monitor.md
    cfg = SimConfig(seed=11, benign_accounts=150 if ctx.quick else 400, campaigns=2,
                    campaign_accounts=40 if ctx.quick else 80,
                    families=["cot_coercion", "preference_pairs"])
    with ctx.console.status("simulating 7 days of API traffic (benign users + 2 campaigns)…"):
        table, truth = simulate(cfg)
    events_path = write_events(table, ctx.workdir / "events.parquet")
    write_truth(truth, ctx.workdir / "truth.json")
    ctx.console.print(
        f"{table.num_rows:,} events from {cfg.benign_accounts} benign and {cfg.campaign_accounts} "
        f"campaign accounts → {events_path.name} (the shape `distillguard events export` writes; "
        "ground truth kept apart in truth.json)"
    )
    with ctx.console.status("distillguard monitor scan…"):
        t0 = time.perf_counter()
        flags = scan(events_path)
        took = time.perf_counter() - t0
    (ctx.workdir / "flags.json").write_text(__import__("json").dumps(flags, indent=1))
    labels = {a: v["label"] for a, v in truth["accounts"].items()}
    flagged = {a["account_id"] for a in flags["accounts"] if a["flagged"]}
    campaign = {a for a, lab in labels.items() if lab != "benign"}
    benign = set(labels) - campaign
    ctx.console.print(
        f"scan took {took:.1f} s: flagged {len(flagged & campaign)}/{len(campaign)} campaign accounts, "
        f"{len(flagged & benign)}/{len(benign)} benign accounts (false positives)"
    )
    table_c = Table(title="Flagged clusters (monitor) vs ground truth")
    for col in ("cluster", "accounts", "truth", "top reasons"):
        table_c.add_column(col, max_width=70 if col == "top reasons" else None)
    flagged_clusters = [c for c in flags["clusters"] if set(c["accounts"]) & flagged]
    for c in sorted(flagged_clusters, key=lambda c: -len(c["accounts"]))[:6]:
        camp_ids = {truth["accounts"].get(a, {}).get("campaign_id") for a in c["accounts"]}
        truth_text = ", ".join(sorted(str(x) for x in camp_ids if x)) or "benign"
        table_c.add_row(str(c["cluster_id"]), str(len(c["accounts"])), truth_text,
                        "; ".join(map(str, c["reasons"][:3])))
    ctx.console.print(table_c)
    ctx.facts.update(flags=flags, truth=truth, events_table=table, sim_config=cfg)


def stage_review(ctx: DemoContext) -> None:
    """Flags → review cases; a reviewer suspends each campaign cluster; the next /v1 call of a
    campaign account is refused while a benign account is still served."""
    from distillguard.gateway.accounts import create_account
    from distillguard.review.cases import list_cases
    from distillguard.review.decisions import decide
    from distillguard.review.ingest import ingest_flags

    db = ctx.facts["db"]
    table, truth = ctx.facts["events_table"], ctx.facts["truth"]
    # The simulated accounts are customers of this gateway: register them with their KYC data.
    first = {}
    for row in table.select(["account_id", "org_id", "payment_fingerprint"]).to_pylist():
        first.setdefault(row["account_id"], row)
    keys: dict[str, str] = {}
    with ctx.console.status(f"registering {len(first)} simulated accounts in the gateway…"):
        for account_id, row in first.items():
            _, keys[account_id] = create_account(
                db, row["org_id"] or account_id, "US", account_id=account_id,
                verification="verified", payment_fingerprint=row["payment_fingerprint"])
    result = ingest_flags(db, ctx.facts["flags"])
    cases = list_cases(db)
    ctx.console.print(f"monitor flags → {result['opened']} review cases "
                      f"(queue: {len(cases)} open, incl. policy cases from stage 2)")
    queue = Table(title="Review queue (top 5)")
    for col in ("case", "kind", "priority", "accounts", "title"):
        queue.add_column(col)
    for c in cases[:5]:
        queue.add_row(str(c.id), c.kind, str(c.priority), str(len(c.account_ids)), c.title)
    ctx.console.print(queue)
    suspended: list[str] = []
    for c in cases:
        if c.kind == "cluster":
            res = decide(db, c.id, "suspend", "coordinated_campaign", "demo-reviewer",
                         note="coordinated distillation cluster")
            suspended += [item["account_id"] for item in res.changed]
    ctx.console.print(f"reviewer 'demo-reviewer' suspended {len(suspended)} accounts in "
                      f"{sum(c.kind == 'cluster' for c in cases)} cluster cases (hash-chained audit log)")
    _, base_url = ctx.facts["gateway"]
    camp = [a for a in suspended if truth["accounts"].get(a, {}).get("label") != "benign"][:2]
    ok = [a for a, v in truth["accounts"].items() if v["label"] == "benign" and a not in suspended][:1]
    live = Table(title="Next live /v1 calls after the decision")
    for col in ("account", "truth", "HTTP", "decision", "answer or reasons"):
        live.add_column(col, max_width=50 if col.startswith("answer") else None)
    for account_id in camp + ok:
        status, decision, text = _call(_openai(base_url, keys[account_id], "8.8.8.8"),
                                       "Solve 12*7 and show your reasoning.", max_tokens=8)
        live.add_row(account_id, truth["accounts"][account_id]["label"], str(status), decision,
                     text.replace("\n", " ")[:50])
    ctx.console.print(live)
    ctx.facts["suspended"] = suspended


def stage_intel(ctx: DemoContext) -> None:
    """Lab A publishes the campaign as TLP:AMBER over TAXII; lab B pulls and matches its own
    account — neither lab's raw identifiers or prompts leave it (keyed hashes, keyed MinHash)."""
    from distillguard.intel.exchange import run_exchange
    from distillguard.intel.privacy import Keyring, new_key
    from distillguard.sim.config import SimConfig
    from distillguard.sim.simulate import simulate

    flags, truth = ctx.facts["flags"], ctx.facts["truth"]
    events_a = ctx.facts["events_table"].to_pylist()
    payment = {}
    for e in events_a:
        payment.setdefault(e["account_id"], e["payment_fingerprint"])
    accounts_a = [{"account_id": a["account_id"], "payment_fingerprint": payment.get(a["account_id"])}
                  for a in flags["accounts"] if a["flagged"]]
    # Lab B: its own customers (a different simulated population) plus one account the same
    # operator opened there, paying with the same card and reusing the campaign's templates.
    table_b, _ = simulate(SimConfig(seed=99, benign_accounts=60, campaigns=0, campaign_accounts=0))
    events_b = table_b.to_pylist()
    operator = next(a for a, v in truth["accounts"].items() if v["label"] != "benign")
    op_events = [e for e in events_a if e["account_id"] == operator][:20]
    planted = "labB-acct-7731"
    events_b += [{**e, "account_id": planted, "org_id": "labB-org-42"} for e in op_events]
    accounts_b = [{"account_id": a} for a in sorted({e["account_id"] for e in events_b})]
    accounts_b = [{**a, "payment_fingerprint": op_events[0]["payment_fingerprint"]}
                  if a["account_id"] == planted else a for a in accounts_b]
    key = new_key()
    keyring = Keyring(key.key_id, {key.key_id: key})
    with ctx.console.status("lab A → TAXII 2.1 (TLP:AMBER) → lab B…"):
        out = run_exchange(ctx.workdir / "intel", keyring, flags, events_a, accounts_a,
                           accounts_b, events_b, tlp="amber")
    ctx.console.print(f"lab A published {out['bundle_objects']} STIX objects; lab B pulled "
                      f"{out['pulled']}; lab B's matched accounts: {out['matched_accounts']}")
    kinds = sorted({a["kind"] for a in out["alerts"] if a["account_id"] == planted})
    ctx.console.print(f"planted operator account {planted} matched by: {', '.join(kinds) or 'nothing'}"
                      f" — false matches among lab B's {len(accounts_b) - 1} own customers: "
                      f"{len(set(out['matched_accounts']) - {planted})}")


def stage_audit(ctx: DemoContext) -> None:
    """One account leaked its (watermarked) answers; a competitor trained a student on them.
    The open-weights audit over a keyring of every account's derived key names the account."""
    from rich.progress import Progress

    from distillguard.audit.experiment import generate_answers
    from distillguard.audit.open_mode import open_audit
    from distillguard.audit.reading import CorpusDoc
    from distillguard.audit.report import write_report
    from distillguard.audit.train import TrainConfig, finetune
    from distillguard.data.sharegpt import prompts as sharegpt_prompts
    from distillguard.models.tiny import make_tiny_model
    from distillguard.watermark.keys import derive_account_key, load_key, save_key

    master = load_key(ctx.facts["master_key_path"])
    accounts = sorted(ctx.facts.get("truth", {}).get("accounts", {}))[:200] or [
        f"acct-{i:04d}" for i in range(200)]
    leaker = accounts[len(accounts) // 3]
    ring_dir = ctx.workdir / "keyring"
    for account_id in accounts:
        save_key(derive_account_key(master, account_id), ring_dir / f"{account_id}.json")
    n_prompts, n_tokens = (32, 48) if ctx.quick else (48, 48)
    prompts = [p for p in sharegpt_prompts(2000) if len(p) < 300][:n_prompts]
    with Progress(console=ctx.console, transient=True) as progress:
        task = progress.add_task(f"SmolLM2 answers {n_prompts} prompts for {leaker}", total=n_prompts)
        served = generate_answers(None, prompts, derive_account_key(master, leaker),
                                  max_new_tokens=n_tokens, batch_size=16, seed=5,
                                  progress=lambda n: progress.advance(task, n))
    ctx.console.print(f"{leaker} received {len(served)} watermarked answers (its own derived key); "
                      "the competitor trains a small student on them")
    base = make_tiny_model(ctx.workdir / "student-init", seed=3, hidden=96, layers=2)
    with Progress(console=ctx.console, transient=True) as progress:
        task = progress.add_task("fine-tuning the student", total=None)
        student = finetune(base, served, ctx.workdir / "student",
                           TrainConfig(epochs=30, lr=3e-3, batch_size=8, max_len=128, seed=0),
                           progress=lambda step, total, loss: progress.update(
                               task, total=total, completed=step, description=f"fine-tuning (loss {loss:.2f})"))
    docs = [CorpusDoc(text=a["text"], prompt=a["prompt"], id=str(i)) for i, a in enumerate(served)]
    keyring = [load_key(p) for p in sorted(ring_dir.glob("*.json"))]
    run = open_audit(student, docs, key=None, keyring=keyring)
    report = write_report(ctx.workdir / "evidence", run,
                          ["distillguard", "audit", "open", "--suspect", str(student), "--corpus",
                           "served.jsonl", "--keyring", str(ring_dir)])
    result = run.result
    top = sorted(result.get("attribution", []), key=lambda a: a["adjusted_p_value"])[:3]
    named = [a for a in top if a["adjusted_p_value"] < result.get("alpha", 1e-4)]
    table = Table(title=f"Attribution among {len(keyring)} account keys (Holm-adjusted)")
    for col in ("key_id", "account", "p", "adjusted p"):
        table.add_column(col)
    by_id = {k.key_id: k.account_id for k in keyring}
    for a in top:
        table.add_row(a["key_id"], str(by_id.get(a["key_id"])), f"{a['p_value']:.2e}",
                      f"{a['adjusted_p_value']:.2e}")
    ctx.console.print(table)
    verdict = (f"the student was trained on [bold]{by_id.get(named[0]['key_id'])}[/]'s outputs"
               if named else "no account named at α")
    ctx.console.print(f"verdict {result['verdict']}: {verdict} (true leaker {leaker}); "
                      f"evidence pack: {report}/report.html")


STAGES = [
    ("Watermark: generate with the real local model, detect with exact p-values", stage_watermark),
    ("Gateway: accounts in allowed, flagged and restricted jurisdictions", stage_gateway),
    ("Monitor: a week of simulated traffic, campaigns and coordinated clusters", stage_monitor),
    ("Review: cases from the monitor, a reviewer suspends the clusters, access is cut", stage_review),
    ("Intel: share the campaign with a second lab over TAXII, without customer data", stage_intel),
    ("Audit: which account's outputs trained this suspect model?", stage_audit),
]


def demo(
    workdir: Annotated[Path | None, typer.Option(help="Where the demo keeps its state (default: a fresh dir under $DISTILLGUARD_HOME/demo).")] = None,
    quick: Annotated[bool, typer.Option(help="Smaller everything (used by the test-suite).")] = False,
) -> None:
    """Run the main job end-to-end on embedded defaults: watermark → gateway → monitor → review → intel → audit."""
    from distillguard.config import home

    console = Console(width=None if Console().is_terminal else 120)
    workdir = workdir or home() / "demo" / time.strftime("%Y%m%d-%H%M%S")
    workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    ctx = DemoContext(workdir=workdir, console=console, quick=quick)
    console.print(Panel.fit(f"distillguard demo — state in {workdir}", style="bold"))
    t0 = time.perf_counter()
    for n, (title, fn) in enumerate(STAGES, start=1):
        ctx.stage(n, title)
        fn(ctx)
    if "gateway" in ctx.facts:
        server, _ = ctx.facts["gateway"]
        server.__exit__(None, None, None)
    console.rule(f"[bold green]done in {time.perf_counter() - t0:.0f} s")
