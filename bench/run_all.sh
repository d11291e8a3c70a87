#!/usr/bin/env bash
# `make bench`: run every benchmark script; each writes JSON + a Markdown table into bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip install -q -e '.[bench]'  # the comparison clients
for script in bench/*.py; do
  echo "== $script"
  .venv/bin/python "$script"
done
