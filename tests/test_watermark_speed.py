"""The fast detect path (issue #17, item 7): tokenizers-only, streamed, batched — same output.

- the `tokenizers` ids equal transformers' for the bundled SmolLM2 and a local HF model dir,
  on ShareGPT text and on hostile edge cases (special-token strings, emoji, CRLF, NUL, …);
- `watermark detect` prints exactly what the previous path (transformers tokenizer, one batch)
  printed, with prompts, across chunk boundaries, for --dedup corpus across chunks too;
- the detect command imports neither torch nor transformers;
- long inputs get a progress bar on stderr.
Speed itself is measured by bench/watermark_speed.py (a shared 2-core box makes timing tests
flaky), not asserted here.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import threading

import numpy as np
import pytest
from typer.testing import CliRunner

from distillguard.cli import app as cli_app
from distillguard.data.sharegpt import answers
from distillguard.models import load_tokenizer
from distillguard.watermark import cli as wm_cli
from distillguard.watermark import stream
from distillguard.watermark.detect import SeenTuples, detect_tokens, tokenize_texts
from distillguard.watermark.fast_tokenize import load_text_tokenizer
from distillguard.watermark.keys import new_key, save_key

EDGE = [
    "<|im_start|>user\nhi<|im_end|>", "<|endoftext|>", "emoji 🙂🙂 and 中文字符 and ﬁ ligature",
    "line\r\nbreaks\r\n\r\n", "   leading and trailing   ", "tab\tand\x00nul", "1234567890 3.14159",
    "def f(x):\n    return x ** 2  # code", "a" * 3000, "\u200b zero width \ufeff bom", "x",
    "Ünïcödé NFC vs NFD: e\u0301", "  ", "'s 't 're 've 'm 'll 'd contractions",
]


@pytest.fixture(scope="module")
def texts():
    return answers(400) + EDGE


@pytest.mark.parametrize("which", ["smollm2", "tiny"])
def test_tokenizers_ids_equal_transformers_ids(texts, which, tiny_model_dir):
    name = None if which == "smollm2" else str(tiny_model_dir)
    fast = load_text_tokenizer(name)
    assert not fast.uses_transformers
    expected = tokenize_texts(load_tokenizer(name), texts)
    got = fast.encode(texts)
    assert [ids.tolist() for ids in got.ids] == expected
    with_offsets = fast.encode(texts, offsets=True)
    assert [ids.tolist() for ids in with_offsets.ids] == expected
    for k, (text, ids) in enumerate(zip(texts, with_offsets.ids, strict=True)):
        if len(ids):
            start, end = with_offsets.chars(k, 0, len(ids))
            assert 0 <= start < end <= len(text) and text[start:end].strip() == text.strip()


def _write(tmp_path, rows):
    data = tmp_path / "in.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return data


def _old_path(key, rows):
    """What `watermark detect` printed before: transformers tokenizer, detect_tokens per batch."""
    tokenizer = load_tokenizer(None)
    width = key.params["context_width"]
    seqs = tokenize_texts(tokenizer, [r["text"] for r in rows])
    keep = [i for i, s in enumerate(seqs) if len(s) > width]
    prompts = [rows[i].get("prompt") or "" for i in keep]
    exclude = tokenize_texts(tokenizer, prompts) if any(prompts) else None
    dets = detect_tokens(key, [seqs[i] for i in keep], ids=[rows[i]["id"] for i in keep], exclude=exclude)
    return [json.dumps(d.to_json()) for d in dets]


@pytest.mark.parametrize("scheme", ["kgw", "gumbel", "synthid"])
def test_detect_output_identical_to_the_transformers_path(tmp_path, texts, scheme, monkeypatch):
    key = new_key(scheme, secret=bytes(range(32)))
    key_file = tmp_path / "k.json"
    save_key(key, key_file)
    rows = [{"id": f"t{i}", "text": t} for i, t in enumerate(texts) if t.strip()]
    for i, row in enumerate(rows[:60]):
        row["prompt"] = rows[i + 1]["text"][:300]  # prompts, some quoted in the next text
    data = _write(tmp_path, rows)
    expected = _old_path(key, rows)
    for chunk in (4096, 7):  # one batch; many small ones (order kept across chunk boundaries)
        monkeypatch.setattr(stream, "CHUNK_TEXTS", chunk)
        result = CliRunner().invoke(
            cli_app, ["watermark", "detect", "--key", str(key_file), str(data), "--skip-invalid"]
        )
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines() == expected


def test_corpus_dedup_is_the_same_across_chunk_sizes(tmp_path, texts, monkeypatch):
    key = new_key("kgw", secret=bytes(range(32)), context_width=1)
    key_file = tmp_path / "k.json"
    save_key(key, key_file)
    rows = [{"id": f"t{i}", "text": t} for i, t in enumerate(texts[:200])]
    rows += rows[:20]  # exact duplicates later in the file: nothing left to score
    data = _write(tmp_path, rows)
    outputs = []
    for chunk in (4096, 9):
        monkeypatch.setattr(stream, "CHUNK_TEXTS", chunk)
        result = CliRunner().invoke(
            cli_app, ["watermark", "detect", "--key", str(key_file), str(data), "--dedup", "corpus"]
        )
        assert result.exit_code == 0, result.output
        outputs.append([json.loads(line) for line in result.stdout.splitlines()])
    assert outputs[0] == outputs[1]
    assert all(r["tokens_scored"] == 0 and r["p_value"] == 1.0 for r in outputs[0][-20:])
    fast = load_text_tokenizer(None)
    seqs = fast.encode([r["text"] for r in rows]).ids
    one_batch = detect_tokens(key, seqs, seen=SeenTuples())
    assert [d.tokens_scored for d in one_batch] == [r["tokens_scored"] for r in outputs[0]]


def test_detect_imports_neither_torch_nor_transformers(tmp_path):
    key_file = tmp_path / "k.json"
    save_key(new_key("gumbel"), key_file)
    data = _write(tmp_path, [{"id": "a", "text": answers(1)[0]}])
    script = (
        "import json, sys\n"
        "from distillguard.cli import app\n"
        f"sys.argv = ['distillguard', 'watermark', 'detect', '--key', {str(key_file)!r}, {str(data)!r},"
        " '--scan', 'windows']\n"
        "try:\n    app()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "print(json.dumps(sorted(m for m in ('torch', 'transformers') if m in sys.modules)), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stderr.strip().splitlines()[-1]) == []
    assert json.loads(proc.stdout)["id"] == "a"


def test_long_inputs_show_progress_on_stderr(tmp_path, monkeypatch):
    key_file = tmp_path / "k.json"
    save_key(new_key("kgw"), key_file)
    data = _write(tmp_path, [{"id": str(i), "text": t} for i, t in enumerate(answers(50))])
    monkeypatch.setattr(wm_cli, "PROGRESS_BYTES", 1)
    result = CliRunner().invoke(cli_app, ["watermark", "detect", "--key", str(key_file), str(data)])
    assert result.exit_code == 0, result.output
    assert "detecting" in result.stderr and len(result.stdout.splitlines()) == 50
    monkeypatch.setattr(wm_cli, "PROGRESS_BYTES", 1 << 40)
    quiet = CliRunner().invoke(cli_app, ["watermark", "detect", "--key", str(key_file), str(data)])
    assert quiet.stderr == "" and quiet.stdout == result.stdout


def _scipy_stats_log_sf(kind: str, a: float, n: int, p: float = 0.0) -> float:
    """The reference: scipy.stats' logsf, and a log-space sum where it would underflow."""
    from scipy.special import logsumexp
    from scipy.stats import binom, gamma, poisson

    if kind == "binom":
        if a <= 0:
            return 0.0
        if a > n:
            return -math.inf
        direct = float(binom.logsf(a - 1, n, p))
        far = lambda: float(logsumexp(binom.logpmf(np.arange(a, n + 1), n, p)))  # noqa: E731
    else:
        if n <= 0 or a <= 0:
            return 0.0
        direct = float(gamma.logsf(a, n))
        far = lambda: float(logsumexp(poisson.logpmf(np.arange(n), a)))  # noqa: E731
    return min(direct, 0.0) if math.isfinite(direct) and direct > -650.0 else far()


def test_scipy_special_tails_are_bit_identical_to_scipy_stats():
    """tails.py (what every scheme uses) gives scipy.stats' p-values without importing it."""
    from distillguard.watermark import tails

    rng = np.random.default_rng(0)
    n = np.concatenate([rng.integers(0, 5000, 4000), [0, 1, 2, 3000, 3000]])
    k = (rng.random(len(n)) * (n * 1.05 + 3)).astype(np.int64) - 1
    k[:100] = n[:100]  # far tails: the log-space fallback
    for p in (0.25, 0.5, 0.1):
        ref = [_scipy_stats_log_sf("binom", int(a), int(m), p) for a, m in zip(k, n, strict=True)]
        assert np.array_equal(tails.binomial_log_sf_many(k, n, p), np.array(ref))
    x = np.concatenate([rng.random(len(n)) * 3 * n, [5.0, 3000.0, 1e5]])
    m = np.concatenate([n, [3, 200, 100]])
    ref = [_scipy_stats_log_sf("gamma", float(a), int(b)) for a, b in zip(x, m, strict=True)]
    assert np.array_equal(tails.gamma_log_sf_many(x, m), np.array(ref))
    assert tails.binomial_log_sf(2000, 2000, 0.25) == _scipy_stats_log_sf("binom", 2000, 2000, 0.25)
    assert tails.gamma_log_sf(3000.0, 200) == _scipy_stats_log_sf("gamma", 3000.0, 200)
    script = "import sys, distillguard.watermark.tails; print('scipy.stats' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", script], capture_output=True, text=True).stdout.strip() == "False"


def test_tiktoken_path_gives_the_tokenizer_json_ids_on_every_answer_and_edge_cases():
    """bpe_fast runs a different engine: it must give exactly tokenizers' ids (special-token
    strings routed to tokenizers, bytes the vocabulary lacks dropped as tokenizers drops them)."""
    from distillguard.watermark.fast_tokenize import load_text_tokenizer

    texts = answers() + [
        "Hello <|im_start|> world <filename> x", "a control byte \x13 here", "emoji 🤖👍🏽 中文字符 Ünïcödé",
        "   leading spaces\n\n\ttabs  \n", "'S 'll 'VE don't I'M", "x" * 5000, "", " ",
    ]
    tok = load_text_tokenizer(None)
    fast = tok.encode(texts).ids
    assert tok._fast_bpe is not None, "the SmolLM2 tokenizer should take the tiktoken path"
    ref = tok.backend.encode_batch_fast(texts, add_special_tokens=False)
    mismatches = [i for i, (a, b) in enumerate(zip(fast, ref, strict=True)) if a.tolist() != b.ids]
    assert mismatches == [], [texts[i][:80] for i in mismatches[:3]]


def test_tokenizers_it_cannot_reproduce_are_refused():
    from distillguard.watermark.bpe_fast import ByteLevelBPE

    base = {"model": {"type": "BPE", "vocab": {"a": 0, "b": 1, "ab": 2}, "merges": [["a", "b"]]},
            "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": False, "use_regex": True},
            "normalizer": None}
    assert ByteLevelBPE.from_tokenizer_json(base) is not None
    for change in ({"normalizer": {"type": "NFC"}},
                   {"pre_tokenizer": {"type": "Metaspace"}},
                   {"pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": True}},
                   {"model": {**base["model"], "byte_fallback": True}},
                   {"model": {**base["model"], "merges": [["a", "b"], ["a", "b"]]}},
                   # characters that are not GPT-2 byte stand-ins (a raw space, CJK): no bytes
                   {"model": {**base["model"], "vocab": {"a": 0, " a": 1, "a a": 2}, "merges": [["a", " a"]]}},
                   {"model": {**base["model"], "vocab": {"a": 0, "中": 1, "a中": 2}, "merges": [["a", "中"]]}},
                   {"model": {**base["model"], "vocab": {"a": 0, "b": 1}}}):
        assert ByteLevelBPE.from_tokenizer_json({**base, **change}) is None, change


def test_tiktoken_runs_split_batches_without_losing_or_moving_a_token(monkeypatch):
    """bpe_fast encodes a batch as runs of consecutive texts on several threads and splits each
    run's flat ids back per text: texts with bytes the vocabulary lacks (dropped), empty texts
    and run boundaries must leave every text its own ids, in order."""
    import json as _json

    from distillguard.watermark import bpe_fast

    tok = load_text_tokenizer(None)
    bpe = bpe_fast.ByteLevelBPE.from_tokenizer_json(_json.loads(tok.backend.to_str()))
    assert bpe is not None
    texts = [t for t in answers(60) for t in (t, "", "ctrl \x13 byte\x01", "x")]
    texts += [f"a{bpe_fast.UNUSED_SPECIAL}b", bpe_fast.UNUSED_SPECIAL]  # plain text, like any other
    ref = [e.ids for e in tok.backend.encode_batch_fast(texts, add_special_tokens=False)]
    # a lone surrogate (JSON "\ud800"): tiktoken's encode_ordinary repair, as before
    texts.append("lone \ud800 surrogate")
    ranks = np.array(bpe.encoding.encode_ordinary(texts[-1]), dtype=np.int64)
    ref.append([i for i in bpe.rank_to_id[ranks].tolist() if i >= 0])
    for cpus in (1, 3, 7):
        monkeypatch.setattr(bpe_fast.os, "cpu_count", lambda n=cpus: n)
        runs = bpe_fast._runs(texts, cpus * bpe_fast.SLICES_PER_THREAD)
        assert runs[0][0] == 0 and runs[-1][1] == len(texts)
        assert all(a[1] == b[0] and a[0] < a[1] for a, b in zip(runs, runs[1:], strict=False))
        got = bpe.encode(texts)
        assert [ids.tolist() for ids in got] == ref
        assert all(ids.dtype == np.int64 for ids in got)


@pytest.mark.parametrize("scheme, params", [
    ("kgw", {"context_width": 1}), ("kgw", {"context_width": 3}),
    ("kgw", {"context_width": 2, "seeding": "selfhash"}), ("gumbel", {"context_width": 2}),
    ("synthid", {"context_width": 3}),
])
def test_batched_positions_equal_a_per_text_reference(scheme, params):
    """detect.py finds a batch's scored positions with flat-array masks (one np.repeat, no
    per-position text index): every text's scored PRF inputs, counts and p-values must equal
    a plain per-position reference — prompt skips inside and beyond the text, texts shorter
    than the window, repeated seeds (masked and not) and empty texts included."""
    from distillguard.watermark import prf
    from distillguard.watermark.schemes import get_scheme

    rng = np.random.default_rng(7)
    key = new_key(scheme, secret=rng.bytes(32), **params)
    sch = get_scheme(key)
    h = sch.context_width
    seqs = [rng.integers(0, 6 if i % 3 == 0 else 500, size=int(rng.integers(0, 60))) for i in range(40)]
    skips = [int(rng.integers(-2, 30)) for _ in seqs]
    cv, tv = sch.context_values(500), sch.token_values(500)
    for mask in (False, True):
        expected = []
        for ids, skip in zip(seqs, skips, strict=True):
            seen_seeds, xs = set(), []
            for p in range(h, len(ids)):
                window = ids[p - h:p]
                seed = int(prf.window_seeds(cv[window][None, :], sch.ordered_seeds)[0])
                first = seed not in seen_seeds
                seen_seeds.add(seed)
                if p < max(h, skip) or (mask and not first):
                    continue
                if sch.token_in_seed:
                    xs.append(int(sch.prf_inputs(window[None, :], ids[p:p + 1])[0]))
                else:
                    xs.append(seed ^ int(tv[ids[p]]))
            x = np.unique(np.array(xs, dtype=np.uint32))
            scores = sch.scores_from_prf(prf.fmix32(x))
            total = np.bincount(np.zeros(len(x), dtype=np.int64), weights=scores, minlength=1)
            _, log_p = sch.log_p_values(total, np.array([len(x)]))  # detect.py's summation order
            expected.append((len(x), float(np.exp(log_p[0]))))
        got = detect_tokens(key, seqs, prompt_lengths=skips, mask_repeats=mask)
        assert [(d.tokens_scored, d.p_value) for d in got] == expected


def test_a_bad_line_behind_queued_batches_stops_with_one_error_and_a_prefix_of_the_output(
    tmp_path, texts, monkeypatch
):
    """stream.py keeps several batches queued for the tokenizer: a malformed line after many
    batches must still stop the command with the one-line error, print only results of lines
    before it (in order, each identical to a clean run's), and leave no tokenisation running."""
    key = new_key("kgw", secret=bytes(range(32)))
    key_file = tmp_path / "k.json"
    save_key(key, key_file)
    rows = [{"id": f"t{i}", "text": t} for i, t in enumerate(texts[:120]) if t.strip()]
    data = _write(tmp_path, rows)
    monkeypatch.setattr(stream, "CHUNK_TEXTS", 5)
    clean = CliRunner().invoke(cli_app, ["watermark", "detect", "--key", str(key_file), str(data)])
    assert clean.exit_code == 0, clean.output
    with data.open("a") as fh:
        fh.write('{"id": "bad", "text": \n')
    broken = CliRunner().invoke(cli_app, ["watermark", "detect", "--key", str(key_file), str(data)])
    assert broken.exit_code != 0
    assert f"{data}:{len(rows) + 1}: malformed JSON" in str(broken.exception)
    printed = [line for line in broken.stdout.splitlines() if line.startswith("{")]
    assert printed == clean.stdout.splitlines()[: len(printed)]
    assert len(printed) >= len(rows) - 5 * (stream.AHEAD + 2)  # all but the queued batches
    assert not [t for t in threading.enumerate() if t.name.startswith("tokenize")]
