# make demo: a running factcheck with sample articles; make test: the test suite.
# Both set everything up on a fresh machine (a virtualenv in .venv).

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: install demo demo-setup serve test test-fast migrate check bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e ".[test]"
	touch $@

migrate: install
	DEBUG=$${DEBUG:-true} $(PY) manage.py migrate --noinput

demo-setup: migrate
	DEBUG=$${DEBUG:-true} $(PY) manage.py import_articles samples/articles
	DEBUG=$${DEBUG:-true} $(PY) manage.py demo_editor --host $(HOST)

demo: demo-setup serve

serve:
	@echo "factcheck is serving http://$(HOST)/admin/ and http://$(HOST)/api/v1/ (Ctrl-C stops it)"
	DEBUG=$${DEBUG:-true} $(PY) manage.py runserver $(HOST)

test: install
	$(PY) -m pytest

test-fast: install
	$(PY) -m pytest -m "not slow and not browser"

check: install
	DEBUG=true $(PY) manage.py makemigrations --check --dry-run
	DEBUG=true $(PY) manage.py check

# Benchmarks need PostgreSQL (BENCH_DATABASE_URL) and a quiet machine; results go to docs/benchmarks.md.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/factcheck_bench
bench: install
	$(PY) bench/import.py --database-url $(BENCH_DATABASE_URL)
	$(PY) bench/linking.py --database-url $(BENCH_DATABASE_URL)
	$(PY) bench/extract.py
	$(PY) bench/attribution_eval.py

clean:
	rm -rf $(VENV) var
