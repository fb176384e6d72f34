# Run `make help` for the list of targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | sha1sum | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help run test venv migrate messages translations demo lint format check-migrations pytest services services-stop bench-search bench-import clean

help: ## List the targets with what each does
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

run: venv messages migrate demo ## Set everything up and serve the demo site on http://127.0.0.1:8000
	$(MANAGE) runserver $(HOST):$(PORT)

test: venv lint messages check-migrations pytest ## Run ruff and the whole test suite (PostgreSQL when DATABASE_URL is set)

venv: $(STAMP) ## Create .venv and install the pinned requirements

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || \
		{ echo "Python 3.11 is required; set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-* && touch $@

migrate: venv ## Apply database migrations (SQLite under var/ unless DATABASE_URL is set)
	@mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) sync_locales
	$(MANAGE) setup_editorial

messages: venv ## Compile the translation catalogues in locales/
	@command -v msgfmt >/dev/null || { echo "msgfmt is missing: install GNU gettext (apt-get install gettext)"; exit 1; }
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0

translations: venv ## Refresh locales/*/django.po from the strings marked in the code
	for language in $$(ls locales | grep -v README); do \
		$(MANAGE) makemessages -l $$language --ignore=.venv --ignore=var --ignore=tests --ignore='demo/content/*' -v0; \
	done

demo: venv ## Load the demo content and accounts (safe to run again)
	$(MANAGE) load_demo

lint: venv ## Check formatting and style with ruff
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: venv ## Reformat the code and apply ruff's safe fixes
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check-migrations: venv ## Fail when a model change has no migration
	$(MANAGE) makemigrations --check --dry-run --settings=config.settings.test

pytest: venv ## Run the test suite only
	$(BIN)/pytest $(PYTEST_ARGS)

services: ## Fetch OpenSearch (Maven Central, cached in ~/.m2) and start it on 127.0.0.1:9200 (SEARCH_PORT)
	scripts/search-engine start

services-stop: ## Stop the OpenSearch started by `make services`
	scripts/search-engine stop

bench-search: venv ## Measure search latency with 1,000 and 10,000 entries on each available backend
	$(MANAGE) bench_search --settings=config.settings.test $(BENCH_ARGS)

bench-import: venv ## Time checking, importing, re-importing and exporting 2,000 generated entries
	$(MANAGE) bench_import --settings=config.settings.test $(BENCH_ARGS)

clean: ## Remove the SQLite database, uploads and caches (keeps .venv)
	rm -rf var .pytest_cache .ruff_cache test-artifacts
