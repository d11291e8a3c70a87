#!/usr/bin/env bash
# Real vLLM (V1 engine) with the distillguard watermark processor, on a GPU machine.
#
# Checks: answers requested as account A are detected under A's key (p < 1e-6 each) and not
# under account B's key (p > 1e-3); a request without the watermark xargs is refused (HTTP 400).
# Prerequisites: `pip install -e '.[vllm]'` in the active environment (CUDA torch), the model
# reachable by vLLM (a local directory or the HF cache). NOT VERIFIED ON GPU yet: no GPU machine
# was available where this was written; the processor itself is tested on CPU through
# tests/test_integration_vllm.py.
#
#   MODEL=HuggingFaceTB/SmolLM2-135M-Instruct bash bench/vllm_gpu.sh
set -euo pipefail
MODEL=${MODEL:-HuggingFaceTB/SmolLM2-135M-Instruct}
PORT=${PORT:-8765}
N=${N:-16}
OUT=${OUT:-bench/results/vllm_gpu.json}
WORK=$(mktemp -d)
trap 'kill "$VLLM_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

distillguard keys new --out "$WORK/master.json" >/dev/null
distillguard keys derive --master "$WORK/master.json" --account acct-a --out "$WORK/a.json" >/dev/null
distillguard keys derive --master "$WORK/master.json" --account acct-b --out "$WORK/b.json" >/dev/null

DISTILLGUARD_VLLM_MASTER_KEY="$WORK/master.json" vllm serve "$MODEL" --port "$PORT" \
    --logits-processors distillguard.integrations.vllm:DistillguardWatermark \
    --max-model-len 2048 --gpu-memory-utilization 0.5 >"$WORK/vllm.log" 2>&1 &
VLLM_PID=$!
for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null && break
    kill -0 "$VLLM_PID" 2>/dev/null || { tail -50 "$WORK/vllm.log"; exit 1; }
    sleep 2
done

MODEL="$MODEL" PORT="$PORT" N="$N" WORK="$WORK" OUT="$OUT" python - <<'PY'
import json, os, sys, time

import httpx
from transformers import AutoTokenizer

from distillguard.watermark.detect import detect_tokens, tokenize_texts
from distillguard.watermark.keys import load_key

model, port, n, work = os.environ["MODEL"], os.environ["PORT"], int(os.environ["N"]), os.environ["WORK"]
url = f"http://127.0.0.1:{port}/v1/chat/completions"
topics = ["tides", "photosynthesis", "the printing press", "volcanoes", "bridges", "vaccines",
          "glaciers", "compilers", "honeybees", "the Roman roads", "lighthouses", "batteries",
          "coral reefs", "jet engines", "the telegraph", "sourdough"]
texts, t0 = [], time.time()
with httpx.Client(timeout=300) as client:
    for i in range(n):
        body = {"model": model, "max_tokens": 200, "temperature": 1.0,
                "messages": [{"role": "user", "content": f"Explain {topics[i % len(topics)]} in detail."}],
                "vllm_xargs": {"dg_account": "acct-a", "dg_epoch": 0}}
        r = client.post(url, json=body)
        r.raise_for_status()
        texts.append(r.json()["choices"][0]["message"]["content"])
    bare = client.post(url, json={"model": model, "max_tokens": 8,
                                  "messages": [{"role": "user", "content": "hi"}]})
tok = AutoTokenizer.from_pretrained(model)
seqs = tokenize_texts(tok, texts)
a = detect_tokens(load_key(f"{work}/a.json"), seqs)
b = detect_tokens(load_key(f"{work}/b.json"), seqs)
result = {"model": model, "answers": n, "seconds": round(time.time() - t0, 1),
          "right_key_max_p": max(d.p_value for d in a), "other_key_min_p": min(d.p_value for d in b),
          "tokens_scored_min": min(d.tokens_scored for d in a),
          "request_without_xargs_status": bare.status_code}
result["ok"] = (result["right_key_max_p"] < 1e-6 and result["other_key_min_p"] > 1e-3
                and bare.status_code == 400)
os.makedirs(os.path.dirname(os.environ["OUT"]), exist_ok=True)
with open(os.environ["OUT"], "w") as fh:
    json.dump(result, fh, indent=2)
print(json.dumps(result))
sys.exit(0 if result["ok"] else 1)
PY
