# sysbench-kit: the two commands of the quick start are `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/release/sysbench-kit
DATASET ?= dataset
SAMPLE_RUN ?= examples/sample-run

.PHONY: setup release demo test lint report-check label-check bench bench-score bench-run fuzz sanitize clean

## Install what a fresh Debian machine lacks (libyaml-dev), only when it is missing.
setup:
	@bash scripts/setup.sh

## Build the release binary.
release: setup
	$(SWIFT) build -c release --product sysbench-kit

## Lint and build the example dataset, print its statistics, then score the hand-written
## sample run (examples/sample-run) with the dataset's checks applied to its answers
## (--recheck) and write its HTML report.
demo: release
	$(BIN) lint --strict $(DATASET)
	$(BIN) build $(DATASET) --out build
	$(BIN) stats build/sysbench.jsonl
	$(BIN) score --recheck $(DATASET) $(SAMPLE_RUN)
	@mkdir -p build
	$(BIN) report --recheck $(DATASET) $(SAMPLE_RUN) --out build/sample-report.html
	@echo "Open build/sample-report.html in a browser: charts and the failed turns of the sample run."

## Run every test (unit tests and end-to-end tests of the built binary).
test: setup
	$(SWIFT) build --product sysbench-kit
	$(SWIFT) test

## Lint the example dataset the way pre-commit does.
lint: release
	$(BIN) lint --strict $(DATASET)

## Render the HTML report of the four real runs and of the sample run to PNGs under build/
## with headless Chromium (installed with fonts-noto-cjk if missing). Not part of `make test`.
report-check: release
	@bash scripts/report-check.sh $(BIN)

## Drive the calibration label page (label.html) in headless Chromium through Selenium:
## label by keyboard and mouse, reload, export labels.json and read it back; screenshot
## under build/label-check/. Installs chromium, chromium-driver and selenium if missing.
## Not part of `make test`.
label-check: setup
	@bash scripts/label-check.sh

## Every benchmark; each reports ratios against a baseline measured in the same run.
bench: bench-score bench-build bench-memory bench-run

## score on the four SysBench runs against a bare Python json.load of the same files.
bench-score: release
	bash bench/score.sh

## run against the stand-alone fake server at 50 ms latency: wall time against the ideal.
bench-run: setup
	bash bench/run.sh 48 5 8 50

## Build the libFuzzer targets of Fuzz/ and run each for FUZZ_SECONDS (default 60) from
## the seed corpus in Fuzz/Corpus. A crash, leak, 1 s timeout or 256 MiB fails. Not in `make test`.
FUZZ_SECONDS ?= 60
fuzz: setup
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz.sh

## Every test under AddressSanitizer, the concurrent ones under ThreadSanitizer
## (scratch paths .build-asan and .build-tsan). Not in `make test`: it rebuilds everything twice.
sanitize: setup
	bash scripts/sanitize.sh

include bench/Makefile.inc

clean:
	rm -rf .build build .build-asan .build-tsan Fuzz/.build
