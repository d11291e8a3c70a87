"""`distillguard audit open|api`: radioactivity tests on a suspect model, one JSON object out."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path

import typer

from distillguard.audit.report import API_KEY_ENV
from distillguard.audit.result import DEFAULT_ALPHA
from distillguard.errors import DistillguardError

app = typer.Typer(
    help="Radioactivity audits: was a suspect model trained on our watermarked outputs, and "
    "whose? Prints one JSON object {p_value, tokens_scored, verdict, ...}.",
    no_args_is_help=True,
)

KEY_HELP = "Watermark key file (JSON). Optional when --keyring is given."
KEYRING_HELP = "Directory of per-account key files: adds Holm-adjusted per-key attribution."
MASTER_HELP = ("Master key file: every keyring entry is re-derived from it and its account id "
               "(edited entries are refused) and searched at every key epoch (Holm over all "
               "account × epoch keys).")
SIGNING_HELP = ("Ed25519 private key (PEM) that signs the evidence pack's manifest.json "
                "(default $DISTILLGUARD_HOME/keys/audit_signing_key.pem, created mode 0600).")
ALPHA_HELP = "Significance level of the verdict (and family-wise level of the attribution)."


def _keys(key: Path | None, keyring: Path | None, master: Path | None = None):
    from distillguard.watermark.keys import load_key, load_keyring

    if key is None and keyring is None:
        raise DistillguardError("give --key KEY.json and/or --keyring DIR")
    if master is not None and keyring is None:
        raise DistillguardError("--master checks and expands a --keyring DIR; give one")
    master_key = load_key(master) if master is not None else None
    if master_key is not None and not master_key.is_master:
        raise DistillguardError(f"--master {master}: is an account key, not a master key")
    main = load_key(key) if key is not None else None
    ring = load_keyring(keyring, master_key, all_epochs=True) if keyring is not None else None
    for k in ([main] if main is not None else []) + list(ring or []):
        if k.params.get("seeding", "left") != "left":
            raise DistillguardError(
                f"key {k.key_id}: audits do not support {k.params['seeding']} seeding yet")
    if main is not None and ring:
        from distillguard.audit.scoring import check_same_scheme

        check_same_scheme([main, ring[0]])
    return main, ring


def _check_alpha(alpha: float) -> None:
    if not 0.0 < alpha < 1.0:
        raise DistillguardError("--alpha must be between 0 and 1")


@contextmanager
def _progress():
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True) as progress:
        yield progress


def _finish(run, report: Path | None, argv: list[str], pack=None) -> None:
    if report is not None:
        from distillguard.audit.pack import write_pack

        manifest = write_pack(report, run, argv, pack)
        run.result["report"] = str(report)
        run.result["manifest_sha256"] = _manifest_digest(report)
        run.result["signer_key_id"] = manifest["signature"]["key_id"]
    print(json.dumps(run.result))


def _manifest_digest(report: Path) -> str:
    from distillguard.audit.evidence import MANIFEST, sha256_file

    return sha256_file(report / MANIFEST)


def _abs(p: Path | None) -> str:
    return str(Path(p).resolve()) if p is not None else ""


def _key_files(key: Path | None, keyring: Path | None, master: Path | None) -> dict[str, str | None]:
    return {"key": _abs(key) or None, "keyring": _abs(keyring) or None, "master": _abs(master) or None}


@app.command("open")
def open_command(
    suspect: str = typer.Option(..., "--suspect", help="Suspect model: local HF causal-LM directory (or 'smollm2')."),
    corpus: Path = typer.Option(..., "--corpus", help="JSONL lines {\"id\"?, \"text\", \"prompt\"?} the suspect reads."),
    key: Path = typer.Option(None, "--key", help=KEY_HELP),
    keyring: Path = typer.Option(None, "--keyring", help=KEYRING_HELP),
    master: Path = typer.Option(None, "--master", help=MASTER_HELP),
    report: Path = typer.Option(None, "--report", help="Write the evidence pack (JSON, HTML, reproduce.sh) here."),
    tokenizer: str = typer.Option(None, "--tokenizer", help="The key's tokenizer (default: the local SmolLM2)."),
    served: Path = typer.Option(None, "--served", help="JSONL of watermarked texts we served: score only windows frequent in them."),
    min_window_count: int = typer.Option(2, "--min-window-count", min=1, help="With --served: minimum occurrences of a window."),
    max_len: int = typer.Option(512, "--max-len", min=8, help="Tokens read per document (longer ones are cut)."),
    batch_tokens: int = typer.Option(2048, "--batch-tokens", min=64, help="Tokens per forward pass (memory bound)."),
    signing_key: Path = typer.Option(None, "--signing-key", help=SIGNING_HELP),
    alpha: float = typer.Option(DEFAULT_ALPHA, "--alpha", help=ALPHA_HELP),
) -> None:
    """Open-weights mode: teacher-forced reading of the corpus; the suspect's top-1 picks are scored."""
    from distillguard.audit.io import read_corpus
    from distillguard.audit.open_mode import open_audit

    _check_alpha(alpha)
    main, ring = _keys(key, keyring, master)
    docs = read_corpus(corpus)
    served_docs = read_corpus(served) if served is not None else None
    with _progress() as progress:
        run = open_audit(suspect, docs, key=main, keyring=ring, tokenizer=tokenizer, served=served_docs,
                         min_window_count=min_window_count, max_len=max_len, token_budget=batch_tokens,
                         alpha=alpha, progress=progress)
    suspect_arg = suspect if suspect == "smollm2" else _abs(Path(suspect))
    argv = ["distillguard", "audit", "open", "--suspect", suspect_arg, "--corpus", _abs(corpus)]
    argv += ["--key", _abs(key)] if key else []
    argv += ["--keyring", _abs(keyring)] if keyring else []
    argv += ["--master", _abs(master)] if master else []
    argv += ["--tokenizer", tokenizer] if tokenizer else []
    argv += ["--served", _abs(served), "--min-window-count", str(min_window_count)] if served else []
    argv += ["--max-len", str(max_len), "--alpha", repr(alpha)]
    argv += ["--report", _abs(report)] if report else []
    run.params.update(corpus=_abs(corpus), key_file=_abs(key) or None, keyring=_abs(keyring) or None)
    pack = None
    if report is not None:
        from distillguard.audit.pack import PackInputs

        files = {"--corpus": corpus, **({"--served": served} if served is not None else {})}
        pack = PackInputs("open", files, main, ring, _key_files(key, keyring, master), suspect=suspect,
                          signing_key=signing_key)
    _finish(run, report, argv, pack)


@app.command("api")
def api_command(
    base_url: str = typer.Option(..., "--base-url", help="OpenAI-compatible endpoint, e.g. https://host/v1."),
    model: str = typer.Option(..., "--model", help="Model name at that endpoint."),
    prompts: Path = typer.Option(..., "--prompts", help="JSONL lines {\"id\"?, \"prompt\"}."),
    key: Path = typer.Option(None, "--key", help=KEY_HELP),
    keyring: Path = typer.Option(None, "--keyring", help=KEYRING_HELP),
    master: Path = typer.Option(None, "--master", help=MASTER_HELP),
    api_key: str = typer.Option(None, "--api-key", envvar=API_KEY_ENV, show_envvar=True,
                                help="API key for the endpoint (never stored or printed)."),
    report: Path = typer.Option(None, "--report", help="Write the evidence pack (JSON, HTML, reproduce.sh) here."),
    cache: Path = typer.Option(None, "--cache", help="Response cache (SQLite). Default: REPORT/responses.sqlite or $DISTILLGUARD_HOME/audit/responses.sqlite."),
    tokenizer: str = typer.Option(None, "--tokenizer", help="The key's tokenizer (default: the local SmolLM2)."),
    max_tokens: int = typer.Option(128, "--max-tokens", min=1, help="Completion tokens per prompt."),
    temperature: float = typer.Option(1.0, "--temperature", min=0.0, help="Sampling temperature requested."),
    concurrency: int = typer.Option(4, "--concurrency", min=1, help="Requests in flight."),
    retries: int = typer.Option(4, "--retries", min=0, help="Retries per prompt (exponential backoff)."),
    backoff: float = typer.Option(0.5, "--backoff", min=0.0, help="First retry delay in seconds (doubles)."),
    timeout: float = typer.Option(120.0, "--timeout", min=0.1, help="Per-request timeout in seconds."),
    max_requests: int = typer.Option(None, "--max-requests", min=1, help="Budget: HTTP attempts, retries included."),
    max_completion_tokens: int = typer.Option(None, "--max-completion-tokens", min=1, help="Budget: completion tokens."),
    allow_partial: bool = typer.Option(False, "--allow-partial", help="Score what arrived instead of failing when some prompts failed."),
    signing_key: Path = typer.Option(None, "--signing-key", help=SIGNING_HELP),
    alpha: float = typer.Option(DEFAULT_ALPHA, "--alpha", help=ALPHA_HELP),
) -> None:
    """API mode: query the endpoint with prompts (resumable cache), score the answers."""
    from distillguard.audit.api_mode import api_audit
    from distillguard.audit.client import QueryConfig
    from distillguard.audit.io import read_prompts

    _check_alpha(alpha)
    if not base_url.startswith(("http://", "https://")):
        raise DistillguardError(f"--base-url must be an http(s) URL, got {base_url!r}")
    main, ring = _keys(key, keyring, master)
    records = read_prompts(prompts)
    if cache is None:
        from distillguard.config import home

        cache = (report / "responses.sqlite") if report is not None else home() / "audit" / "responses.sqlite"
    config = QueryConfig(base_url=base_url, model=model, api_key=api_key or os.environ.get("OPENAI_API_KEY", "unused"),
                         max_tokens=max_tokens, temperature=temperature, concurrency=concurrency,
                         retries=retries, backoff_s=backoff, timeout_s=timeout, max_requests=max_requests,
                         max_completion_tokens=max_completion_tokens)
    with _progress() as progress:
        run = api_audit(records, config, cache, key=main, keyring=ring, tokenizer=tokenizer, alpha=alpha,
                        allow_partial=allow_partial, progress=progress)
    argv = ["distillguard", "audit", "api", "--base-url", base_url, "--model", model, "--prompts", _abs(prompts)]
    argv += ["--key", _abs(key)] if key else []
    argv += ["--keyring", _abs(keyring)] if keyring else []
    argv += ["--master", _abs(master)] if master else []
    argv += ["--api-key", api_key] if api_key else []
    argv += ["--tokenizer", tokenizer] if tokenizer else []
    argv += ["--max-tokens", str(max_tokens), "--temperature", repr(temperature), "--cache", _abs(cache)]
    argv += ["--alpha", repr(alpha)]
    argv += ["--report", _abs(report)] if report else []
    run.params.update(prompts=_abs(prompts), key_file=_abs(key) or None, keyring=_abs(keyring) or None)
    pack = None
    if report is not None:
        from distillguard.audit.client import ResponseCache
        from distillguard.audit.pack import PackInputs

        pack = PackInputs("api", {"--prompts": prompts}, main, ring, _key_files(key, keyring, master),
                          cache=cache, cache_keys=[ResponseCache.key(config, p) for _, p in records],
                          signing_key=signing_key)
    _finish(run, report, argv, pack)


@app.command("verify")
def verify_command(
    pack: Path = typer.Argument(..., help="Evidence pack directory written by `audit open|api --report`."),
    public_key: Path = typer.Option(None, "--public-key", help="The lab's Ed25519 public key (PEM). "
                                    "Without it the manifest's embedded key is used (integrity only)."),
) -> None:
    """Check an evidence pack: manifest signature, every file's SHA-256, the suspect weights when
    present at their recorded path. Prints one JSON line; a mismatch is a one-line error naming
    the file, exit status 1."""
    from distillguard.audit.evidence import verify_pack

    print(json.dumps(verify_pack(pack, public_key)))
