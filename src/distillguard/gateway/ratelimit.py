"""Requests/min and tokens/min per API key and per organisation.

Both back-ends implement GCRA (the "virtual scheduling" form of a token bucket): one stored
number per limit — the theoretical arrival time — so a full minute's quota may burst at once and
then refills continuously. In-process by default; with `redis_url` the same arithmetic runs in a
Lua script (atomic, clock from Redis `TIME`) so several gateway workers share one budget.
Token use is only known after the response: a request is admitted while the token bucket is not
empty, and its usage is charged afterwards (the bucket may go into debt, delaying later calls).
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

WINDOW = 60.0
EPSILON = 1e-6  # float slack: a bucket that is exactly full admits


@dataclass(frozen=True)
class Quota:
    """A limit on one scope ("key:<prefix>", "org:<id>"); 0 means unlimited."""

    scope: str
    requests_per_minute: int
    tokens_per_minute: int


def retry_after_header(wait: float) -> str:
    return str(max(1, math.ceil(wait)))


class MemoryRateLimiter:
    """Single-process GCRA; cheap enough to sit on every request."""

    def __init__(self) -> None:
        self._tat: dict[str, float] = {}
        self._lock = threading.Lock()

    async def acquire(self, quotas: list[Quota], units: int = 1) -> float:
        """Admit `units` requests under every quota (all or nothing); 0.0 or seconds to wait."""
        return self.acquire_sync(quotas, units)

    def acquire_sync(self, quotas: list[Quota], units: int = 1) -> float:
        now = time.monotonic()
        with self._lock:
            wait = 0.0
            updates = []
            for q in quotas:
                if q.requests_per_minute > 0:
                    key = f"{q.scope}:r"
                    new = (max(self._tat.get(key, now), now)
                           + units * WINDOW / q.requests_per_minute)
                    wait = max(wait, new - now - WINDOW)
                    updates.append((key, new))
                if q.tokens_per_minute > 0:
                    tat = self._tat.get(f"{q.scope}:t", now)
                    wait = max(wait, tat - now - WINDOW + WINDOW / q.tokens_per_minute)
            if wait > EPSILON:
                return wait
            for key, new in updates:
                self._tat[key] = new
            if len(self._tat) > 200_000:  # forget idle scopes (their buckets are full anyway)
                self._tat = {k: v for k, v in self._tat.items() if v > now}
            return 0.0

    async def charge_tokens(self, quotas: list[Quota], tokens: int) -> None:
        if tokens <= 0:
            return
        now = time.monotonic()
        with self._lock:
            for q in quotas:
                if q.tokens_per_minute > 0:
                    key = f"{q.scope}:t"
                    self._tat[key] = (max(self._tat.get(key, now), now)
                                      + tokens * WINDOW / q.tokens_per_minute)

    async def close(self) -> None:
        return None


_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local n = #KEYS / 2
local units = tonumber(ARGV[2 * n + 1])
local wait = 0
local new = {}
for i = 1, n do
  local rpm = tonumber(ARGV[2 * i - 1])
  local tpm = tonumber(ARGV[2 * i])
  if rpm > 0 then
    local tat = tonumber(redis.call('GET', KEYS[2 * i - 1]) or now)
    if tat < now then tat = now end
    new[i] = tat + units * 60 / rpm
    wait = math.max(wait, new[i] - now - 60)
  end
  if tpm > 0 then
    local tat = tonumber(redis.call('GET', KEYS[2 * i]) or now)
    wait = math.max(wait, tat - now - 60 + 60 / tpm)
  end
end
if wait > 0.000001 then return string.format('%.6f', wait) end
for i = 1, n do
  if new[i] then
    redis.call('SET', KEYS[2 * i - 1], string.format('%.6f', new[i]),
               'PX', math.ceil((new[i] - now) * 1000) + 1000)
  end
end
return '0'
"""

_CHARGE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local tokens = tonumber(ARGV[1])
for i = 1, #KEYS do
  local tpm = tonumber(ARGV[i + 1])
  local tat = tonumber(redis.call('GET', KEYS[i]) or now)
  if tat < now then tat = now end
  tat = tat + tokens * 60 / tpm
  redis.call('SET', KEYS[i], string.format('%.6f', tat), 'PX', math.ceil((tat - now) * 1000) + 1000)
end
return 1
"""


class RedisRateLimiter:
    """GCRA in Redis: atomic across gateway workers sharing `redis_url`."""

    def __init__(self, url: str, namespace: str = "dg:rl") -> None:
        import redis.asyncio as aioredis

        self._redis = aioredis.from_url(url)
        self._ns = namespace
        self._acquire = self._redis.register_script(_ACQUIRE)
        self._charge = self._redis.register_script(_CHARGE)

    async def acquire(self, quotas: list[Quota], units: int = 1) -> float:
        keys: list[str] = []
        args: list[int] = []
        for q in quotas:
            keys += [f"{self._ns}:{q.scope}:r", f"{self._ns}:{q.scope}:t"]
            args += [max(0, q.requests_per_minute), max(0, q.tokens_per_minute)]
        if not keys:
            return 0.0
        return float(await self._acquire(keys=keys, args=[*args, units]))

    async def charge_tokens(self, quotas: list[Quota], tokens: int) -> None:
        limited = [q for q in quotas if q.tokens_per_minute > 0]
        if tokens <= 0 or not limited:
            return
        await self._charge(keys=[f"{self._ns}:{q.scope}:t" for q in limited],
                           args=[tokens] + [q.tokens_per_minute for q in limited])

    async def close(self) -> None:
        await self._redis.aclose()


class RefusalThrottle:
    """Per client address: how many requests may be refused without a valid key per minute.

    Checked before authentication (and before the body is read), charged once a request was
    refused unauthenticated, so paying customers behind one address never spend it. It is the
    limiter's token bucket with one "token" per refusal: the same GCRA, in-process or in Redis.
    Only addresses this process refused within the last minute are looked up, so clean traffic
    costs no Redis round trip (with N workers an address gets at most N - 1 refusals more).
    """

    SEEN_MAX = 100_000  # addresses remembered; beyond it the stale ones are forgotten

    def __init__(self, limiter: MemoryRateLimiter | RedisRateLimiter, per_minute: int) -> None:
        self.limiter = limiter
        self.per_minute = per_minute
        self._seen: dict[str, float] = {}  # address → when this process last charged it

    def idle(self) -> bool:
        """True when no address can be throttled now (nothing refused lately, or no limit):
        the gate then need not even work out the client's address."""
        return self.per_minute <= 0 or not self._seen

    def _quota(self, ip: str) -> list[Quota]:
        return [Quota(f"ip:{ip}", 0, self.per_minute)]

    async def check(self, ip: str) -> float:
        """0.0 while the address may still be refused, else seconds until it may."""
        ip = ip[:64]
        seen = self._seen.get(ip)
        if self.per_minute <= 0 or seen is None or time.monotonic() - seen > 2 * WINDOW:
            return 0.0
        return await self.limiter.acquire(self._quota(ip))

    async def charge(self, ip: str) -> None:
        if self.per_minute <= 0:
            return
        ip = ip[:64]
        now = time.monotonic()
        if len(self._seen) >= self.SEEN_MAX and ip not in self._seen:
            self._seen = {k: t for k, t in self._seen.items() if now - t <= 2 * WINDOW}
            if len(self._seen) >= self.SEEN_MAX:
                self._seen.clear()
        self._seen[ip] = now
        await self.limiter.charge_tokens(self._quota(ip), 1)


def make_rate_limiter(redis_url: str | None,
                      namespace: str = "dg:rl") -> MemoryRateLimiter | RedisRateLimiter:
    """Redis when a URL is configured, otherwise in-process."""
    if redis_url:
        return RedisRateLimiter(redis_url, namespace)
    return MemoryRateLimiter()
