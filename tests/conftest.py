"""Shared fixtures: an isolated DISTILLGUARD_HOME per test, the tiny model, service URLs."""

from __future__ import annotations

import os

import pytest

if os.environ.get("PYTEST_XDIST_WORKER"):
    # Two workers on two cores: torch's own thread pool per worker only adds spin-waiting.
    import torch

    torch.set_num_threads(1)


def pytest_collection_modifyitems(config, items):
    """Keep the tests that share a module-scoped fixture on one xdist worker (`make test` runs
    `--dist loadgroup`). Why: under plain load balancing the tests of one module, or of one batch of
    `test_monitor_blind_batches.py`, were dealt to both workers in turns, and each worker built the
    shared fixture (a scanned log, a built batch) again. The group is the module and, for a
    parametrized module-scoped fixture, the index of its parameter, so 330 batches still spread."""
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None:
            continue
        shared = sorted(name for name, defs in info.name2fixturedefs.items() if defs and defs[-1].scope == "module")
        if not shared:
            continue
        indices = getattr(getattr(item, "callspec", None), "indices", {})
        group = item.nodeid.split("::")[0] + "".join(f"[{n}={indices[n]}]" for n in shared if n in indices)
        item.add_marker(pytest.mark.xdist_group(group))


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
