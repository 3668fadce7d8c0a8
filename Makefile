# contaudio_nb: the two commands of the README, and the helpers behind them.
#   make demo   - set up .venv if needed, then run the end-to-end demo (`contaudio demo`)
#   make test   - set up .venv if needed, then run every check CI runs (.ci/test)
#   make lab    - set up .venv if needed, then open the notebooks (nbs/) in JupyterLab
#   make format - format the notebooks' code (ruff: lines of at most 100 characters, one statement per line), export
# Both create or refresh the local virtual environment .venv; when it is up to date they skip the install.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export MPLBACKEND := Agg
export OMP_WAIT_POLICY := PASSIVE  # no busy-waiting OpenMP threads: several times faster on a shared 2-core machine

.PHONY: demo test test-slow docs lab format venv clean-venv

venv: $(STAMP)

# The install recipe checked on a 2-core CPU machine: pinned torch first, then the packages whose declared
# dependencies cannot install here (pyaudio; ancient pins; laion-clap's numpy<2, although it runs on numpy 2) with
# --no-deps, then the project (whose dev extras bring what laion-clap imports).
$(STAMP): settings.ini setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.14.1 torchvision==0.29.1 torchaudio==2.11.0
	$(BIN)/pip install -q --no-deps tinysoundfont==0.3.7 aisfx==0.1.2 laion-clap==1.1.7
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/contaudio demo

test: $(STAMP)
	PATH=$(abspath $(BIN)):$$PATH bash .ci/test

test-slow: $(STAMP)
	PATH=$(abspath $(BIN)):$$PATH bash .ci/test --flags slow

# The notebooks are trusted first (a signature in Jupyter's data folder; the files are untouched): JupyterLab shows
# an untrusted notebook's stored HTML outputs without their audio, so the players would be silent.
lab: $(STAMP)
	$(BIN)/jupyter trust nbs/*.ipynb >/dev/null
	$(BIN)/jupyter lab --notebook-dir=nbs

# The code style every notebook follows (checked by .ci/test): ruff's formatter, lines of at most 100 characters,
# quotes left as written; then the notebooks are cleaned and the library exported from them.
RUFF_FORMAT := format --line-length 100 --config "format.quote-style='preserve'"
format: $(STAMP)
	$(BIN)/ruff $(RUFF_FORMAT) nbs
	PATH=$(abspath $(BIN)):$$PATH nbdev_clean && PATH=$(abspath $(BIN)):$$PATH nbdev_export

docs: $(STAMP)
	PATH=$(abspath $(BIN)):$$PATH bash .ci/docs

clean-venv:
	rm -rf $(VENV)
