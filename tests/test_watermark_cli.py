"""`distillguard keys …` and `distillguard watermark …` end to end, as subprocesses."""

from __future__ import annotations

import base64
import json
import os
import stat

import pytest
from typer.testing import CliRunner

from distillguard.cli import app as cli_app
from distillguard.data.sharegpt import answers
from distillguard.errors import DistillguardError
from distillguard.watermark.keys import new_key, save_key
from helpers import assert_one_line_error, cli

run = cli
_one_line_error = assert_one_line_error


def test_keys_new_show_derive(tmp_path):
    key = tmp_path / "master.json"
    proc = run("keys", "new", "--out", key, "--scheme", "synthid", "--layers", "8")
    secret = json.loads(key.read_text())["secret"]
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert json.loads(proc.stdout)["key_id"].startswith("synthid-")
    shown = run("keys", "show", key)
    derived = run("keys", "derive", "--master", key, "--account", "acct-7", "--out", tmp_path / "a.json")
    assert json.loads(derived.stdout)["account_id"] == "acct-7"
    for p in (proc, shown, derived):
        assert secret not in p.stdout + p.stderr
        assert base64.b64decode(secret).hex() not in p.stdout + p.stderr
    assert json.loads(shown.stdout)["params"] == {"context_width": 4, "layers": 8}
    _one_line_error(run("keys", "new", "--out", key, check=False), "already exists")
    assert json.loads(key.read_text())["secret"] == secret  # untouched
    run("keys", "new", "--out", key, "--force")
    assert json.loads(key.read_text())["secret"] != secret
    _one_line_error(run("keys", "new", "--out", tmp_path / "x.json", "--layers", "3", check=False), "layers")
    _one_line_error(run("keys", "new", "--out", tmp_path / "y.json", "--scheme", "rot13", check=False), "rot13")
    _one_line_error(run("keys", "new", "--out", tmp_path / "z.json", "--gamma", "1.5", check=False), "gamma")


def test_generate_then_detect(tmp_path, tiny_model_dir):
    key = tmp_path / "k.json"
    run("keys", "new", "--out", key, "--scheme", "kgw", "--context-width", "1")
    prompts = tmp_path / "prompts.jsonl"
    prompts.write_text(
        "\n".join(json.dumps({"id": f"p{i}", "prompt": p}) for i, p in enumerate(["Hello", "Name a colour"]))
    )
    out = tmp_path / "out.jsonl"
    gen = run("watermark", "generate", "--key", key, "--prompts", prompts, "--out", out,
              "--model", tiny_model_dir, "--max-new-tokens", 120, "--seed", 0, "--batch-size", 2)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["p0", "p1"] and all(r["text"] for r in rows)
    assert "2/2" in gen.stdout + gen.stderr  # the progress bar ran to completion
    plain = tmp_path / "plain.jsonl"
    plain.write_text("\n".join(json.dumps({"id": f"h{i}", "text": t}) for i, t in enumerate(answers(3))))
    marked = run("watermark", "detect", "--key", key, out, "--model", tiny_model_dir)
    human = run("watermark", "detect", "--key", key, plain)
    marked_rows = [json.loads(line) for line in marked.stdout.splitlines()]
    human_rows = [json.loads(line) for line in human.stdout.splitlines()]
    for row in marked_rows + human_rows:
        assert set(row) == {"id", "p_value", "score", "tokens_scored", "scheme", "key_id"}
    assert [r["id"] for r in marked_rows] == ["p0", "p1"]
    # The key is fresh each run, so the p-value is random: at 60 tokens one CI run drew 2e-5; at 120
    # tokens the worst of 25 keys was 2e-12 (measured in-process), so 1e-6 leaves a wide margin.
    assert max(r["p_value"] for r in marked_rows) < 1e-6
    assert min(r["p_value"] for r in human_rows) > 1e-3


BAD_LINES = [
    (b'{"id": "a", "text": ', "malformed JSON"),
    (b'{"id": "a", "text": ""}', "empty text"),
    (b'{"id": "a", "text": "hi"}', "shorter than the context width"),
    (b'{"id": "a", "text": "caf\xe9 au lait"}', "UTF-8"),
    (b'{"id": "a", "txt": "no text field"}', "'text' is missing"),
    (b'{"id": "a", "text": "some text that is long enough", "scheme": "gumbel"}', "wrong key"),
]


def _bad_file(tmp_path, bad_lines):
    key = tmp_path / "k.json"
    save_key(new_key("kgw", context_width=2), key)
    good = json.dumps({"id": "g", "text": answers(1)[0]}).encode()
    data = tmp_path / "in.jsonl"
    data.write_bytes(b"\n".join([good, *bad_lines, good]) + b"\n")
    return key, data


@pytest.mark.parametrize(("bad", "message"), BAD_LINES)
def test_detect_bad_input_in_process(tmp_path, bad, message):
    """Same command code, invoked in-process (fast): one error naming the problem and line 2."""
    key, data = _bad_file(tmp_path, [bad])
    result = CliRunner().invoke(cli_app, ["watermark", "detect", "--key", str(key), str(data)])
    assert isinstance(result.exception, DistillguardError), result.output
    assert message in str(result.exception) and f"{data}:2:" in str(result.exception)
    assert "\n" not in str(result.exception)


def test_detect_bad_input_subprocess(tmp_path):
    key, data = _bad_file(tmp_path, [bad for bad, _ in BAD_LINES])
    _one_line_error(run("watermark", "detect", "--key", key, data, check=False), "malformed JSON", ":2:")
    kept = run("watermark", "detect", "--key", key, data, "--skip-invalid")
    assert len(kept.stdout.splitlines()) == 2
    assert f"skipped {len(BAD_LINES)} invalid line(s)" in kept.stderr


def test_detect_bad_key_files(tmp_path):
    data = tmp_path / "in.jsonl"
    data.write_text(json.dumps({"id": "g", "text": "hello there"}) + "\n")
    _one_line_error(run("watermark", "detect", "--key", tmp_path / "none.json", data, check=False), "not found")
    corrupt = tmp_path / "corrupt.json"
    corrupt.write_text('{"key_id": "x", "scheme": "kgw"')
    _one_line_error(run("watermark", "detect", "--key", corrupt, data, check=False), "corrupt")
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"key_id": "x", "scheme": "aaronson", "params": {}, "secret": "A" * 44}))
    _one_line_error(run("watermark", "detect", "--key", wrong, data, check=False), "unknown watermark scheme")
    _one_line_error(run("watermark", "detect", "--key", corrupt, tmp_path / "missing.jsonl", check=False))


def test_detect_bad_options_and_tokenizer_files(tmp_path):
    """Unknown --scan/--dedup values and a model dir with a corrupt tokenizer.json: one line each."""
    key, data = _bad_file(tmp_path, [])
    for option, value in (("--scan", "spans"), ("--dedup", "global")):
        result = CliRunner().invoke(cli_app, ["watermark", "detect", "--key", str(key), str(data), option, value])
        assert isinstance(result.exception, DistillguardError) and value in str(result.exception)
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text("{}")
    (model / "tokenizer.json").write_text('{"version": "1.0", "model": ')
    result = CliRunner().invoke(cli_app, ["watermark", "detect", "--key", str(key), str(data), "--model", str(model)])
    assert isinstance(result.exception, DistillguardError), result.output
    assert "cannot load tokenizer" in str(result.exception) and "\n" not in str(result.exception)
    result = CliRunner().invoke(cli_app, ["watermark", "detect", "--key", str(key), str(data), "--model",
                                          str(tmp_path / "nowhere")])
    assert isinstance(result.exception, DistillguardError) and "not a local Hugging Face model" in str(result.exception)
