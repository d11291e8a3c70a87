#!/usr/bin/env bash
# `make bench`: run every benchmark script; each writes JSON + a Markdown table into bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip install -q -e '.[bench]'  # the comparison clients
for script in bench/*.py; do
  echo "== $script"
  if [ "$script" = bench/radioactivity_null.py ]; then
    # the null study also reads the rho=5% N=400 student: train it (cached stages) and keep its table
    tmp=$(mktemp -d)
    .venv/bin/python bench/radioactivity.py --rhos 0.05 --train-docs 400 --results-dir "$tmp"
    for ext in json md svg; do cp "$tmp/radioactivity.$ext" "bench/results/radioactivity_rho5_n400.$ext"; done
    rm -rf "$tmp"
    .venv/bin/python "$script" --other-keys 12
    continue
  fi
  .venv/bin/python "$script"
done
