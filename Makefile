# One command per job; CI calls the same commands a person does.
# `make serve` and `make test` set up .venv from the pinned requirements on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help serve build check pages test test-fast bench clean

help:
	@echo "make serve   build and serve the site at http://127.0.0.1:8000/ with live reload"
	@echo "make check   validate data/ without building"
	@echo "make build   build the site into site/ (strict)"
	@echo "make test    run all tests (unit, data, site, browser)"
	@echo "make bench   print build and check timings and page sizes"

$(BIN)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(BIN)/.test: requirements-test.txt $(BIN)/.runtime
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

check: $(BIN)/.runtime
	$(BIN)/python -m uccn check

pages: $(BIN)/.runtime
	$(BIN)/python -m uccn pages

build: $(BIN)/.runtime
	$(BIN)/python -m uccn pages
	$(BIN)/mkdocs build --strict

serve: $(BIN)/.runtime
	$(BIN)/python -m uccn pages
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

test: $(BIN)/.test node_modules/.installed
	$(BIN)/python -m pytest

test-fast: $(BIN)/.test node_modules/.installed
	$(BIN)/python -m pytest -m "not browser"

bench: $(BIN)/.test
	$(BIN)/python -m tests.bench

clean:
	rm -rf site generated docs/*/beslut docs/*/decisions .pytest_cache
