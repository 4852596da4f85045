# Two entry points, both set up everything they need from a clean clone:
#   make demo   analyse the RAG assistant example: report (Markdown + HTML) and diagram (SVG + DOT) in out/
#   make test   lint (ruff, dead code), type-check and run the whole test suite (what CI runs)

VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
EXAMPLE ?= examples/rag_assistant/before.py
OUT ?= out

.PHONY: setup demo test lint typecheck pytest app-example docs clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	bash scripts/ensure-graphviz.sh
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,yaml,bench]'
	touch $@

demo: setup
	mkdir -p $(OUT)
	$(BIN)/threatgraph analyze $(EXAMPLE)
	$(BIN)/threatgraph analyze $(EXAMPLE) --format md -o $(OUT)/report.md
	$(BIN)/threatgraph analyze $(EXAMPLE) --format html -o $(OUT)/report.html
	$(BIN)/threatgraph render $(EXAMPLE) --format svg -o $(OUT)/diagram.svg
	$(BIN)/threatgraph render $(EXAMPLE) --format dot -o $(OUT)/diagram.dot
	@echo "wrote $(OUT)/report.md, $(OUT)/report.html, $(OUT)/diagram.svg, $(OUT)/diagram.dot"

lint: setup
	$(BIN)/ruff check src tests examples benchmarks
	$(BIN)/ruff format --check src tests examples benchmarks
	$(BIN)/vulture  # dead code in src/: settings in pyproject.toml, false positives in tools/vulture_whitelist.py

typecheck: setup
	$(BIN)/mypy --strict src

pytest: setup
	$(BIN)/pytest

app-example: setup
	cd examples/app-with-threat-model && ../../$(BIN)/python -m pytest -q

docs: setup
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir $(OUT)/site

test: lint typecheck pytest app-example docs

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache .hypothesis site
