"""Everything one gateway instance holds: settings, database, policy, geo, limits, backends, log."""

from __future__ import annotations

import hashlib
import importlib.util
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from distillguard.config import Settings, home
from distillguard.errors import DistillguardError
from distillguard.gateway.backends import Backend, LocalBackend, served_name
from distillguard.gateway.events import EventLog, Retention
from distillguard.gateway.health import Readiness
from distillguard.gateway.metrics import Metrics
from distillguard.gateway.ratelimit import RefusalThrottle, make_rate_limiter
from distillguard.gateway.relay import OpenAIUpstream
from distillguard.gateway.upstream import UpstreamPool
from distillguard.store.db import Database

ADMIN_HASH_FILE = "admin_token.sha256"


@dataclass
class GatewayOptions:
    """The `[gateway]` section of the config file, with defaults."""

    upstream_url: str = ""
    upstream_api_key: str = ""
    upstream_ca_file: str = ""  # extra CA bundle for an https upstream (internal PKI)
    upstream_models: list[str] = field(default_factory=list)  # [] → every non-local model
    local_model: bool = True
    watermark: bool = True
    upstream_watermark: str = ""  # "vllm": per-account vllm_xargs for a watermarking vLLM upstream
    max_body_bytes: int = 1 << 20
    default_max_tokens: int = 128
    max_tokens_cap: int = 1024
    trusted_proxies: list[str] = field(default_factory=list)
    geoip_mmdb: str = ""
    asn_mmdb: str = ""
    cache_ttl_s: float = 2.0
    prompt_retention: str = "store"
    event_staging_dir: str = ""  # "" → /dev/shm when present, else beside the database
    org_quota_multiplier: float = 5.0
    redis_namespace: str = "dg:rl"
    # -- the edge (issue #12): abuse that costs nothing must cost its sender ------------------
    expose_openapi: bool = False  # serve /openapi.json, /docs and /redoc
    forwarded_header: str = "x-forwarded-for"  # or "forwarded" (RFC 7239): what proxies append
    ip_refusals_per_minute: int = 60  # per client IP, before authentication; 0 = unlimited
    refused_prompt_chars: int = 512  # text kept of a refused request's prompt (+ its SHA-256)
    max_prompts: int = 16  # prompts in one /v1/completions list
    max_output_tokens: int = 32768  # max_tokens / max_completion_tokens accepted
    logprobs_allowed: bool = False  # logprobs / top_logprobs reach the model at all
    header_timeout_s: float = 10.0  # a request's headers must arrive within this
    body_timeout_s: float = 30.0  # longest wait for the next piece of a request body
    keep_alive_s: float = 5.0  # idle keep-alive connections are closed after this
    max_connections: int = 4096  # uvicorn limit_concurrency: beyond it, 503
    shutdown_timeout_s: float = 30.0  # SIGTERM: longest wait for in-flight requests to finish

    @classmethod
    def from_settings(cls, settings: Settings) -> GatewayOptions:
        opts = cls()
        for key, value in (settings.gateway or {}).items():
            if not hasattr(opts, key):
                raise DistillguardError(f"[gateway] unknown setting {key!r}")
            default = getattr(opts, key)
            if isinstance(default, bool) and not isinstance(value, bool):
                raise DistillguardError(f"[gateway] {key} must be true or false")
            if isinstance(default, list) and not isinstance(value, list):
                raise DistillguardError(f"[gateway] {key} must be a list")
            if isinstance(default, int | float) and not isinstance(default, bool):
                if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
                    raise DistillguardError(f"[gateway] {key} must be a non-negative number")
            if isinstance(default, str) and not isinstance(value, str):
                raise DistillguardError(f"[gateway] {key} must be a string")
            setattr(opts, key, value)
        if opts.forwarded_header.lower() not in ("x-forwarded-for", "forwarded"):
            raise DistillguardError("[gateway] forwarded_header must be x-forwarded-for or "
                                    f"forwarded, got {opts.forwarded_header!r}")
        opts.forwarded_header = opts.forwarded_header.lower()
        return opts


def admin_token_hash(settings: Settings) -> str | None:
    """SHA-256 of the admin token: from settings, else the hash stored by `serve` under home."""
    if settings.admin_token:
        return hashlib.sha256(settings.admin_token.encode("utf-8")).hexdigest()
    path = home() / ADMIN_HASH_FILE
    if path.exists():
        return path.read_text(encoding="utf-8").strip() or None
    return None


class GatewayState:
    def __init__(self, settings: Settings, db: Database) -> None:
        from distillguard.policy.engine import Policy
        from distillguard.policy.geo import GeoResolver

        self.settings = settings
        self.db = db
        self.options = GatewayOptions.from_settings(settings)
        self.policy = Policy.load(settings.policy_path or None)
        self.geo = GeoResolver(self.options.geoip_mmdb or None, self.options.asn_mmdb or None)
        # Validate the trusted proxy list now rather than on the first request.
        from distillguard.policy.geo import client_ip

        client_ip("127.0.0.1", None, list(self.options.trusted_proxies))
        self.options.trusted_proxies = list(self.options.trusted_proxies)
        self.retention = Retention.parse(self.options.prompt_retention)
        self.events = EventLog(db, self.retention, self.options.event_staging_dir)
        self.limiter = make_rate_limiter(settings.redis_url or None, self.options.redis_namespace)
        self.ip_throttle = RefusalThrottle(self.limiter, int(self.options.ip_refusals_per_minute))
        self.metrics = Metrics()
        self.metrics.watch_event_backlog(self.events.backlog)
        self.admin_hash = admin_token_hash(settings)
        self.started = False  # backends started (the model loaded): set by the app's lifespan
        self.readiness = Readiness(self, settings.redis_url or None)
        self.local: LocalBackend | None = None
        if self.options.local_model:
            self.local = LocalBackend(settings.model, settings.resolved_master_key_path,
                                      watermark=self.options.watermark,
                                      default_max_tokens=int(self.options.default_max_tokens),
                                      max_tokens_cap=int(self.options.max_tokens_cap))
        self.upstream: OpenAIUpstream | None = None
        if self.options.upstream_watermark not in ("", "vllm"):
            raise DistillguardError('[gateway] upstream_watermark must be "" or "vllm"')
        if self.options.upstream_url:
            pool = UpstreamPool(self.options.upstream_url, self.options.upstream_api_key or None,
                                ca_file=self.options.upstream_ca_file or None)
            if self.options.upstream_watermark == "vllm":
                from distillguard.gateway.vllm_upstream import VLLMWatermarkUpstream

                self.upstream = VLLMWatermarkUpstream(pool, settings.resolved_master_key_path)
            else:
                self.upstream = OpenAIUpstream(pool)
        from distillguard.gateway import accounts

        accounts.CACHE.ttl = float(self.options.cache_ttl_s)
        self._open_policy_case: Callable[..., Any] | None = None
        if importlib.util.find_spec("distillguard.review.cases") is not None:
            from distillguard.review.cases import open_policy_case

            self._open_policy_case = open_policy_case
        self._case_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="review-cases")

    def open_review_case(self, account_id: str, reasons: list[dict[str, Any]]) -> None:
        """Enhanced review: a policy "review" decision opens (or reuses) the account's review
        case, off the request path; a failure is logged and never fails the request."""
        open_case = self._open_policy_case
        if open_case is None:
            return

        def work() -> None:
            try:
                open_case(self.db, account_id, reasons)
            except Exception:  # noqa: BLE001 - review bookkeeping must not break serving
                logging.getLogger("distillguard.gateway").exception(
                    "could not open a review case for %s", account_id)

        self._case_pool.submit(work)

    def backends(self) -> list[Backend]:
        return [b for b in (self.local, self.upstream) if b is not None]

    def backend_for(self, model: str) -> Backend | None:
        """The backend serving `model`, or None (→ 404)."""
        if self.local is not None and model == self.local.name:
            return self.local
        if self.upstream is not None and (
            not self.options.upstream_models or model in self.options.upstream_models
        ):
            return self.upstream
        return None

    def model_names(self) -> list[str]:
        names = []
        if self.local is not None:
            names.append(served_name(self.settings.model))
        names += list(self.options.upstream_models)
        return names

    async def aclose(self) -> None:
        self._case_pool.shutdown(wait=True)
        self.events.close()
        await self.limiter.close()
        await self.readiness.aclose()
        for backend in self.backends():
            await backend.aclose()
