# Hearth: two commands on a fresh machine with Python 3.11 and Node.
#   make run   installs what is needed, migrates SQLite, loads the demo authority, serves on :8000
#   make test  installs what the tests need (PostgreSQL, Chromium) and runs the whole suite
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export HEARTH_DEBUG ?= 1
export HEARTH_SECURE_COOKIES ?= 0

.PHONY: run test install assets migrate demo serve lint check help

help:
	@echo "make run   - set up and serve the demo on http://$(HOST):$(PORT)"
	@echo "make test  - set up and run the whole test suite (SQLite and PostgreSQL, browser tests)"

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

build/static/hearth.css: node_modules/.installed hearth/scss/hearth.scss
	mkdir -p build/static
	node_modules/.bin/sass --load-path=. --load-path=node_modules --style=compressed --no-source-map --quiet-deps \
		hearth/scss/hearth.scss build/static/hearth.css 2>build/sass.log || { cat build/sass.log; exit 1; }

install: $(VENV)/.installed
assets: build/static/hearth.css

migrate: install assets
	$(PY) manage.py migrate --no-input

demo: migrate
	$(PY) manage.py load_demo

serve:
	$(PY) manage.py runserver $(HOST):$(PORT)

run: demo serve

lint: install
	$(VENV)/bin/ruff check hearth tests bench

check: install assets
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py check

test: install assets
	bash scripts/test.sh
