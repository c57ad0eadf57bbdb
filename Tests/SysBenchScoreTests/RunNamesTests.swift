import Testing
@testable import SysBenchScore

/// A run of parallel sessions, each a list of turns of verdicts.
private func run(_ model: String, source: String = "x", _ sessions: [(String, [[String]])]) -> ScoredRun {
    ScoredRun(model: model, source: source, sessions: sessions.map { caseID, turns in
        ScoredSession(caseID: caseID, mode: .parallel, turns: turns.enumerated().map { offset, verdicts in
            ScoredTurn(index: offset + 1, alignment: .aligned, items: verdicts.enumerated().map { index, raw in
                ScoredItem(id: String(index + 1), type: .content, verdict: Verdict(raw: raw))
            })
        })
    })
}

@Suite struct RunArgumentTests {
    @Test func nameEqualsPathNamesTheRun() {
        let argument = RunArgument(parsing: "base=runs/a", exists: { _ in false })
        #expect(argument == RunArgument(name: "base", path: "runs/a"))
    }

    @Test func plainPathsAndPathsWithEqualsStayPaths() {
        #expect(RunArgument(parsing: "runs/a", exists: { _ in false }) == RunArgument(name: nil, path: "runs/a"))
        // A slash before the `=`: a folder named with `=`, not a name.
        #expect(RunArgument(parsing: "runs/x=1/results.jsonl", exists: { _ in false }).name == nil)
        // The whole argument exists: it is a path even though it looks like NAME=PATH.
        #expect(RunArgument(parsing: "a=b.jsonl", exists: { $0 == "a=b.jsonl" }) == RunArgument(name: nil, path: "a=b.jsonl"))
        // No name before the `=`.
        #expect(RunArgument(parsing: "=b.jsonl", exists: { _ in false }).name == nil)
        // Only the first `=` splits.
        #expect(RunArgument(parsing: "m=a=b", exists: { _ in false }) == RunArgument(name: "m", path: "a=b"))
    }
}

@Suite struct RunNamingTests {
    @Test func givenNamesWinAndDuplicatesGetNumbers() {
        let runs = [run("fake-model", source: "a", []), run("fake-model", source: "b", []), run("fake-model", source: "c", [])]
        let named = RunNaming.apply([nil, nil, "mine"], to: runs)
        #expect(named.runs.map(\.model) == ["fake-model", "fake-model#2", "mine"])
        #expect(named.renamed == [RunNaming.Renamed(name: "fake-model", unique: "fake-model#2", source: "b")])
        #expect(named.renamed.first?.message
            == "two runs are named 'fake-model'; the one from b is shown as 'fake-model#2' (name runs with NAME=PATH)")
    }

    @Test func aNumberNeverTakesAGivenName() {
        let runs = [run("m", []), run("m", []), run("x", [])]
        let named = RunNaming.apply([nil, nil, "m#2"], to: runs)
        #expect(named.runs.map(\.model) == ["m", "m#3", "m#2"])
    }

    @Test func uniqueNamesAreLeftAlone() {
        let named = RunNaming.apply([], to: [run("a", []), run("b", [])])
        #expect(named.runs.map(\.model) == ["a", "b"])
        #expect(named.renamed.isEmpty)
    }
}

@Suite struct SessionCoverageTests {
    @Test func differentSessionsAreComparedOnlyWhereShared() {
        // A: c1 passes (2 of 2 items), c2 fails (0 of 1). B: c1 fails (0 of 1), c3 passes.
        // Shared: c1 only. Over c1, A has CSR 2/2 = 1, ISR 1/1 = 1, SSR 1; B has 0, 0, 0.
        let a = run("a", [("c1", [["yes", "yes"]]), ("c2", [["no"]])])
        let b = run("b", [("c1", [["no"]]), ("c3", [["yes"]])])
        let report = ScoreReport(runs: [a, b], policy: .sysbench, bootstrap: BootstrapSettings(replicates: 0))
        let coverage = report.coverage
        #expect(coverage.sessions == [2, 2])
        #expect(coverage.shared == 1)
        #expect(!coverage.isUniform)
        #expect(coverage.sharedHeadlines == [Headline(csr: 1, isr: 1, ssr: 1), Headline(csr: 0, isr: 0, ssr: 0)])
        #expect(report.differences.first?.difference.matchedSessions == 1)
        #expect(coverage.warning(names: ["a", "b"])
            == "the runs cover different sessions (a 2, b 2): paired differences and ★ use only the 1 session they share")
    }

    @Test func sameSessionsNeedNoWarning() {
        let a = run("a", [("c1", [["yes"]])])
        let coverage = ScoreReport(runs: [a, a], policy: .sysbench, bootstrap: BootstrapSettings(replicates: 0)).coverage
        #expect(coverage.isUniform)
        #expect(coverage.warning(names: ["a", "a#2"]) == nil)
    }
}
