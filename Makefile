# Set-up is part of every target: a fresh clone needs nothing but python3 and npm.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate check test sweep bench clean

$(STAMP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $(STAMP)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch node_modules/.installed

generate: $(STAMP)
	$(PY) -m generator generate

check: $(STAMP)
	$(PY) -m generator check

test: $(STAMP) node_modules/.installed
	$(PY) -m pytest -n 2 -q

# The real-world bar in full (not in `make test`, which calls a sample): every operation of
# the ten real/ specs against Prism, and Stripe and GitHub generated and type-checked.
sweep: $(STAMP) node_modules/.installed
	$(PY) -m tests.realworld

bench: $(STAMP)
	$(PY) bench/stages.py
	$(PY) bench/generate.py
	$(PY) bench/runtime.py
	$(PY) bench/first_call.py

clean:
	rm -rf $(VENV) node_modules
