import ArgumentParser

/// What `help COMMAND` (and `COMMAND --help`) prints after ArgumentParser's text: a few
/// real examples and the exit codes. ArgumentParser has no place for an epilogue, so
/// the command line prints it itself (`SysBenchKit.main`).
enum CommandHelp {
    /// The exit codes every command shares, then what each means for the command.
    static let exitCodes: [String: String] = [
        "init": "0 the dataset was written; 2 DIR is not empty or could not be written.",
        "lint": "0 no errors (warnings allowed unless --strict); 1 problems found; 2 could not run (a missing path, an unreadable file).",
        "build": "0 built; 1 lint found errors (in a case or dataset.yaml), nothing was written; 2 could not run.",
        "import": "0 imported; 2 the file could not be read, is not a release (or is empty), or the folder is not empty.",
        "export": "0 exported; 1 lint found errors in the dataset, nothing was written; 2 could not run.",
        "stats": "0 printed; 1 dataset.yaml has errors; 2 the input could not be read.",
        "new": "0 the case file was written; 1 dataset.yaml has errors; 2 a bad id, value or an existing file.",
        "run": "0 the run is complete; 2 could not run (bad flags, unreadable dataset, server errors).",
        "score": "0 scored; 2 an input could not be read or does not match the --recheck dataset.",
        "report": "0 the page was written; 2 an input could not be read, does not match the --recheck dataset, or the page could not be written.",
        "calibrate": "as its subcommands: see `help calibrate sample` and `help calibrate agree`.",
        "calibrate sample": "0 written; 2 the run could not be read, the sample is larger than the run, the run has judge failures only, or --out is not empty.",
        "calibrate agree": "0 every bar met; 1 a --min-* bar was missed by a pair with a judge; 2 an input could not be used (a label outside the sample, two labels by one person for one item, an unknown label, runs whose answers differ), naming the first case.",
    ]

    /// Two or three real command lines per command, each with what it does.
    static let examples: [String: [(command: String, what: String)]] = [
        "init": [
            ("sysbench-kit init mybench", "a new English dataset in mybench/"),
            ("sysbench-kit init 中文集 --language zh", "a new dataset whose cases default to Chinese"),
        ],
        "lint": [
            ("sysbench-kit lint", "every case under dataset/"),
            ("sysbench-kit lint mybench/cases/lisbon-guide.yaml --strict", "one case, failing on warnings too"),
            ("sysbench-kit lint mybench --format json", "machine-readable findings"),
        ],
        "build": [
            ("sysbench-kit build", "dataset/ into build/sysbench.jsonl and build/manifest.json"),
            ("sysbench-kit build mybench --out mybench-release", "another dataset, another folder"),
        ],
        "import": [
            ("sysbench-kit import sysbench system_benchmark_eval_datas.json --out sysbench", "the SysBench release as YAML cases"),
            ("sysbench-kit import sysbench release.json --out sysbench --force --no-checks", "over an existing folder, without length checks"),
        ],
        "export": [
            ("sysbench-kit export sysbench dataset --out release.json", "a dataset folder in the SysBench format"),
            ("sysbench-kit export sysbench build/sysbench.jsonl --out release.json", "a built release"),
        ],
        "stats": [
            ("sysbench-kit stats", "Table 1 for dataset/"),
            ("sysbench-kit stats build/sysbench.jsonl --format markdown", "a built release, as Markdown"),
            ("sysbench-kit stats system_benchmark_eval_datas.json --format json", "the SysBench release, as JSON"),
        ],
        "new": [
            ("sysbench-kit new lisbon-guide", "dataset/cases/lisbon-guide.yaml to fill in"),
            ("sysbench-kit new tea-shop --dataset mybench --mode dependent --language zh", "a dependent Chinese case in mybench/"),
        ],
        "run": [
            ("sysbench-kit run --dataset build/sysbench.jsonl --model m --judge-model j --base-url http://localhost:8000 --out runs/m",
             "answer and judge every turn; rerun to resume"),
            ("sysbench-kit run --dataset build/sysbench.jsonl --model m --judge-model j --base-url http://localhost:8000 --out runs/try --limit 2",
             "a quick try on the first two cases"),
            ("sysbench-kit run --dataset build/sysbench.jsonl --model m --judge-model j --out runs/m --batch-out batch/",
             "write the pending requests for a batch service"),
        ],
        "score": [
            ("sysbench-kit score runs/m", "CSR, ISR and SSR of one run folder"),
            ("sysbench-kit score --recheck dataset runs/a runs/b", "two runs compared, with the dataset's checks applied to their answers"),
            ("sysbench-kit score gpt4_eval.json --policy strict --bootstrap 0", "a SysBench evaluated run, no intervals"),
        ],
        "report": [
            ("sysbench-kit report runs/m", "report.html for one run"),
            ("sysbench-kit report runs/a runs/b --out compare.html", "two runs on one page"),
        ],
        "calibrate": [
            ("sysbench-kit calibrate sample runs/m --size 150 --seed 7 --out calib", "a sample for people to label"),
            ("sysbench-kit calibrate agree calib alice.csv bob-labels.json", "people against the judge"),
        ],
        "calibrate sample": [
            ("sysbench-kit calibrate sample runs/gpt4o_eval.json --size 150 --seed 7 --out calib", "150 items of a SysBench run"),
            ("sysbench-kit calibrate sample runs/my-model --size 60 --seed 1 --out calib-shown --show-judge", "annotators see the judge's verdict"),
        ],
        "calibrate agree": [
            ("sysbench-kit calibrate agree calib calib/items.csv bob-labels.json ls-export.json", "CSV, label page and Label Studio labels"),
            ("sysbench-kit calibrate agree runs/gpt4o_eval.json runs/rejudged --format json --out agree.json", "judge against judge"),
            ("sysbench-kit calibrate agree calib alice.csv --min-agreement 0.9 --min-ac1 0.8", "a CI gate"),
        ],
    ]

    /// The text printed after the help of `command`: its examples and exit codes.
    static func epilogue(for command: String) -> String {
        var out = ""
        if let examples = examples[command], !examples.isEmpty {
            out += "EXAMPLES:\n"
            for example in examples {
                out += "  \(example.command)\n      \(example.what)\n"
            }
        }
        if let codes = exitCodes[command] {
            if !out.isEmpty { out += "\n" }
            out += "EXIT STATUS:\n  \(codes)\n"
        }
        return out
    }

    /// `a|b|c`: the values a choice flag takes, for its value name in the help.
    static func choices<Choice: CaseIterable & RawRepresentable>(_: Choice.Type) -> String where Choice.RawValue == String {
        Choice.allCases.map(\.rawValue).joined(separator: "|")
    }
}
