# sysbench-kit: the two commands of the quick start are `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/release/sysbench-kit
DATASET ?= dataset

.PHONY: setup release demo test lint bench bench-score clean

## Install what a fresh Debian machine lacks (libyaml-dev), only when it is missing.
setup:
	@bash scripts/setup.sh

## Build the release binary.
release: setup
	$(SWIFT) build -c release --product sysbench-kit

## Lint and build the example dataset, then print its statistics.
demo: release
	$(BIN) lint --strict $(DATASET)
	$(BIN) build $(DATASET) --out build
	$(BIN) stats build/sysbench.jsonl

## Run every test (unit tests and end-to-end tests of the built binary).
test: setup
	$(SWIFT) build --product sysbench-kit
	$(SWIFT) test

## Lint the example dataset the way pre-commit does.
lint: release
	$(BIN) lint --strict $(DATASET)

## Every benchmark; each reports ratios against a baseline measured in the same run.
bench: bench-score bench-build

## score on the four SysBench runs against a bare Python json.load of the same files.
bench-score: release
	bash bench/score.sh

include bench/Makefile.inc

clean:
	rm -rf .build build
