# Entry points for people and CI. `make run` and `make test` set everything up first.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

VENV := $(CURDIR)/.venv
PYTHON := $(VENV)/bin/python
APPWRIGHT := $(VENV)/bin/appwright
PYTEST := $(VENV)/bin/pytest
RUFF := $(VENV)/bin/ruff
MYPY := $(VENV)/bin/mypy

LINT_PATHS := src tests benchmarks scripts
PYTEST_WORKERS ?= 2
PYTEST_ARGS ?=

# The main job: the builder service on its embedded defaults (the offline designer, SQLite in
# $(DATA_DIR)). On an empty database it creates the first admin and prints the credentials once.
DATA_DIR ?= appwright-data
HOST ?= 127.0.0.1
PORT ?= 8000

# `make demo-app`: design $(RUN_DESCRIPTION) from words, generate it, run its tests, serve it.
RUN_DESCRIPTION ?= examples/descriptions/crm.txt
RUN_DIR ?= build/app
ADMIN_EMAIL ?= admin@example.com

.PHONY: help setup run demo-app test test-fast lint format bench

help:
	@echo "make run        set up, then serve the builder on http://$(HOST):$(PORT) (data in $(DATA_DIR))"
	@echo "make demo-app   set up, design $(RUN_DESCRIPTION) into $(RUN_DIR), test it, serve it"
	@echo "make test       set up, lint, and run every test tier (slow and postgres included)"
	@echo "make test-fast  lint-free quick run: skips the slow and postgres tiers"
	@echo "make lint       ruff check, ruff format --check, mypy"
	@echo "make bench      time the generator (BENCH_ARGS=--write refreshes docs/benchmarks.md)"

setup:
	@scripts/setup.sh

run: setup
	$(APPWRIGHT) serve --host $(HOST) --port $(PORT) --data-dir $(DATA_DIR)

# The generated app's database lives in $(RUN_DIR), which each run regenerates: every run starts
# from a fresh app with a new random admin password (printed below).
demo-app: setup
	$(APPWRIGHT) new "$$(cat $(RUN_DESCRIPTION))" --out $(RUN_DIR) --overwrite
	@package="$$($(PYTHON) -c 'import json, sys; print(json.load(open(sys.argv[1]))["package"])' $(RUN_DIR)/module.json)"; \
	password="$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(12))')"; \
	secret="$$($(PYTHON) -c 'import secrets; print(secrets.token_hex(32))')"; \
	echo; \
	echo "  App:      http://$(HOST):$(PORT)/"; \
	echo "  Admin:    $(ADMIN_EMAIL)"; \
	echo "  Password: $$password"; \
	echo; \
	cd $(RUN_DIR) && \
	APP_ADMIN_EMAIL="$(ADMIN_EMAIL)" APP_ADMIN_PASSWORD="$$password" APP_SECRET_KEY="$$secret" \
	exec $(VENV)/bin/uvicorn "$$package.main:app" --host $(HOST) --port $(PORT)

test: setup lint
	mkdir -p test-artifacts
	$(PYTEST) -n $(PYTEST_WORKERS) --durations=25 --junitxml=test-artifacts/junit.xml $(PYTEST_ARGS)

test-fast: setup
	$(PYTEST) -n $(PYTEST_WORKERS) -m "not slow and not postgres" $(PYTEST_ARGS)

lint: setup
	$(RUFF) check $(LINT_PATHS)
	$(RUFF) format --check $(LINT_PATHS)
	$(MYPY)

format: setup
	$(RUFF) check --fix $(LINT_PATHS)
	$(RUFF) format $(LINT_PATHS)

bench: setup
	$(PYTHON) benchmarks/codegen.py $(BENCH_ARGS)
	$(PYTHON) benchmarks/service.py $(BENCH_ARGS)
