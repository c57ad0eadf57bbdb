import Foundation
import Testing

/// Runs the built `sysbench-kit calibrate` (and `run --rejudge`, `report --calibration`)
/// and checks files, output and exit status.
@Suite struct CalibrateCommandTests {
    static let gpt4o = URL(fileURLWithPath: CLI.packageRoot + "/../shared/sysbench/runs/gpt4o_eval.json").standardizedFileURL.path
    static let sampleFiles = ["items.csv", "label.html", "labelstudio.json", "labelstudio.xml", "sample.json"]

    /// The sampled keys and judge verdicts of a sample folder's sample.json.
    func sampled(_ folder: String) throws -> [(caseID: String, turn: Int, item: Int, judge: String)] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/sample.json"))
        let top = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(top["items"] as? [[String: Any]])
        return items.map {
            ($0["case"] as? String ?? "", $0["turn"] as? Int ?? 0, $0["item"] as? Int ?? 0, $0["judge"] as? String ?? "")
        }
    }

    /// A labels CSV: the judge's verdict on every item, except `flipped` rows turned over.
    func labels(_ folder: String, flipped: Set<Int> = [], extra: String = "") throws -> String {
        var text = "case,turn,item,label\r\n"
        for (index, item) in try sampled(folder).enumerated() {
            let yes = item.judge == "是"
            let label = flipped.contains(index) ? (yes ? "no" : "yes") : (yes ? "yes" : "no")
            text += "\(item.caseID),\(item.turn),\(item.item),\(label)\r\n"
        }
        return text + extra
    }

    @Test func sampleWritesFiveReproducibleFilesAndRefusesANonEmptyOut() throws {
        guard CLI.hasRealData else { return }
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try CLI.run(["calibrate", "sample", Self.gpt4o, "--size", "30", "--seed", "7", "--out", folder + "/a"])
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("wrote \(folder)/a: 30 items"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/a").sorted() == Self.sampleFiles)
        #expect(try CLI.run(["calibrate", "sample", Self.gpt4o, "--size", "30", "--seed", "7", "--out", folder + "/b"]).status == 0)
        for name in Self.sampleFiles {
            #expect(FileManager.default.contentsEqual(atPath: folder + "/a/" + name, andPath: folder + "/b/" + name), "\(name) differs")
        }
        let items = try sampled(folder + "/a")
        #expect(items.count == 30 && items.allSatisfy { $0.caseID.hasPrefix("sysbench-") && $0.caseID.count == 12 })
        #expect(try !String(contentsOfFile: folder + "/a/label.html", encoding: .utf8).contains("\"judge\":"))

        let again = try CLI.run(["calibrate", "sample", Self.gpt4o, "--size", "30", "--seed", "7", "--out", folder + "/a"])
        #expect(again.status == 2)
        #expect(again.stderr == "\(folder)/a: error: --out is not empty (5 entries); choose a new folder\n")
        let large = try CLI.run(["calibrate", "sample", Self.gpt4o, "--size", "99999", "--seed", "7", "--out", folder + "/c"])
        #expect(large.status == 2)
        #expect(large.stderr.hasSuffix("error: the sample size 99999 is larger than the 5952 items the judge gave a verdict on\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/c"))
    }

    @Test func agreeComparesLabelsWithTheJudgeAndGates() throws {
        guard CLI.hasRealData else { return }
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = folder + "/calib"
        #expect(try CLI.run(["calibrate", "sample", Self.gpt4o, "--size", "20", "--seed", "3", "--out", sample]).status == 0)
        // Two of 20 flipped: agreement 18/20 = 0.9 by hand.
        try labels(sample, flipped: [0, 5]).write(toFile: folder + "/ann.csv", atomically: true, encoding: .utf8)
        let json = try CLI.run(["calibrate", "agree", sample, folder + "/ann.csv", "--format", "json", "--bootstrap", "50"])
        #expect(json.status == 0)
        let top = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let pair = try #require((top["pairs"] as? [[String: Any]])?.first)
        #expect(pair["a"] as? String == "ann" && pair["b"] as? String == "judge:gpt-4o")
        #expect(pair["n"] as? Int == 20 && pair["agreement"] as? Double == 0.9)
        #expect((pair["disagreements"] as? [Any])?.count == 2)

        let gated = try CLI.run(["calibrate", "agree", sample, folder + "/ann.csv", "--min-agreement", "0.95", "--bootstrap", "0"])
        #expect(gated.status == 1)
        #expect(gated.stderr.contains("below the bar: ann vs judge:gpt-4o: agreement 0.900 is below 0.95"))
        #expect(try CLI.run(["calibrate", "agree", sample, folder + "/ann.csv", "--min-agreement", "0.9", "--bootstrap", "0"]).status == 0)

        try labels(sample, extra: "sysbench-999,1,1,yes\r\n").write(toFile: folder + "/out.csv", atomically: true, encoding: .utf8)
        let outside = try CLI.run(["calibrate", "agree", sample, folder + "/out.csv"])
        #expect(outside.status == 2)
        #expect(outside.stderr == "\(folder)/out.csv:22: error: out labelled sysbench-999 turn 1 item 1, which is not in the sample\n")

        let first = try sampled(sample)[0]
        try "case,turn,item,label\n\(first.caseID),\(first.turn),\(first.item),maybe\n"
            .write(toFile: folder + "/bad.csv", atomically: true, encoding: .utf8)
        let unknown = try CLI.run(["calibrate", "agree", sample, folder + "/bad.csv"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown label \"maybe\" for \(first.caseID) turn \(first.turn) item \(first.item)"))

        try "case,turn,item,label\n\(first.caseID),\(first.turn),\(first.item),yes\n"
            .write(toFile: folder + "/ann2.csv", atomically: true, encoding: .utf8)
        try "case,turn,item,label,annotator\n\(first.caseID),\(first.turn),\(first.item),no,ann2\n"
            .write(toFile: folder + "/again.csv", atomically: true, encoding: .utf8)
        let twice = try CLI.run(["calibrate", "agree", sample, folder + "/ann2.csv", folder + "/again.csv"])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("ann2 labelled \(first.caseID) turn \(first.turn) item \(first.item) twice (first at \(folder)/ann2.csv:2)"))
    }

    /// Two tiny runs of one case: the same answers, or a different second answer.
    func writeRuns(_ folder: String, secondAnswer: String) throws {
        func line(_ judge: String, _ verdicts: [String], _ answer: String) -> String {
            let items = verdicts.enumerated().map { #"{"id":\#($0.offset + 1),"type":"content","verdict":"\#($0.element)","text":"Item \#($0.offset + 1)"}"# }
            return #"{"case":"c1","mode":"parallel","turn":1,"alignment":"aligned","model":"m","judge_model":"\#(judge)","items":[\#(items.joined(separator: ","))],"judge_failure":false,"system":"Be brief.","user":"Hi","response":"\#(answer)"}"#
        }
        try (line("j1", ["yes", "yes", "no"], "Hello") + "\n").write(toFile: folder + "/one.jsonl", atomically: true, encoding: .utf8)
        try (line("j2", ["yes", "no", "no"], secondAnswer) + "\n").write(toFile: folder + "/two.jsonl", atomically: true, encoding: .utf8)
    }

    @Test func agreeComparesTwoJudgesOnTheSameAnswersOnly() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeRuns(folder, secondAnswer: "Hello")
        let same = try CLI.run(["calibrate", "agree", folder + "/one.jsonl", folder + "/two.jsonl", "--format", "csv", "--bootstrap", "0"])
        #expect(same.status == 0)
        // 2 of 3 equal: p_o = 2/3; both raters use yes and no.
        #expect(same.stdout.contains("judge:j1,judge:j2,all,3,0.6666666666666666,"))
        try writeRuns(folder, secondAnswer: "Goodbye")
        let differ = try CLI.run(["calibrate", "agree", folder + "/one.jsonl", folder + "/two.jsonl"])
        #expect(differ.status == 2)
        #expect(differ.stderr.contains("error: the answer to c1 turn 1 item 1 differs from the one in \(folder)/one.jsonl"))
    }

    @Test func rejudgeAgainstTheStandAloneFakeServerSendsOnlyJudgeRequests() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeRuns(folder, secondAnswer: "Hello")
        // Only `judge-x` gets judge replies; the fake answers any other model, so a
        // generation request would show up as model tokens in the summary.
        let server = try FakeServerProcess(arguments: ["--latency-ms", "0", "--judge-model", "judge-x"])
        defer { server.stop() }
        let port = server.port
        let result = try CLI.run([
            "run", "--rejudge", folder + "/one.jsonl", "--judge-model", "judge-x",
            "--judge-base-url", "http://127.0.0.1:\(port)", "--out", folder + "/re",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("tokens: model 0 prompt + 0 completion"))
        let manifest = try CLI.read(folder + "/re/run.json")
        #expect(manifest.contains(#""source_run": "\#(folder)/one.jsonl""#))
        #expect(manifest.contains(#""source_run_sha256": ""#))
        let results = try CLI.read(folder + "/re/results.jsonl")
        #expect(results.contains(#""judge_model":"judge-x""#) && results.contains(#""response":"Hello""#))

        let agree = try CLI.run(["calibrate", "agree", folder + "/one.jsonl", folder + "/re", "--format", "json", "--out", folder + "/agree.json"])
        #expect(agree.status == 0)
        let report = try CLI.run([
            "report", folder + "/one.jsonl", "--calibration", folder + "/agree.json", "--out", folder + "/report.html",
            "--bootstrap", "0",
        ])
        #expect(report.status == 0)
        let html = try CLI.read(folder + "/report.html")
        #expect(html.contains("<section id=\"calibration\">") && html.contains("judge:j1 vs judge:judge-x"))
        #expect(html.contains("<h4>content · 内容约束</h4>"))
    }
}
