# foi-tally: `make demo` and `make test` are the whole quick start.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test bench sample fixtures goldens lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m compileall -q foi_tally
	touch $(STAMP)

install: $(STAMP)

## Ingest the sample round robin in data/raw and print the national table.
demo: install
	$(BIN)/foi-tally ingest data/raw
	$(BIN)/foi-tally report --by-force

## Run the test suite. pytest's exit code 5 (no tests collected) is a failure here.
test: install
	$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "error: no tests were collected" >&2; exit 1; fi; exit $$rc

## Time a cold and a warm ingest; print files/s, peak memory and the read time per file format.
bench: install
	$(BIN)/python scripts/bench.py --by-kind

## Regenerate the sample round robin (data/raw) and the test fixtures.
sample: install
	$(BIN)/python scripts/make_sample.py

fixtures: install
	$(BIN)/python scripts/make_fixtures.py

## Rewrite the golden records from the current parsers: review the diff before committing.
goldens: install
	$(BIN)/python scripts/update_goldens.py

lint: install
	$(BIN)/ruff check foi_tally tests scripts

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
