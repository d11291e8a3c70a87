"""Evidence packs: signed manifest, `audit verify`, reproduce.sh — on packs the real CLI wrote.

The suspect is the tiny random model (fast to read); what matters here is the pack, not the
p-value. Every tamper case edits a real pack and expects `audit verify` to fail naming the file.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from distillguard.watermark.keys import derive_account_key, new_key, save_key
from helpers import last_error_line, run_main

KGW = {"gamma": 0.25, "delta": 2.0, "context_width": 1}
SECRET = b"evidence-test-master-secret-0123"


def run_cli(monkeypatch, capsys, *args) -> tuple[int, str, str]:
    proc = run_main(monkeypatch, capsys, *args)
    return proc.returncode, proc.stdout, proc.stderr


one_line_error = last_error_line


@pytest.fixture
def audit_inputs(tmp_path) -> dict[str, Path]:
    master = new_key("kgw", secret=SECRET, **KGW)
    key = tmp_path / "acct.json"
    save_key(derive_account_key(master, "acct-007"), key)
    corpus = tmp_path / "corpus.jsonl"
    texts = ["The quick brown fox jumps over the lazy dog near the river bank today.",
             "A watermark is a statistical signal hidden in the choice of tokens.",
             "Distillation trains a student model on the outputs of a teacher model."]
    corpus.write_text("".join(json.dumps({"id": str(i), "text": t, "prompt": f"Say something {i}."}) + "\n"
                              for i, t in enumerate(texts)))
    served = tmp_path / "served.jsonl"
    served.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts * 2))
    return {"key": key, "corpus": corpus, "served": served}


@pytest.fixture
def pack(audit_inputs, tiny_model_dir, tmp_path, monkeypatch, capsys) -> tuple[Path, dict]:
    report = tmp_path / "pack"
    code, out, err = run_cli(monkeypatch, capsys, "audit", "open", "--key", audit_inputs["key"],
                             "--suspect", tiny_model_dir, "--corpus", audit_inputs["corpus"],
                             "--served", audit_inputs["served"], "--min-window-count", "1",
                             "--report", report)
    assert code == 0, err
    return report, json.loads(out)


def test_fresh_pack_verifies_and_records_what_a_court_needs(pack, audit_inputs, tiny_model_dir, monkeypatch, capsys):
    report, result = pack
    manifest = json.loads((report / "manifest.json").read_text())
    body = manifest["manifest"]
    assert {"report.json", "report.html", "reproduce.sh", "inputs/corpus.jsonl", "inputs/served.jsonl"} <= set(body["files"])
    assert body["suspect"]["files"]["model.safetensors"]
    assert body["inputs"]["corpus"]["sha256"] == body["files"]["inputs/corpus.jsonl"]
    assert body["code"]["distillguard"]
    assert body["keys"]["key"]["derivation"]["account_id"] == "acct-007"
    assert body["result"]["p_value"] == result["p_value"]
    assert result["manifest_sha256"] and result["signer_key_id"] == manifest["signature"]["key_id"]
    secret = json.loads(audit_inputs["key"].read_text())["secret"]
    for path in report.rglob("*"):
        if path.is_file():
            assert secret not in path.read_text(errors="replace")
    signing = Path(os.environ["DISTILLGUARD_HOME"]) / "keys" / "audit_signing_key.pem"
    assert stat.S_IMODE(signing.stat().st_mode) == 0o600
    assert "PRIVATE" not in json.dumps(manifest)

    code, out, err = run_cli(monkeypatch, capsys, "audit", "verify", report)
    assert code == 0, err
    verdict = json.loads(out)
    assert verdict["ok"] is True and verdict["suspect_checked"] is True
    assert verdict["files_checked"] == len(body["files"])
    public = tmp_path_public(report, signing)
    code, out, err = run_cli(monkeypatch, capsys, "audit", "verify", report, "--public-key", public)
    assert code == 0, err


def tmp_path_public(report: Path, signing: Path) -> Path:
    key = serialization.load_pem_private_key(signing.read_bytes(), password=None)
    path = report.parent / "lab_public.pem"
    path.write_bytes(key.public_key().public_bytes(serialization.Encoding.PEM,
                                                   serialization.PublicFormat.SubjectPublicKeyInfo))
    return path


@pytest.mark.parametrize("victim", ["report.json", "inputs/corpus.jsonl", "reproduce.sh"])
def test_edited_file_is_named(pack, victim, monkeypatch, capsys):
    report, _ = pack
    path = report / victim
    path.write_bytes(path.read_bytes().replace(b"e", b"E", 1))
    code, _, err = run_cli(monkeypatch, capsys, "audit", "verify", report)
    text = one_line_error(code, err)
    assert victim in text and "does not match" in text


def test_edited_report_p_value_is_named(pack, monkeypatch, capsys):
    """The realistic forgery: a stronger p-value written into report.json."""
    report, _ = pack
    doc = json.loads((report / "report.json").read_text())
    doc["result"]["p_value"] = 1e-30
    (report / "report.json").write_text(json.dumps(doc, indent=2))
    code, _, err = run_cli(monkeypatch, capsys, "audit", "verify", report)
    assert "report.json" in one_line_error(code, err)


def test_edited_manifest_and_wrong_signature_fail(pack, tmp_path, monkeypatch, capsys):
    report, _ = pack
    original = (report / "manifest.json").read_text()
    # An edited manifest that "blesses" an edited corpus: the signature no longer matches.
    corpus = report / "inputs" / "corpus.jsonl"
    corpus.write_text(corpus.read_text() + json.dumps({"text": "planted"}) + "\n")
    doc = json.loads(original)
    from distillguard.audit.evidence import sha256_file

    doc["manifest"]["files"]["inputs/corpus.jsonl"] = sha256_file(corpus)
    (report / "manifest.json").write_text(json.dumps(doc))
    code, _, err = run_cli(monkeypatch, capsys, "audit", "verify", report)
    text = one_line_error(code, err)
    assert "manifest.json" in text and "signature" in text
    # Re-signed by someone else: valid under its own embedded key, refused under the lab's key.
    forger = Ed25519PrivateKey.generate()
    import base64

    from distillguard.audit.evidence import canonical
    from distillguard.review.checkpoint import key_id, public_pem

    doc["signature"] = {"algorithm": "Ed25519", "key_id": key_id(forger.public_key()),
                        "public_key": public_pem(forger.public_key()),
                        "value": base64.b64encode(forger.sign(canonical(doc["manifest"]))).decode()}
    (report / "manifest.json").write_text(json.dumps(doc))
    lab_public = tmp_path_public(report, Path(os.environ["DISTILLGUARD_HOME"]) / "keys" / "audit_signing_key.pem")
    code, _, err = run_cli(monkeypatch, capsys, "audit", "verify", report, "--public-key", lab_public)
    text = one_line_error(code, err)
    assert "manifest.json" in text and "given public key" in text
    # Garbage manifest, missing manifest, added file: each named.
    (report / "manifest.json").write_text("{not json")
    code, _, err = run_cli(monkeypatch, capsys, "audit", "verify", report)
    assert "manifest.json" in one_line_error(code, err)
    (report / "manifest.json").unlink()
    code, _, err = run_cli(monkeypatch, capsys, "audit", "verify", report)
    assert "manifest.json" in one_line_error(code, err)
    code, _, err = run_cli(monkeypatch, capsys, "audit", "verify", tmp_path / "nowhere")
    assert "nowhere" in one_line_error(code, err)


def test_added_file_and_changed_suspect_are_named(pack, audit_inputs, tiny_model_dir, tmp_path, monkeypatch, capsys):
    report, _ = pack
    (report / "extra.txt").write_text("planted")
    code, _, err = run_cli(monkeypatch, capsys, "audit", "verify", report)
    assert "extra.txt" in one_line_error(code, err)
    (report / "extra.txt").unlink()
    # A suspect whose weights changed after the audit (a copy, so the session fixture stays intact).
    import shutil

    suspect = tmp_path / "suspect"
    shutil.copytree(tiny_model_dir, suspect)
    other = tmp_path / "pack2"
    code, _, err = run_cli(monkeypatch, capsys, "audit", "open", "--key", audit_inputs["key"], "--suspect", suspect,
                           "--corpus", audit_inputs["corpus"], "--report", other)
    assert code == 0, err
    weights = suspect / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:-1] + b"\x00")
    code, _, err = run_cli(monkeypatch, capsys, "audit", "verify", other)
    text = one_line_error(code, err)
    assert "model.safetensors" in text and "suspect" in text


def test_reproduce_sh_gets_the_same_p_value(pack, tmp_path):
    report, result = pack
    env = {**os.environ, "DISTILLGUARD": str(Path(sys.executable).parent / "distillguard"),
           "PYTHON": sys.executable, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(["bash", str(report / "reproduce.sh")], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr
    rerun = json.loads(proc.stdout.strip().splitlines()[-1])
    assert rerun["p_value"] == result["p_value"] and rerun["tokens_scored"] == result["tokens_scored"]
    assert "same p-value" in proc.stderr
    assert '"$PACK/inputs/corpus.jsonl"' in (report / "reproduce.sh").read_text()
    # The rerun read the pack's copies and left the pack intact.
    code = subprocess.run([str(Path(sys.executable).parent / "distillguard"), "audit", "verify", str(report)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert code.returncode == 0, code.stderr
    # A pack whose report no longer matches the rerun: reproduce.sh says so and fails.
    doc = json.loads((report / "report.json").read_text())
    doc["result"]["p_value"] = 1e-30
    (report / "report.json").write_text(json.dumps(doc))
    proc = subprocess.run(["bash", str(report / "reproduce.sh")], capture_output=True, text=True, env=env,
                          timeout=300)
    assert proc.returncode != 0 and "p_value differs" in proc.stderr


def test_api_pack_records_the_resume_and_reproduces_from_its_transcript(audit_inputs, tiny_model_dir, tmp_path,
                                                                        monkeypatch, capsys):
    from distillguard.audit.serve_model import create_app
    from distillguard.testing import ServerThread

    prompts = tmp_path / "prompts.jsonl"
    prompts.write_text("".join(json.dumps({"id": f"p{i}", "prompt": f"Question {i}: what is a fox?"}) + "\n"
                               for i in range(4)))
    report = tmp_path / "api-pack"
    args = ["audit", "api", "--key", audit_inputs["key"], "--model", "suspect", "--prompts", prompts,
            "--temperature", "0", "--max-tokens", "8", "--concurrency", "1", "--report", report]
    with ServerThread(create_app(tiny_model_dir, "suspect")) as server:
        url = ["--base-url", server.url + "/v1"]
        code, _, err = run_cli(monkeypatch, capsys, *args, *url, "--max-requests", "2")
        assert "budget" in one_line_error(code, err)  # interrupted: 2 of 4 answers kept
        code, out, err = run_cli(monkeypatch, capsys, *args, *url)
        assert code == 0, err
    result = json.loads(out)
    assert result["query"]["from_cache"] == 2 and result["query"]["requested"] == 2
    body = json.loads((report / "manifest.json").read_text())["manifest"]
    transcript = body["transcript"]
    assert transcript["resumed_from_cache"] is True and transcript["from_cache"] == 2
    assert transcript["sha256"] == body["files"]["responses.sqlite"]
    assert body["inputs"]["prompts"]["pack_path"] == "inputs/prompts.jsonl"
    code, out, err = run_cli(monkeypatch, capsys, "audit", "verify", report)
    assert code == 0, err
    # The endpoint is gone: reproduce.sh rescores the pack's transcript and gets the same p-value.
    env = {**os.environ, "DISTILLGUARD": str(Path(sys.executable).parent / "distillguard"),
           "PYTHON": sys.executable, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(["bash", str(report / "reproduce.sh")], capture_output=True, text=True, env=env,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1])["p_value"] == result["p_value"]
    code, _, err = run_cli(monkeypatch, capsys, "audit", "verify", report)
    assert code == 0, err  # reading the transcript left it byte-identical
    # An edited transcript is named.
    import sqlite3

    conn = sqlite3.connect(report / "responses.sqlite")
    conn.execute("UPDATE responses SET text = 'green green green'")
    conn.commit()
    conn.close()
    code, _, err = run_cli(monkeypatch, capsys, "audit", "verify", report)
    assert "responses.sqlite" in one_line_error(code, err)


def test_real_pack_exports_to_stix_and_validates(pack, tmp_path, monkeypatch, capsys):
    """`intel export --audit DIR` on the pack `audit open --report` wrote (not a hand-made dict)."""
    from distillguard.audit.evidence import sha256_file
    from distillguard.intel.stix_check import validate_bundle
    from distillguard.intel.vocab import EVIDENCE_TYPE

    report, result = pack
    flags = tmp_path / "flags.json"
    flags.write_text(json.dumps({"accounts": [], "clusters": []}))
    ring = tmp_path / "ring.json"
    code, _, err = run_cli(monkeypatch, capsys, "intel", "key", "new", "--keyring", ring, "--key-id", "k1")
    assert code == 0, err
    out = tmp_path / "bundle.json"
    export = ["intel", "export", "--flags", flags, "--audit", report, "--keyring", ring, "--lab", "lab-a",
              "--out", out]
    code, _, err = run_cli(monkeypatch, capsys, *export)
    assert code == 0, err
    bundle = json.loads(out.read_text())
    assert validate_bundle(bundle) == []
    [evidence] = [o for o in bundle["objects"] if o["type"] == EVIDENCE_TYPE]
    assert evidence["p_value"] == result["p_value"]
    assert evidence["tokens_scored"] == result["tokens_scored"]
    assert evidence["verdict"] == result["verdict"] in ("watermark_detected", "not_detected")
    assert evidence["key_id"] == result["key_id"] and evidence["mode"] == "open"
    assert evidence["manifest_sha256"] == sha256_file(report / "manifest.json") == result["manifest_sha256"]
    assert "open-weights model 'model'" in evidence["suspect_description"]
    software = next(o for o in bundle["objects"] if o["id"] == evidence["suspect_ref"])
    assert software["name"] == "model"
    assert "/tmp" not in json.dumps(evidence)  # no local paths leave the lab
    # report.json given directly works the same; a tampered pack is refused, the file named.
    code, _, err = run_cli(monkeypatch, capsys, *export[:5], report / "report.json", *export[6:])
    assert code == 0, err
    doc = json.loads((report / "report.json").read_text())
    doc["result"]["p_value"] = 1e-30
    (report / "report.json").write_text(json.dumps(doc))
    code, _, err = run_cli(monkeypatch, capsys, *export)
    assert "report.json" in one_line_error(code, err)


def test_packs_are_signed_with_the_configured_lab_key(audit_inputs, tiny_model_dir, tmp_path, monkeypatch, capsys):
    """`[review] audit_signing_key` names the lab's one signing key: evidence packs use it too
    (not a second key created under home/keys)."""
    from distillguard.review.checkpoint import key_id, load_or_create_key

    configured = tmp_path / "hsm-export" / "lab.pem"
    configured.parent.mkdir()
    home = Path(os.environ["DISTILLGUARD_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(f'[review]\naudit_signing_key = "{configured}"\n')
    code, out, err = run_cli(monkeypatch, capsys, "audit", "open", "--key", audit_inputs["key"],
                             "--suspect", tiny_model_dir, "--corpus", audit_inputs["corpus"],
                             "--report", tmp_path / "pack")
    assert code == 0, err
    assert json.loads(out)["signer_key_id"] == key_id(load_or_create_key(configured).public_key())
    assert not (home / "keys" / "audit_signing_key.pem").exists()
