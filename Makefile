# Two entry points for a fresh machine with Python 3.11 and pip: `make demo` and `make test`.
# Both install the versions in requirements.lock (checked by hash), so a fresh clone tests what
# CI passed with; `make test-latest` tries what the package index serves today instead.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock
# Every extra in pyproject.toml, so a new one is installed and locked without editing this file.
EXTRAS := $(shell $(PYTHON) -c "import tomllib; print(','.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']))")

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	$(BIN)/pip check
	touch $(STAMP)

.PHONY: install demo test lint browser lock test-latest wheel-check bench gallery
install: $(STAMP)

demo: $(STAMP)
	$(BIN)/samsim run

# The report tests open the HTML report in Debian's headless Chromium; install it when it is
# missing and we may (root), otherwise those tests say they were skipped and why.
browser:
	@command -v chromium >/dev/null 2>&1 || [ "$$(id -u)" != 0 ] || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

test: $(STAMP) browser
	$(BIN)/ruff check simulator tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -n 2 -q

# The built wheel, installed outside the repository, runs the demo, lists the idealtypes and
# writes a starting scenario (CI runs this after `make test`).
wheel-check: $(STAMP)
	PYTHON=$(PYTHON) .ci/wheel-check

# Every benchmark with the project's environment, then a table of their times in the format of
# benchmarks/README.md (many minutes; the list is benchmarks/suite.py's).
bench: $(STAMP)
	$(BIN)/python -m benchmarks.suite

lint: $(STAMP)
	$(BIN)/ruff check simulator tests benchmarks
	$(BIN)/ruff format --check simulator tests benchmarks

# Rewrites requirements.lock from pyproject.toml (all extras, with hashes). Pins that still
# satisfy pyproject.toml are kept, so a new dependency or extra adds only its own packages;
# `make lock UPGRADE=1` moves every pin to the newest release.
lock:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet 'pip-tools>=7.5'
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --all-extras --strip-extras \
		--generate-hashes --allow-unsafe --no-emit-index-url --no-emit-find-links \
		--no-emit-trusted-host $(if $(UPGRADE),--upgrade) --output-file $(LOCK) pyproject.toml

# The test suite against the newest releases pyproject.toml allows, in a separate environment:
# what a dependency update (or `make lock UPGRADE=1`) would break.
LATEST := .venv-latest
test-latest: browser
	rm -rf $(LATEST)
	$(PYTHON) -m venv $(LATEST)
	$(LATEST)/bin/pip install --quiet --upgrade pip
	$(LATEST)/bin/pip install --quiet --upgrade -e '.[$(EXTRAS)]'
	$(LATEST)/bin/ruff check simulator tests benchmarks
	$(LATEST)/bin/lint-imports
	$(LATEST)/bin/python -m pytest -n 2 -q

# docs/gallery.md from scenarios/gallery/: each system against its region's baseline under
# common random numbers, 5 replications of 26 weeks: about 2.5 CPU minutes.
gallery: $(STAMP)
	$(BIN)/python -m simulator.gallery.page --replications 5 --weeks 26 --out docs/gallery.md
