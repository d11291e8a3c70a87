"""Shared fixtures: an isolated DISTILLGUARD_HOME per test, the tiny model, service URLs."""

from __future__ import annotations

import os

import pytest

if os.environ.get("PYTEST_XDIST_WORKER"):
    # Two workers on two cores: torch's own thread pool per worker only adds spin-waiting.
    import torch

    torch.set_num_threads(1)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Every test gets its own state directory (SQLite file, keys) and no stray config."""
    monkeypatch.setenv("DISTILLGUARD_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DISTILLGUARD_CONFIG", raising=False)
    monkeypatch.delenv("DISTILLGUARD_DATABASE_URL", raising=False)
    monkeypatch.delenv("DISTILLGUARD_REDIS_URL", raising=False)
    return tmp_path / "home"


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    """A random-initialised 2-layer Llama with SmolLM2's tokenizer (fast to sample and train)."""
    from distillguard.models.tiny import make_tiny_model

    return make_tiny_model(tmp_path_factory.mktemp("tiny") / "model", seed=0)


@pytest.fixture(scope="session")
def postgres_url():
    """PostgreSQL started by scripts/services.sh (make test / .ci/run). Missing → the test fails."""
    url = os.environ.get("DISTILLGUARD_TEST_POSTGRES_URL")
    if not url:
        pytest.fail("DISTILLGUARD_TEST_POSTGRES_URL is not set: run the suite with `make test`")
    return url


@pytest.fixture(scope="session")
def redis_url():
    url = os.environ.get("DISTILLGUARD_TEST_REDIS_URL")
    if not url:
        pytest.fail("DISTILLGUARD_TEST_REDIS_URL is not set: run the suite with `make test`")
    return url
