"""Query an OpenAI-compatible endpoint for the API-mode audit: resumable, bounded, polite.

- Resumable: every successful response is committed at once to a SQLite cache keyed by a hash
  of (base URL, model, prompt, sampling parameters); a rerun after an interruption or a failure
  only asks for what is missing, and failures never delete what was already collected.
- Bounded: a budget on requests (attempts, retries included) and on completion tokens.
- Polite: a fixed number of worker threads, retries with exponential backoff and jitter on
  connection errors, timeouts, 429 and 5xx, and on malformed ("garbage") bodies; an early stop
  when the endpoint never answered and keeps failing (unreachable), or rejects our API key.
The API key is passed to the client only; it is never stored in the cache or printed.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from distillguard.errors import DistillguardError


class EndpointError(DistillguardError):
    """The endpoint could not deliver every response; what did arrive is kept in the cache."""


@dataclass
class QueryConfig:
    base_url: str
    model: str
    api_key: str = "unused"
    max_tokens: int = 128
    temperature: float = 0.0
    concurrency: int = 4
    retries: int = 4
    backoff_s: float = 0.5
    backoff_max_s: float = 8.0
    timeout_s: float = 120.0
    max_requests: int | None = None
    max_completion_tokens: int | None = None
    abort_after_failures: int = 8  # consecutive failures with no success yet → unreachable

    def sampling(self) -> dict:
        return {"max_tokens": self.max_tokens, "temperature": self.temperature}


@dataclass
class QueryReport:
    """What happened: responses in prompt order (None = missing) and the counters."""

    responses: list[str | None]
    from_cache: int = 0
    requested: int = 0
    attempts: int = 0
    completion_tokens: int = 0
    failures: dict[str, str] = field(default_factory=dict)  # prompt id → last error
    budget_exhausted: bool = False
    aborted: str | None = None

    def summary(self) -> dict:
        return {
            "prompts": len(self.responses),
            "responses": sum(r is not None for r in self.responses),
            "from_cache": self.from_cache,
            "requested": self.requested,
            "attempts": self.attempts,
            "completion_tokens": self.completion_tokens,
            "failed": len(self.failures),
            "budget_exhausted": self.budget_exhausted,
            "aborted": self.aborted,
        }


class ResponseCache:
    """SQLite file of responses; one row per (endpoint, model, prompt, sampling) hash."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        try:
            self._conn = sqlite3.connect(self.path, check_same_thread=False)
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS responses (cache_key TEXT PRIMARY KEY, prompt_id TEXT, "
                "model TEXT, text TEXT NOT NULL, completion_tokens INTEGER, finish_reason TEXT, "
                "created REAL)"
            )
            self._conn.commit()
        except sqlite3.DatabaseError as exc:
            raise DistillguardError(f"response cache {self.path} is unusable: {exc}") from None

    @staticmethod
    def key(config: QueryConfig, prompt: str) -> str:
        material = json.dumps(
            [config.base_url.rstrip("/"), config.model, prompt, config.sampling()], sort_keys=True
        )
        return hashlib.sha256(material.encode("utf-8")).hexdigest()

    def get(self, cache_key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT text FROM responses WHERE cache_key = ?", (cache_key,)).fetchone()
        return None if row is None else row[0]

    def put(self, cache_key: str, prompt_id: str, model: str, text: str, tokens: int, finish: str | None) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?, ?)",
                (cache_key, prompt_id, model, text, tokens, finish, time.time()),
            )
            self._conn.commit()

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class _Fatal(Exception):
    """Stop everything (bad API key, unknown model)."""


class _Retryable(Exception):
    pass


def _one_call(client, config: QueryConfig, prompt: str) -> tuple[str, int, str | None]:
    """One chat completion → (text, completion tokens, finish reason); errors classified."""
    import openai

    try:
        resp = client.chat.completions.create(
            model=config.model,
            messages=[{"role": "user", "content": prompt}],
            **config.sampling(),
        )
    except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
        raise _Fatal(f"endpoint rejected the API key (HTTP {exc.status_code})") from None
    except openai.NotFoundError:
        raise _Fatal(f"endpoint has no model {config.model!r} or no /chat/completions route") from None
    except openai.RateLimitError:
        raise _Retryable("rate limited (HTTP 429)") from None
    except openai.APIStatusError as exc:
        if exc.status_code >= 500 or exc.status_code in (408, 409):
            raise _Retryable(f"HTTP {exc.status_code}") from None
        raise _Fatal(f"endpoint refused the request: HTTP {exc.status_code}") from None
    except openai.APITimeoutError:
        raise _Retryable("timed out") from None
    except openai.APIConnectionError:
        raise _Retryable("cannot connect") from None
    except (openai.APIResponseValidationError, ValueError, TypeError) as exc:
        raise _Retryable(f"malformed response ({type(exc).__name__})") from None
    try:
        choice = resp.choices[0]
        text = choice.message.content
        if not isinstance(text, str):
            raise TypeError("no message content")
    except (AttributeError, IndexError, TypeError):
        raise _Retryable("malformed response (no choices[0].message.content)") from None
    usage = getattr(resp, "usage", None)
    tokens = int(getattr(usage, "completion_tokens", 0) or 0) if usage is not None else 0
    return text, tokens, getattr(choice, "finish_reason", None)


def query_endpoint(
    prompts: Sequence[tuple[str, str]],
    config: QueryConfig,
    cache: ResponseCache,
    *,
    progress: Callable[[int], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> QueryReport:
    """Responses for (id, prompt) pairs, from the cache when present, else from the endpoint."""
    import openai

    report = QueryReport(responses=[None] * len(prompts))
    todo = []
    for i, (_pid, prompt) in enumerate(prompts):
        cached = cache.get(ResponseCache.key(config, prompt))
        if cached is not None:
            report.responses[i] = cached
            report.from_cache += 1
        else:
            todo.append(i)
    if progress and report.from_cache:
        progress(report.from_cache)
    if not todo:
        return report

    client = openai.OpenAI(base_url=config.base_url, api_key=config.api_key or "unused",
                           max_retries=0, timeout=config.timeout_s)
    lock = threading.Lock()
    state = {"successes": 0, "consecutive_failures": 0}
    stop = threading.Event()
    rng = random.Random(0)

    def budget_left() -> bool:
        if config.max_requests is not None and report.attempts >= config.max_requests:
            return False
        if config.max_completion_tokens is not None and report.completion_tokens >= config.max_completion_tokens:
            return False
        return True

    def work(i: int) -> None:
        pid, prompt = prompts[i]
        last = "not attempted"
        for attempt in range(config.retries + 1):
            with lock:
                if stop.is_set():
                    return
                if not budget_left():
                    report.budget_exhausted = True
                    return
                report.attempts += 1
                if attempt == 0:
                    report.requested += 1
            try:
                text, tokens, finish = _one_call(client, config, prompt)
            except _Fatal as exc:
                with lock:
                    report.aborted = str(exc)
                    report.failures[pid] = str(exc)
                stop.set()
                return
            except _Retryable as exc:
                last = str(exc)
                with lock:
                    state["consecutive_failures"] += 1
                    if state["successes"] == 0 and state["consecutive_failures"] >= config.abort_after_failures:
                        report.aborted = f"endpoint {config.base_url} unreachable or failing ({last})"
                        report.failures[pid] = last
                        stop.set()
                        return
                if attempt < config.retries:
                    delay = min(config.backoff_max_s, config.backoff_s * 2**attempt)
                    sleep(delay * (0.5 + rng.random() / 2))
                continue
            cache.put(ResponseCache.key(config, prompt), pid, config.model, text, tokens, finish)
            with lock:
                report.responses[i] = text
                report.completion_tokens += tokens
                state["successes"] += 1
                state["consecutive_failures"] = 0
            if progress:
                progress(1)
            return
        with lock:
            report.failures[pid] = last

    try:
        with ThreadPoolExecutor(max_workers=max(1, config.concurrency)) as pool:
            list(pool.map(work, todo))
    finally:
        client.close()
    return report


def require_complete(report: QueryReport, cache: ResponseCache, allow_partial: bool) -> None:
    """Raise EndpointError (cache kept) unless every prompt got a response or partial is allowed."""
    got = sum(r is not None for r in report.responses)
    missing = len(report.responses) - got
    if missing == 0:
        return
    if report.aborted:
        reason = report.aborted
    elif report.budget_exhausted:
        reason = "request/token budget exhausted"
    else:
        last = next(iter(report.failures.values()), "unknown error")
        reason = f"{len(report.failures)} prompt(s) failed after retries (last error: {last})"
    if allow_partial and got > 0:
        return
    raise EndpointError(
        f"{reason}; {got}/{len(report.responses)} responses collected and kept in {cache.path} "
        "(rerun the same command to resume)"
    )
