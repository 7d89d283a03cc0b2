# The few commands a person types. Everything runs inside .venv, created on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
AMANE_HOST ?= 127.0.0.1
AMANE_PORT ?= 8765
CORPUS ?= ../shared/corpus
export AMANE_HOST AMANE_PORT

.PHONY: run test lint eval bench extension clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip setuptools wheel

# Stamp files: reinstall only when the packaging metadata changes (the install is editable).
$(VENV)/.server: $(PY) setup.cfg pyproject.toml
	$(PIP) install -e '.[server]'
	touch $@

$(VENV)/.test: $(PY) setup.cfg pyproject.toml
	$(PIP) install -e '.[dev]'
	touch $@

run: $(VENV)/.server
	@echo "Amane is starting on http://$(AMANE_HOST):$(AMANE_PORT) (Ctrl-C stops it)."
	@echo "Load the extension: in Chromium/Chrome open chrome://extensions, turn on Developer mode,"
	@echo "click 'Load unpacked' and choose $(CURDIR)/extension; in Firefox open about:debugging,"
	@echo "'This Firefox', 'Load Temporary Add-on' and choose $(CURDIR)/extension/manifest.json."
	$(VENV)/bin/amane serve

# The extension's tooling (web-ext, puppeteer-core) from the committed lock. Without npm it is left out and
# the tests that need it skip (or fail under REQUIRE_BROWSER=1).
NODE_DEPS := $(if $(shell command -v npm),extension/node_modules/.package-lock.json)

extension/node_modules/.package-lock.json: extension/package.json extension/package-lock.json
	cd extension && npm ci --no-audit --no-fund
	touch $@

test: $(VENV)/.test $(NODE_DEPS)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.test
	$(VENV)/bin/ruff check .

eval: $(VENV)/.test
	$(PY) -m detector.eval $(CORPUS)

bench: $(VENV)/.test
	$(PY) -m bench $(CORPUS)

extension:
	$(PYTHON) extension/scripts/package.py dist

clean:
	rm -rf $(VENV) build dist *.egg-info
