# Two commands on a fresh machine:
#   make demo   set up .venv and map the bundled seed articles (artifacts/idlib_incidents.html)
#   make test   set up .venv (and headless Chromium) and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SOURCES ?= ../shared/data

.PHONY: setup demo test browser gazetteer bench notebook clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test,offline,build]"
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(VENV)/bin/geoincidents extract seeds -o artifacts/idlib_incidents.gpkg
	$(VENV)/bin/geoincidents map seeds -o artifacts/idlib_incidents.html --offline --title "Idlib incidents (seed articles)"
	@echo "Open artifacts/idlib_incidents.html in a browser; artifacts/idlib_incidents.gpkg in QGIS."

browser:
	@bash scripts/ensure_chromium.sh

test: setup browser
	$(PY) -m pytest -q

# Rebuild data/gazetteer/ from the raw sources (read in place, never copied).
gazetteer: setup
	$(PY) -m geoincidents.gazetteer.build --sources $(SOURCES) --out data/gazetteer

# Open the tutorial in JupyterLab (installs the notebook extra: JupyterLab, matplotlib).
notebook: setup
	$(PY) -m pip install -q -e ".[notebook]"
	$(VENV)/bin/jupyter lab notebooks/idlib_incidents.ipynb

bench: setup
	$(PY) benchmarks/run_all.py

clean:
	rm -rf artifacts build dist *.egg-info .pytest_cache
