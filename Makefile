# Fresh-machine entry points (Debian/Ubuntu, Python 3.11). See README.md.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
APT_RUN := apertium apertium-mkd-bul apertium-mkd-eng apertium-hbs-eng
# hunspell dictionaries: which capitalized words are common words (workbench/lexicon.py)
APT_RUN += hunspell-kk hunspell-tr hunspell-bg hunspell-ru hunspell-sr hunspell-en-us hunspell-en-gb
APT_TEST := $(APT_RUN) chromium chromium-driver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUT ?= out

.PHONY: demo test setup setup-test apt-run apt-test

# Install (light: no torch) and run the main job on seeds/ with the embedded defaults.
demo: setup
	$(BIN)/workbench run seeds --out $(OUT)

# Install everything the tests need (torch pinned to the CPU wheel) and run them.
test: setup-test
	$(BIN)/python -m pytest -q

setup: apt-run $(VENV)/.installed-run
setup-test: apt-test $(VENV)/.installed-test

apt-run:
	@dpkg -s $(APT_RUN) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_RUN); }

apt-test:
	@dpkg -s $(APT_TEST) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_TEST); }

$(VENV)/bin/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed-run: $(VENV)/bin/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed-run
