"""End to end: tiny teacher → watermarked corpus → tiny student → `distillguard audit open|api`.

The tiny random-initialised teacher is restricted to a 64-word toy language (see
`audit.experiment`) and watermarked by the real KGW processor (h=1, δ=8): a 2-layer student
learns that language's bigrams — and with them the watermark — in a few seconds. Students and
corpora are built once per test session (shared across xdist workers through a file lock).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest
from filelock import FileLock
from scipy.stats import kstest

from distillguard.watermark.keys import derive_account_key, new_key, save_key

WORDS = 64
ACCOUNTS = 50
TRUE_ACCOUNT = "acct-017"
KGW = {"gamma": 0.25, "delta": 8.0, "context_width": 1}


def master_key():
    return new_key("kgw", secret=b"audit-test-master-secret-0123456", **KGW)


def teacher_key():
    return derive_account_key(master_key(), TRUE_ACCOUNT)


def run_cli(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    """Run the real entry point in-process: (exit code, stdout, stderr)."""
    from distillguard import cli

    monkeypatch.setattr(sys, "argv", ["distillguard", *map(str, args)])
    code = 0
    try:
        cli.main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _build(root: Path, tiny_model_dir: Path) -> None:
    from distillguard.audit.experiment import generate_answers, word_vocabulary
    from distillguard.audit.train import TrainConfig, finetune
    from distillguard.models import load_tokenizer

    tokenizer = load_tokenizer(None)
    words = word_vocabulary(tokenizer, WORDS)
    names = tokenizer.convert_ids_to_tokens(words)
    prompts = [f"Tell me about {w[1:]}." for w in names[:48]]
    key = teacher_key()
    watermarked = generate_answers(tiny_model_dir, prompts, key, max_new_tokens=40, batch_size=48,
                                   vocabulary=words, seed=1)
    plain = generate_answers(tiny_model_dir, prompts, None, max_new_tokens=40, batch_size=48,
                             vocabulary=words, seed=2)
    config = TrainConfig(epochs=30, lr=3e-3, batch_size=16, max_len=128, seed=0,
                         vocabulary=words + [tokenizer.eos_token_id], freeze_embeddings=True)
    finetune(tiny_model_dir, watermarked, root / "student_wm", config)
    finetune(tiny_model_dir, plain, root / "student_plain", config)
    for name, rows in [("corpus_wm.jsonl", watermarked), ("corpus_plain.jsonl", plain)]:
        (root / name).write_text("".join(json.dumps({"id": str(i), **r}) + "\n" for i, r in enumerate(rows)))
    (root / "prompts.jsonl").write_text(
        "".join(json.dumps({"id": str(i), "prompt": p}) + "\n" for i, p in enumerate(prompts[:24])))
    (root / "done").write_text("ok")


@pytest.fixture(scope="session")
def toy(tmp_path_factory, tiny_model_dir) -> Path:
    """Corpora, students, prompts and key files (built once, shared by xdist workers)."""
    base = tmp_path_factory.getbasetemp()
    # xdist workers share their session's parent directory; a plain run owns its basetemp.
    root = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "audit_toy"
    root.mkdir(exist_ok=True)
    import torch

    with FileLock(str(root / ".lock")):
        if not (root / "done").exists():
            threads = torch.get_num_threads()
            torch.set_num_threads(1)  # tiny tensors: extra threads only spin-wait on a busy CPU
            try:
                _build(root, tiny_model_dir)
            finally:
                torch.set_num_threads(threads)
    return root


@pytest.fixture
def keys(tmp_path) -> dict[str, Path]:
    """Key files: the teacher's (an account key), an unrelated key, a 50-account keyring."""
    out = {"teacher": tmp_path / "teacher.json", "unrelated": tmp_path / "unrelated.json"}
    save_key(teacher_key(), out["teacher"])
    save_key(new_key("kgw", secret=b"an-unrelated-key-secret-76543210", **KGW), out["unrelated"])
    ring = tmp_path / "keyring"
    master = master_key()
    for i in range(ACCOUNTS):
        save_key(derive_account_key(master, f"acct-{i:03d}"), ring / f"acct-{i:03d}.json")
    out["keyring"] = ring
    return out


def test_open_mode_detects_the_student_trained_on_watermarked_text(toy, keys, monkeypatch, capsys, tmp_path):
    code, out, err = run_cli(monkeypatch, capsys, "audit", "open", "--key", keys["teacher"],
                             "--suspect", toy / "student_wm", "--corpus", toy / "corpus_wm.jsonl",
                             "--report", tmp_path / "report")
    assert code == 0, err
    result = json.loads(out)
    assert result["p_value"] < 1e-4
    assert result["verdict"] == "watermark_detected"
    assert result["tokens_scored"] >= 40
    assert result["score"] > 0.6  # green fraction of the student's own picks (null: 0.25)
    report = tmp_path / "report"
    for name in ("report.json", "report.html", "reproduce.sh", "pvalue_curve.svg"):
        assert (report / name).exists(), name
    secret = json.loads(keys["teacher"].read_text())["secret"]
    for path in report.rglob("*"):
        if path.is_file():
            assert secret not in path.read_text(errors="replace")
    doc = json.loads((report / "report.json").read_text())
    assert doc["result"]["key_id"] == teacher_key().key_id
    assert "\"$DISTILLGUARD\" audit open" in (report / "reproduce.sh").read_text()
    assert "<svg" in (report / "report.html").read_text()


def test_unrelated_key_and_plain_student_are_not_detected(toy, keys, monkeypatch, capsys):
    code, out, _ = run_cli(monkeypatch, capsys, "audit", "open", "--key", keys["unrelated"],
                           "--suspect", toy / "student_wm", "--corpus", toy / "corpus_wm.jsonl")
    assert code == 0
    unrelated = json.loads(out)
    assert unrelated["p_value"] > 0.01 and unrelated["verdict"] == "not_detected"
    code, out, _ = run_cli(monkeypatch, capsys, "audit", "open", "--key", keys["teacher"],
                           "--suspect", toy / "student_plain", "--corpus", toy / "corpus_wm.jsonl")
    assert code == 0
    plain = json.loads(out)
    assert plain["p_value"] > 0.01 and plain["verdict"] == "not_detected"


def test_null_p_values_are_uniform_over_random_keys(toy):
    """Under keys the student never saw, randomised p-values are Uniform(0,1) (KS test)."""
    from distillguard.audit.io import read_corpus
    from distillguard.audit.open_mode import read_suspect
    from distillguard.audit.scoring import score_keys
    from distillguard.watermark.schemes import get_scheme

    entries, _ = read_suspect(toy / "student_wm", read_corpus(toy / "corpus_wm.jsonl"), 1)
    rng = np.random.default_rng(0)
    keys = [new_key("kgw", secret=bytes([i]) * 32, **KGW) for i in range(60)]
    randomized = []
    for key, s in zip(keys, score_keys(entries, keys), strict=True):
        green = round(s.score * s.tokens_scored)
        scores = np.array([1.0] * green + [0.0] * (s.tokens_scored - green))
        randomized.append(get_scheme(key).randomized_p_value(scores, rng.random()))
    assert kstest(randomized, "uniform").pvalue > 0.01
    # ... while the watermarked key is far out in the tail.
    assert score_keys(entries, [teacher_key()])[0].log10_p_value < -10


def test_attribution_names_the_account_among_50_keys(toy, keys, monkeypatch, capsys, tmp_path):
    code, out, err = run_cli(monkeypatch, capsys, "audit", "open", "--keyring", keys["keyring"],
                             "--suspect", toy / "student_wm", "--corpus", toy / "corpus_wm.jsonl",
                             "--report", tmp_path / "r")
    assert code == 0, err
    result = json.loads(out)
    rows = result["attribution"]
    assert len(rows) == ACCOUNTS
    assert rows[0]["account_id"] == TRUE_ACCOUNT
    assert rows[0]["adjusted_p_value"] < 1e-4
    assert all(r["adjusted_p_value"] > 0.01 for r in rows[1:])
    assert result["attributed_account_ids"] == [TRUE_ACCOUNT]
    assert result["attribution_method"] == "holm"
    assert {"key_id", "p_value", "adjusted_p_value"} <= set(rows[0])
    assert (tmp_path / "r" / "per_key_pvalues.svg").exists()


def test_api_mode_end_to_end_over_http(toy, keys, monkeypatch, capsys, tmp_path):
    from distillguard.audit.serve_model import create_app
    from distillguard.testing import ServerThread

    report = tmp_path / "api-report"
    args = ["audit", "api", "--key", keys["teacher"], "--model", "student", "--prompts", toy / "prompts.jsonl",
            "--temperature", "0", "--max-tokens", "32", "--api-key", "sk-test-should-not-leak",
            "--keyring", keys["keyring"], "--report", report]
    with ServerThread(create_app(toy / "student_wm", "student")) as server:
        code, out, err = run_cli(monkeypatch, capsys, *args[:1], *args[1:2], "--base-url", server.url + "/v1", *args[2:])
        assert code == 0, err
        result = json.loads(out)
        assert result["p_value"] < 1e-4 and result["verdict"] == "watermark_detected"
        assert result["query"]["requested"] == 24 and result["query"]["from_cache"] == 0
        assert result["attribution"][0]["account_id"] == TRUE_ACCOUNT
        # Second run: everything comes from the cache, same answer.
        code, out2, _ = run_cli(monkeypatch, capsys, *args[:1], *args[1:2], "--base-url", server.url + "/v1", *args[2:])
        again = json.loads(out2)
        assert again["query"]["from_cache"] == 24 and again["query"]["requested"] == 0
        assert again["p_value"] == result["p_value"]
    for path in report.rglob("*"):
        if path.is_file() and path.suffix != ".sqlite":
            assert "sk-test-should-not-leak" not in path.read_text(errors="replace")
    assert "DISTILLGUARD_AUDIT_API_KEY" in (report / "reproduce.sh").read_text()


def test_api_mode_plain_student_not_detected(toy, keys, monkeypatch, capsys):
    from distillguard.audit.serve_model import create_app
    from distillguard.testing import ServerThread

    with ServerThread(create_app(toy / "student_plain", "plain")) as server:
        code, out, err = run_cli(monkeypatch, capsys, "audit", "api", "--key", keys["teacher"],
                                 "--base-url", server.url + "/v1", "--model", "plain",
                                 "--prompts", toy / "prompts.jsonl", "--temperature", "0",
                                 "--max-tokens", "32")
    assert code == 0, err
    assert json.loads(out)["p_value"] > 0.01
