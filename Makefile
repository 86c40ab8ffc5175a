# One command per job; CI calls the same commands a person does.
# `make serve` and `make test` set up .venv from the pinned requirements on first use.
PYTHON ?= python3
ENGINE ?= mkdocs
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# Where the site will live; CI sets SITE_URL to the GitHub Pages address.
export SITE_URL ?= http://127.0.0.1:8000/
# Each other language's addresses from the root language's, by the table of languages
# (uccn/base/languages.py): SITE_URL_EN = SITE_URL + en/, and EDIT_URI_EN = EDIT_URI with docs/en/
# for docs/sv/. Only the table passes through the shell, and an address is taken as written
# ($(value …)): text such as $(shell …) in SITE_URL is never run; the build then refuses it.
# Python keeps its compiled modules outside the project, where no branch can put one: a .pyc
# in a __pycache__ folder of the project is never read (one marked "unchecked-hash" would run
# without its source being looked at). There Python also writes what it compiles, even where the
# environment says not to (PYTHONDONTWRITEBYTECODE, set in many container images): else every
# build and test process compiles the standard library and every package from source again,
# about half a second each. $(shell …) does not see make's exports, so it is given both.
export PYTHONPYCACHEPREFIX ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/uccn-pycache
unexport PYTHONDONTWRITEBYTECODE
LANGUAGES = env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX='$(PYTHONPYCACHEPREFIX)' $(PYTHON) -m uccn.base.languages
CONFIGS := $(shell $(LANGUAGES) configs)
ROOT_LANG := $(shell $(LANGUAGES) root)
define language_addresses
export SITE_URL_$(1) ?= $$(value SITE_URL)$(2)
export EDIT_URI_$(1) ?= $$(if $$(value EDIT_URI),$$(patsubst %docs/$(ROOT_LANG)/,%docs/$(3)/,$$(value EDIT_URI)))
endef
$(foreach l,$(shell $(LANGUAGES) others),$(eval $(call language_addresses,$(word 1,$(subst :, ,$(l))),$(word 2,$(subst :, ,$(l))),$(word 3,$(subst :, ,$(l))))))

.PHONY: help setup serve build check facts claims evidence source pages test test-fast bench clean

help:
	@echo "make serve   build and serve every language at http://127.0.0.1:8000/ (English under /en/) with live reload; PORT=8001 for another port"
	@echo "make check   validate data/ without building"
	@echo "make source FILE=x.pdf [ID=id]   store a document's text in data/texts/ and add its source"
	@echo "make facts   list every fact on the site and the quote or interpretation behind it"
	@echo "make claims  list every value that rests on an interpretation alone (shown as 'vår tolkning')"
	@echo "make evidence FILE=data/commitments.yml ID=kommun-arbetstid-50  the passages that hold each fact of one record"
	@echo "make build   build the site into site/ (strict); ENGINE=mkdocs|properdocs|zensical"
	@echo "make test    run all tests (unit, data, site, browser)"
	@echo "make setup   only install what make test needs (.venv, the HTML checker); make test does it too"
	@echo "make bench   print check and build timings, page sizes and Lighthouse scores"

$(BIN)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(BIN)/.test: requirements-test.txt $(BIN)/.runtime $(BIN)/.engines
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

$(BIN)/.engines: requirements-engines.txt $(BIN)/.runtime
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-engines.txt
	touch $@

# How each engine builds the site: the generated files, then every language (strict:
# warnings stop the build), the root language first (it cleans site/), each other one
# into site/<prefix>. MkDocs and ProperDocs do it all in one process (tools/build.py:
# the same site as `python -m uccn pages` and `mkdocs build --strict -f <config>` for
# each language); Zensical has no Python build to call, so its command runs per language.
BUILD_mkdocs := $(BIN)/python tools/build.py --engine mkdocs
BUILD_properdocs := $(BIN)/python tools/build.py --engine properdocs
BUILD_zensical := $(BIN)/python -m uccn pages && $(foreach config,$(CONFIGS),$(BIN)/zensical build --strict --clean -f $(config) &&) true
ifeq ($(ENGINE),mkdocs)
ENGINE_STAMP := $(BIN)/.runtime
else
ENGINE_STAMP := $(BIN)/.engines
endif

node_modules/.installed: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

# Lighthouse for `make bench` only, so `make test` does not install it.
tools/lighthouse/node_modules/.installed: tools/lighthouse/package.json tools/lighthouse/package-lock.json
	cd tools/lighthouse && npm ci --silent --no-audit --no-fund
	touch $@

check: $(BIN)/.runtime
	$(BIN)/python -m uccn check

facts: $(BIN)/.runtime
	$(BIN)/python -m uccn facts

claims: $(BIN)/.runtime
	$(BIN)/python -m uccn claims

evidence: $(BIN)/.runtime
	$(BIN)/python -m uccn evidence "$(FILE)" "$(ID)"

source: $(BIN)/.runtime
	$(BIN)/python -m uccn source "$(FILE)" $(if $(ID),"$(ID)")

pages: $(BIN)/.runtime
	$(BIN)/python -m uccn pages

build: $(ENGINE_STAMP)
	@test -n "$(BUILD_$(ENGINE))" || { echo "ENGINE must be mkdocs, properdocs or zensical"; exit 2; }
	$(BUILD_$(ENGINE))

serve: $(BIN)/.runtime
	$(BIN)/python -m uccn pages
	$(BIN)/python tools/serve.py --dev-addr 127.0.0.1:$(PORT)

setup: $(BIN)/.test node_modules/.installed

test: $(BIN)/.test node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n auto --dist worksteal

test-fast: $(BIN)/.test node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n auto --dist worksteal -m "not browser"

bench: $(BIN)/.test tools/lighthouse/node_modules/.installed
	$(BIN)/python -m tests.bench

clean:
	if [ -x $(BIN)/python ]; then $(BIN)/python -m uccn clean; fi
	rm -rf site generated .cache .pytest_cache
