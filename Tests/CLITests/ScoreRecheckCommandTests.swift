import Foundation
import Testing

/// `score --recheck`: scores with a dataset's checks, and exits 2 naming the first
/// mismatch between the dataset and a run.
@Suite struct ScoreRecheckCommandTests {
    static let release = #"{"id":"short","system_id":3,"domain":"travel","mode":"parallel","system":{"text":"Be brief."},"turns":[{"id":"t1","user":"Describe Wuhan.","alignment":"aligned","depends_on":[],"checklist":[{"id":1,"type":"format","text":"Under 5 words","check":{"count":"words","less_than":5},"verify":"check"},{"id":2,"type":"style","text":"Friendly"}]}]}"#
        + "\n"

    /// A results line for case `caseID` with the given item texts, all judged 是.
    static func results(caseID: String = "short", texts: [String] = ["Under 5 words", "Friendly"]) -> String {
        let items = texts.enumerated().map { #"{"id":\#($0.offset + 1),"type":"format","verdict":"是","text":"\#($0.element)"}"# }
        return #"{"case":"\#(caseID)","mode":"parallel","turn":1,"alignment":"aligned","model":"m","items":[\#(items.joined(separator: ","))],"reason":null,"judge_failure":false,"response":"Wuhan is a big river city"}"#
            + "\n"
    }

    private func write(_ text: String, _ name: String, in folder: String) throws -> String {
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func scoresWithTheFinalVerdicts() throws {
        let folder = try CLI.scratch()
        let dataset = try write(Self.release, "release.jsonl", in: folder)
        let run = try write(Self.results(), "results.jsonl", in: folder)
        let plain = try CLI.run(["score", run, "--bootstrap", "0", "--format", "json"])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("\"checks\""))
        let output = try CLI.run(["score", "--recheck", dataset, run, "--bootstrap", "0", "--format", "json"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        #expect(output.stdout.contains(#""changed": 1"#))
        #expect(output.stdout.contains(#""total": 0.5"#))
    }

    @Test func anUnknownCaseExitsTwo() throws {
        let folder = try CLI.scratch()
        let dataset = try write(Self.release, "release.jsonl", in: folder)
        let run = try write(Self.results(caseID: "long"), "results.jsonl", in: folder)
        let output = try CLI.run(["score", "--recheck", dataset, run])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "\(run): error: case long: no case with that id in \(dataset)\n")
    }

    @Test func aDifferentChecklistExitsTwo() throws {
        let folder = try CLI.scratch()
        let dataset = try write(Self.release, "release.jsonl", in: folder)
        let run = try write(Self.results(texts: ["Under 5 words", "Formal"]), "results.jsonl", in: folder)
        let output = try CLI.run(["score", "--recheck", dataset, run])
        #expect(output.status == 2)
        #expect(output.stderr.contains(#"case short, turn 1, item 2: the checklist differs from the dataset's: the run has "Formal", the dataset "Friendly""#))
    }

    @Test func anUnreadableDatasetExitsTwo() throws {
        let folder = try CLI.scratch()
        let run = try write(Self.results(), "results.jsonl", in: folder)
        let output = try CLI.run(["score", "--recheck", folder + "/missing.jsonl", run])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("error: "))
    }

    /// What `make demo` runs: the example dataset's checks, in both languages, on the
    /// hand-written sample run, whose checklists must match the dataset's.
    @Test func theDemoShowsAChecksSection() throws {
        let output = try CLI.run([
            "score", "--recheck", CLI.packageRoot + "/dataset", CLI.packageRoot + "/examples/sample-run",
            "--bootstrap", "0", "--format", "json",
        ])
        #expect(output.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let model = try #require((root["models"] as? [[String: Any]])?.first)
        let checks = try #require(model["checks"] as? [String: Any])
        let details = try #require(checks["details"] as? [[String: Any]])
        #expect(try #require(checks["items"] as? Int) >= 20)
        let cases = Set(details.compactMap { $0["case"] as? String })
        #expect(cases.contains("qinglan-museum-guide") && cases.contains("anju-rental-advisor"))
        #expect(cases.contains("lisbon-local-guide"))
    }

    @Test func reportShowsTheChecks() throws {
        let folder = try CLI.scratch()
        let dataset = try write(Self.release, "release.jsonl", in: folder)
        let run = try write(Self.results(), "results.jsonl", in: folder)
        let page = folder + "/report.html"
        let output = try CLI.run(["report", "--recheck", dataset, run, "--out", page, "--bootstrap", "0"])
        #expect(output.status == 0)
        let html = try CLI.read(page)
        #expect(html.contains("<section id=\"checks\">"))
        #expect(html.contains("fail · 6"))
    }
}
