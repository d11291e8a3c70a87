"""The package skeleton: CLI wiring, settings precedence, the ShareGPT reader, the model runtime."""

from __future__ import annotations

import subprocess
import sys

import pytest

from distillguard.config import load_settings
from distillguard.errors import DistillguardError


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "distillguard.cli", *args], capture_output=True, text=True)


def test_cli_help_lists_groups():
    out = run_cli("--help")
    assert out.returncode == 0, out.stderr
    assert "version" in out.stdout


def test_settings_precedence(tmp_path, monkeypatch):
    cfg = tmp_path / "c.toml"
    cfg.write_text('port = 9001\nmodel = "from-file"\n')
    monkeypatch.setenv("DISTILLGUARD_MODEL", "from-env")
    s = load_settings(cfg)
    assert s.port == 9001 and s.model == "from-env"


def test_settings_rejects_unknown_and_bad_toml(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("nope = 1\n")
    with pytest.raises(DistillguardError, match="unknown setting"):
        load_settings(bad)
    bad.write_text("port = \n")
    with pytest.raises(DistillguardError, match="not valid TOML"):
        load_settings(bad)


def test_sharegpt_reader_handles_truncated_json():
    from distillguard.data import sharegpt

    turns = sharegpt.turns()
    assert 15_000 < len(turns) < 20_000
    assert all(t.human and t.assistant for t in turns[:100])


def test_default_model_loads_and_generates():
    from distillguard.models import chat_prompt_ids, generate, load_model

    lm = load_model(None)
    ids = chat_prompt_ids(lm.tokenizer, "What is the capital of France?")
    out = generate(lm, [ids, ids[:-3]], max_new_tokens=8, seed=0)
    assert len(out) == 2 and all(len(o) <= 8 for o in out)
    assert lm.vocab_size == len(lm.tokenizer)


def test_missing_model_dir_is_a_clear_error(tmp_path):
    from distillguard.models.runtime import resolve_model_path

    with pytest.raises(DistillguardError, match="not a local Hugging Face model directory"):
        resolve_model_path(str(tmp_path / "nothing"))
