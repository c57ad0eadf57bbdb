import FuzzSupport
import SysBenchCore
import SysBenchLint

// Any bytes as a case file of a dataset like the example one (the SysBench domains, five
// turns a case): every lint step, then every reporter, which quotes the source lines.
let config = DatasetConfig(turnsPerCase: 5, domains: Domain.sysbench)
fuzz { bytes in
    let file = Linter.lint(Array(bytes), as: "dataset/cases/fuzz-case.yaml", config: config)
    for format in ReportFormat.allCases {
        var reporter = format.makeReporter()
        _ = reporter.report(file)
    }
}
