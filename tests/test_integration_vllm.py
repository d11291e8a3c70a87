"""The vLLM watermark processor, driven on CPU through `_vllm_compat` (vLLM's interface types;
vllm itself needs a GPU build and is not installed), and the gateway's `upstream_watermark =
"vllm"` relay over a real loopback HTTP server."""

from __future__ import annotations

import asyncio
import json
import time
from types import SimpleNamespace

import numpy as np
import pytest
import torch

from distillguard.gateway.errors import GatewayError
from distillguard.gateway.schemas import ChatCompletionRequest
from distillguard.gateway.upstream import UpstreamPool
from distillguard.gateway.vllm_upstream import VLLMWatermarkUpstream
from distillguard.integrations import vllm as dgv
from distillguard.integrations._vllm_compat import BatchUpdate, MoveDirectionality, SamplingParams
from distillguard.testing import STUB_MODEL, make_stub, serve_in_thread
from distillguard.watermark.detect import detect_tokens
from distillguard.watermark.keys import (
    derive_account_key,
    load_key,
    new_key,
    rotate_master,
    save_key,
)
from distillguard.watermark.schemes import get_scheme

VOCAB = 1500


@pytest.fixture
def master_path(tmp_path, monkeypatch):
    path = tmp_path / "master.json"
    save_key(new_key("kgw"), path)
    monkeypatch.setenv(dgv.MASTER_ENV, str(path))
    monkeypatch.delenv(dgv.ACCOUNTS_ENV, raising=False)
    dgv._masters.clear()
    return path


def params(account, epoch=0):
    return SamplingParams(extra_args={"dg_account": account, "dg_epoch": epoch})


def test_interface_is_vllms():
    """The class implements every abstract method of the (stand-in) vLLM interface."""
    assert not dgv.VLLM_AVAILABLE  # CPU machine; on a GPU box bench/vllm_gpu.sh covers vLLM
    for name in ("validate_params", "apply", "is_argmax_invariant", "update_state"):
        assert name in vars(dgv.DistillguardWatermark)
    assert not dgv.DistillguardWatermark.__abstractmethods__


def test_green_list_bias_is_the_accounts_kgw_key(master_path):
    proc = dgv.DistillguardWatermark(None, "cpu", False)
    master = load_key(master_path)
    prompt_a, prompt_b = [5, 9, 17, 3, 11], [100, 200, 300, 400]
    proc.update_state(BatchUpdate(batch_size=3, added=[
        (0, params("acct-a"), prompt_a, []), (2, params("acct-b"), prompt_b, [])]))
    logits = torch.zeros(3, VOCAB)
    out = proc.apply(logits.clone())
    assert torch.equal(out[1], logits[1])  # a row without state is untouched
    for row, acct, prompt in ((0, "acct-a", prompt_a), (2, "acct-b", prompt_b)):
        scheme = get_scheme(derive_account_key(master, acct))
        window = np.repeat([prompt[-4:]], VOCAB, axis=0)
        green = scheme.tuple_scores(window, np.arange(VOCAB))  # the detector's green list
        assert np.array_equal(out[row].numpy(), (green * scheme.params["delta"]).astype(np.float32))
    assert not proc.is_argmax_invariant()


def _engine(proc, requests, steps, rng):
    """A minimal persistent batch: add all, then each step apply + sample, with a swap and a
    removal half way (what vLLM's condense/reorder does)."""
    outputs = {rid: [] for rid in requests}
    slot = {rid: i for i, rid in enumerate(requests)}
    proc.update_state(BatchUpdate(batch_size=len(requests), added=[
        (slot[rid], params(acct), prompt, outputs[rid]) for rid, (acct, prompt) in requests.items()]))
    gen = torch.Generator().manual_seed(0)
    for step in range(steps):
        if step == steps // 2:
            a, b = list(requests)[:2]
            proc.update_state(BatchUpdate(batch_size=len(slot), moved=[
                (slot[a], slot[b], MoveDirectionality.SWAP)]))
            slot[a], slot[b] = slot[b], slot[a]
        else:
            proc.update_state(None)
        logits = torch.from_numpy(rng.normal(0, 1.5, (len(slot), VOCAB)).astype(np.float32))
        picks = torch.multinomial(torch.softmax(proc.apply(logits), -1), 1, generator=gen)
        for rid, i in slot.items():
            outputs[rid].append(int(picks[i]))  # the live list the processor holds
    return outputs


def test_generation_is_detected_under_the_callers_key_only(master_path):
    rng = np.random.default_rng(5)
    proc = dgv.DistillguardWatermark(None, "cpu", False)
    requests = {"r1": ("acct-a", [1, 2, 3, 4, 5]), "r2": ("acct-b", [7, 8, 9, 10]),
                "r3": ("acct-a", [50, 60, 70, 80])}
    out = _engine(proc, requests, 160, rng)
    master = load_key(master_path)
    keys = {a: derive_account_key(master, a) for a in ("acct-a", "acct-b", "acct-z")}
    for rid, (acct, _) in requests.items():
        mine = detect_tokens(keys[acct], [out[rid]])[0]
        other = "acct-b" if acct == "acct-a" else "acct-a"
        assert mine.p_value < 1e-8, (rid, mine)
        assert detect_tokens(keys[other], [out[rid]])[0].p_value > 1e-4
        assert detect_tokens(keys["acct-z"], [out[rid]])[0].p_value > 1e-4
    proc.update_state(BatchUpdate(batch_size=2, removed=[0]))
    assert 0 not in proc.rows


def test_selfhash_master_is_applied_too(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    save_key(new_key("kgw", seeding="selfhash", context_width=3), path)
    monkeypatch.setenv(dgv.MASTER_ENV, str(path))
    dgv._masters.clear()
    proc = dgv.DistillguardWatermark(None, "cpu", False)
    proc.update_state(BatchUpdate(batch_size=1, added=[(0, params("acct-a"), [4, 5, 6], [])]))
    out = proc.apply(torch.zeros(1, VOCAB))[0].numpy()
    scheme = get_scheme(derive_account_key(load_key(path), "acct-a"))
    green = scheme.tuple_scores(np.repeat([[4, 5, 6]], VOCAB, axis=0), np.arange(VOCAB))
    assert np.array_equal(out > 0, green > 0)


@pytest.mark.parametrize(("extra", "message"), [
    (None, "must carry"),
    ({}, "must carry"),
    ({"dg_account": "acct-a"}, "must carry"),
    ({"dg_account": "", "dg_epoch": 0}, "invalid dg_account"),
    ({"dg_account": "a b", "dg_epoch": 0}, "invalid dg_account"),
    ({"dg_account": "acct-a", "dg_epoch": "0"}, "must be an integer"),
    ({"dg_account": "acct-a", "dg_epoch": True}, "must be an integer"),
    ({"dg_account": "acct-a", "dg_epoch": 3}, "has not started"),
])
def test_missing_or_bad_xargs_fail_closed(master_path, extra, message):
    with pytest.raises(ValueError, match=message):
        dgv.DistillguardWatermark.validate_params(SamplingParams(extra_args=extra))
    proc = dgv.DistillguardWatermark(None, "cpu", False)
    with pytest.raises(ValueError, match=message):  # even if it slipped past validation
        proc.update_state(BatchUpdate(batch_size=1, added=[(0, SamplingParams(extra), [1], [])]))
    assert not proc.rows


def test_unknown_account_and_rotated_away_epoch_are_refused(master_path, tmp_path, monkeypatch):
    allow = tmp_path / "accounts.txt"
    allow.write_text("acct-a\n")
    monkeypatch.setenv(dgv.ACCOUNTS_ENV, str(allow))
    dgv.DistillguardWatermark.validate_params(params("acct-a"))
    with pytest.raises(ValueError, match="no key for account 'acct-x'"):
        dgv.DistillguardWatermark.validate_params(params("acct-x"))
    rotate_master(master_path)
    time.sleep(1.1)  # the processor re-reads the master at most once a second
    dgv.DistillguardWatermark.validate_params(params("acct-a", 1))
    with pytest.raises(ValueError, match="epoch 0 was rotated away"):
        dgv.DistillguardWatermark.validate_params(params("acct-a", 0))


def test_no_master_configured_stops_start_up(monkeypatch):
    monkeypatch.delenv(dgv.MASTER_ENV, raising=False)
    with pytest.raises(ValueError, match="no master key configured"):
        dgv.DistillguardWatermark(None, "cpu", False)


# -- the gateway side ---------------------------------------------------------------------------


def _capturing_stub(seen):
    inner = make_stub()

    async def app(scope, receive, send):
        async def recv():
            message = await receive()
            if message.get("type") == "http.request" and message.get("body"):
                seen.append(json.loads(message["body"]))
            return message
        await inner(scope, recv, send)
    return app


def _call(account, body):
    req = ChatCompletionRequest.model_validate(body)
    return SimpleNamespace(body=req, raw=json.dumps(body).encode(), chat=True, prompt="hi",
                           account_id=account, request_id="r1", created=0, strip=False)


def test_gateway_adds_xargs_records_key_and_refuses_client_xargs(tmp_path):
    master_path = tmp_path / "master.json"
    save_key(new_key("kgw"), master_path)
    seen: list[dict] = []
    body = {"model": STUB_MODEL, "messages": [{"role": "user", "content": "hi"}]}
    with serve_in_thread(_capturing_stub(seen)) as url:
        async def scenario():
            backend = VLLMWatermarkUpstream(UpstreamPool(url + "/v1"), master_path)
            try:
                reply = await backend.complete(_call("acct-a", body))
                stream = await backend.stream(_call("acct-a", {**body, "stream": True}))
                async for _ in stream:
                    pass
                await stream.aclose()
                # the gateway's schema refuses unknown fields such as vllm_xargs (→ 400); should
                # it ever let them through, the relay itself refuses a caller naming a key
                forged = _call("acct-a", body)
                dump = {**body, "vllm_xargs": {"dg_account": "acct-b", "dg_epoch": 0}}
                forged.body = SimpleNamespace(model_dump=lambda **_: dict(dump))
                with pytest.raises(GatewayError) as refused:
                    await backend.complete(forged)
                return reply, stream, refused.value
            finally:
                await backend.aclose()
        reply, stream, refused = asyncio.run(scenario())
    expected = derive_account_key(load_key(master_path), "acct-a")
    assert len(seen) == 2  # the refused request never left the gateway
    for sent in seen:
        assert sent["vllm_xargs"] == {"dg_account": "acct-a", "dg_epoch": 0}
    assert reply.watermark_key_id == expected.key_id == stream.watermark_key_id
    assert refused.status == 400 and "set by the gateway" in str(refused)


def test_gateway_needs_the_master_key(tmp_path):
    from distillguard.errors import DistillguardError

    with pytest.raises(DistillguardError, match="needs the master key"):
        VLLMWatermarkUpstream(UpstreamPool("http://127.0.0.1:9/v1"), tmp_path / "none.json")
