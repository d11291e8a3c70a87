"""Bad input never ends in a traceback: one-line error, non-zero exit, partial API results kept."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse

from distillguard.testing import ServerThread, free_port
from distillguard.watermark.keys import new_key, save_key
from helpers import last_error_line, run_main

KGW = {"gamma": 0.25, "delta": 2.0, "context_width": 1}


def run_cli(monkeypatch, capsys, *args) -> tuple[int, str, str]:
    proc = run_main(monkeypatch, capsys, *args)
    return proc.returncode, proc.stdout, proc.stderr


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    last_error_line(code, err)
    text = " ".join(err.split())
    for fragment in fragments:
        assert fragment in text, (fragment, err)


@pytest.fixture
def key(tmp_path) -> Path:
    path = tmp_path / "k.json"
    save_key(new_key("kgw", secret=b"bad-input-test-secret-0123456789", **KGW), path)
    return path


@pytest.fixture
def prompts(tmp_path) -> Path:
    path = tmp_path / "prompts.jsonl"
    path.write_text("".join(json.dumps({"id": f"p{i}", "prompt": f"question number {i}"}) + "\n" for i in range(6)))
    return path


@pytest.fixture
def corpus(tmp_path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "some text to read, long enough to score."}) + "\n")
    return path


def test_unloadable_suspect(monkeypatch, capsys, key, corpus, tmp_path):
    code, _, err = run_cli(monkeypatch, capsys, "audit", "open", "--key", key, "--suspect",
                           tmp_path / "no-such-model", "--corpus", corpus)
    assert_one_line_error(code, err, "no-such-model")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text("{not json")
    code, _, err = run_cli(monkeypatch, capsys, "audit", "open", "--key", key, "--suspect", broken,
                           "--corpus", corpus)
    assert_one_line_error(code, err, "cannot load")


def test_empty_and_malformed_corpus(monkeypatch, capsys, key, tmp_path, tiny_model_dir):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    code, _, err = run_cli(monkeypatch, capsys, "audit", "open", "--key", key, "--suspect", tiny_model_dir,
                           "--corpus", empty)
    assert_one_line_error(code, err, "empty")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\nnot json\n')
    code, _, err = run_cli(monkeypatch, capsys, "audit", "open", "--key", key, "--suspect", tiny_model_dir,
                           "--corpus", bad)
    assert_one_line_error(code, err, "line 2")
    code, _, err = run_cli(monkeypatch, capsys, "audit", "open", "--key", key, "--suspect", tiny_model_dir,
                           "--corpus", tmp_path / "missing.jsonl")
    assert_one_line_error(code, err, "not found")


def test_mixed_scheme_keyring_and_missing_key(monkeypatch, capsys, key, corpus, tmp_path, tiny_model_dir):
    ring = tmp_path / "ring"
    save_key(new_key("kgw", secret=b"x" * 32, **KGW), ring / "a.json")
    save_key(new_key("gumbel", secret=b"y" * 32, context_width=1), ring / "b.json")
    code, _, err = run_cli(monkeypatch, capsys, "audit", "open", "--keyring", ring, "--suspect", tiny_model_dir,
                           "--corpus", corpus)
    assert_one_line_error(code, err, "mixes schemes")
    code, _, err = run_cli(monkeypatch, capsys, "audit", "open", "--suspect", tiny_model_dir, "--corpus", corpus)
    assert_one_line_error(code, err, "--key")
    # A key whose scheme differs from a (uniform) keyring is refused too.
    other = tmp_path / "ring2"
    save_key(new_key("gumbel", secret=b"z" * 32, context_width=1), other / "c.json")
    code, _, err = run_cli(monkeypatch, capsys, "audit", "open", "--key", key, "--keyring", other,
                           "--suspect", tiny_model_dir, "--corpus", corpus)
    assert_one_line_error(code, err, "mix schemes")


def test_unreachable_endpoint(monkeypatch, capsys, key, prompts, tmp_path):
    port = free_port()  # nothing listens there
    cache = tmp_path / "cache.sqlite"
    code, _, err = run_cli(monkeypatch, capsys, "audit", "api", "--key", key, "--base-url",
                           f"http://127.0.0.1:{port}/v1", "--model", "m", "--prompts", prompts,
                           "--cache", cache, "--backoff", "0.01", "--retries", "1")
    assert_one_line_error(code, err, "unreachable", "0/6")
    assert cache.exists()
    code, _, err = run_cli(monkeypatch, capsys, "audit", "api", "--key", key, "--base-url", "ftp://x",
                           "--model", "m", "--prompts", prompts)
    assert_one_line_error(code, err, "http")


def _flaky_app(good_for: int, failure: str) -> FastAPI:
    """Answers the first `good_for` requests properly, then fails with `failure`."""
    app = FastAPI()
    lock = threading.Lock()
    state = {"n": 0}

    @app.post("/v1/chat/completions")
    async def chat(request: Request):
        body = await request.json()
        with lock:
            state["n"] += 1
            n = state["n"]
        if n > good_for:
            if failure == "500":
                return JSONResponse({"error": {"message": "boom", "type": "server_error", "code": None}},
                                    status_code=500)
            if failure == "garbage":
                return PlainTextResponse("<html>definitely not json</html>", media_type="application/json")
            return JSONResponse({"choices": []})
        prompt = body["messages"][-1]["content"]
        return {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": f"answer to {prompt}"},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}}

    return app


@pytest.mark.parametrize("failure", ["500", "garbage", "empty-choices"])
def test_failing_endpoint_keeps_partial_results_and_resumes(monkeypatch, capsys, key, prompts, tmp_path, failure):
    cache = tmp_path / "cache.sqlite"
    common = ["audit", "api", "--key", key, "--model", "m", "--prompts", prompts, "--cache", cache,
              "--backoff", "0.01", "--retries", "2", "--concurrency", "1"]
    with ServerThread(_flaky_app(good_for=3, failure=failure)) as server:
        code, out, err = run_cli(monkeypatch, capsys, *common, "--base-url", server.url + "/v1")
    assert_one_line_error(code, err, "3/6", str(cache))
    assert out == ""
    with sqlite3.connect(cache) as conn:
        assert conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0] == 3
    # A healthy endpoint (same URL for the cache key) finishes the job from where it stopped.
    with ServerThread(_flaky_app(good_for=100, failure=failure), port=int(server.port)) as healthy:
        code, out, err = run_cli(monkeypatch, capsys, *common, "--base-url", healthy.url + "/v1")
    assert code == 0, err
    result = json.loads(out)
    assert result["query"]["from_cache"] == 3 and result["query"]["requested"] == 3
    assert result["responses"] == 6


def test_allow_partial_and_budget(monkeypatch, capsys, key, prompts, tmp_path):
    cache = tmp_path / "cache.sqlite"
    with ServerThread(_flaky_app(good_for=100, failure="500")) as server:
        code, out, err = run_cli(monkeypatch, capsys, "audit", "api", "--key", key, "--base-url", server.url + "/v1",
                                 "--model", "m", "--prompts", prompts, "--cache", cache, "--concurrency", "1",
                                 "--max-requests", "2")
        assert_one_line_error(code, err, "budget", "2/6")
        code, out, err = run_cli(monkeypatch, capsys, "audit", "api", "--key", key, "--base-url", server.url + "/v1",
                                 "--model", "m", "--prompts", prompts, "--cache", cache, "--concurrency", "1",
                                 "--max-requests", "1", "--allow-partial")
    assert code == 0, err
    result = json.loads(out)
    assert result["responses"] == 3 and result["query"]["budget_exhausted"] is True


def test_rejected_api_key_stops_at_once(monkeypatch, capsys, key, prompts, tmp_path):
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def chat():
        return JSONResponse({"error": {"message": "bad key", "type": "auth", "code": None}}, status_code=401)

    with ServerThread(app) as server:
        code, _, err = run_cli(monkeypatch, capsys, "audit", "api", "--key", key, "--base-url", server.url + "/v1",
                               "--model", "m", "--prompts", prompts, "--cache", tmp_path / "c.sqlite",
                               "--api-key", "sk-secret-value")
    assert_one_line_error(code, err, "API key")
    assert "sk-secret-value" not in err


def test_help_for_every_command(monkeypatch, capsys):
    for args in (["audit", "--help"], ["audit", "open", "--help"], ["audit", "api", "--help"]):
        code, out, _ = run_cli(monkeypatch, capsys, *args)
        assert code == 0 and "Usage" in out
