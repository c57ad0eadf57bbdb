import Foundation
import Testing

/// Runs `sysbench-kit` with `arguments` in `folder`.
private func run(_ arguments: [String], in folder: URL) throws -> CLI.Result {
    try CLI.run(arguments, in: folder.path)
}

/// A temporary folder holding `files`; removed by the caller.
private func folder(_ files: [String: [UInt8]]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sysbench-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (path, bytes) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
    return root
}

private func folder(texts: [String: String]) throws -> URL {
    try folder(texts.mapValues { Array($0.utf8) })
}

private let config = "name: demo\nversion: 1.0.0\nturns_per_case: 1\ndomains:\n  travel: {zh: 旅游}\n"

private func caseText(_ id: String, scene: String? = "city guide", user: String = "Where can I eat hot dry noodles?") -> String {
    """
    id: \(id)
    domain: travel
    \(scene.map { "scene: \($0)\n" } ?? "")mode: parallel
    system:
      text: You only give advice about Wuhan.
    turns:
      - id: t1
        user: \(user)
        alignment: aligned
        checklist:
          - type: content
            text: Names a place in Wuhan

    """
}

@Suite struct LintCommandTests {
    @Test func cleanDatasetExitsZero() throws {
        let root = try folder(texts: ["dataset/dataset.yaml": config, "dataset/cases/wuhan.yaml": caseText("wuhan")])
        defer { try? FileManager.default.removeItem(at: root) }
        // No path: the default is ./dataset.
        let result = try run(["lint"], in: root)
        #expect(result.stdout == "no problems in 1 file (1 case)\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test func errorsExitOneWithSourceAndCaret() throws {
        let root = try folder(texts: [
            "dataset/dataset.yaml": config,
            "dataset/cases/wuhan.yaml": caseText("wuhan"),
            "dataset/cases/noodles.yaml": caseText("Noodles").replacingOccurrences(of: "domain: travel", with: "domian: travel"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["lint", "dataset"], in: root)
        #expect(result.stdout == """
            dataset/cases/noodles.yaml:1:5: error: case id 'Noodles' is not a slug: use lower-case letters, digits and hyphens, starting with a letter or digit [case-id-slug]
            id: Noodles
                ^
            dataset/cases/noodles.yaml:1:5: error: case id 'Noodles' differs from the file name 'noodles': rename one of them [case-id-file-name]
            id: Noodles
                ^
            dataset/cases/noodles.yaml:2:1: error: unknown field 'domian' in case; did you mean 'domain'? [schema-unknown-field]
            domian: travel
            ^
            3 errors, 0 warnings in 2 files (2 cases)

            """)
        #expect(result.stderr == "")
        #expect(result.status == 1)
    }

    @Test func warningsPassUnlessStrict() throws {
        let root = try folder(texts: ["cases/wuhan.yaml": caseText("wuhan", scene: nil)])
        defer { try? FileManager.default.removeItem(at: root) }
        let lenient = try run(["lint", "cases"], in: root)
        #expect(lenient.stdout == """
            cases/wuhan.yaml:1:1: warning: the case has no scene: add a few words on the situation [scene-missing]
            id: wuhan
            ^
            0 errors, 1 warning in 1 file (1 case)

            """)
        #expect(lenient.status == 0)
        let strict = try run(["lint", "--strict", "cases"], in: root)
        #expect(strict.stdout == lenient.stdout)
        #expect(strict.status == 1)
    }

    @Test func couldNotRunExitsTwo() throws {
        let root = try folder(texts: ["dataset/dataset.yaml": "name: demo\nname: again\n", "dataset/cases/a.yaml": caseText("a")])
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = try run(["lint", "nowhere"], in: root)
        #expect(missing.stdout == "")
        #expect(missing.stderr == "nowhere: error: no such file or folder\n")
        #expect(missing.status == 2)

        // A broken dataset.yaml is a finding in the lint format, exit 1 (issue 13, item 4).
        let broken = try run(["lint", "dataset"], in: root)
        #expect(broken.stdout.hasPrefix("dataset/dataset.yaml:2:1: error: duplicate key 'name' [yaml-duplicate-key]\nname: again\n^\n"))
        #expect(broken.stderr == "")
        #expect(broken.status == 1)

        let usage = try run(["lint", "--format", "xml"], in: root)
        #expect(usage.stderr.contains("The value 'xml' is invalid for '--format <text|json|github>'"))
        #expect(usage.status == 2)
    }

    @Test func jsonFormatIsExact() throws {
        let root = try folder(texts: ["cases/a.yaml": caseText("a", scene: "\"\""), "cases/b.yaml": "id: b\n---\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["lint", "--format", "json", "cases"], in: root)
        #expect(result.stdout == """
            {"diagnostics":[{"file":"cases/a.yaml","line":3,"column":8,"severity":"warning","rule":"scene-missing","message":"scene is empty: describe the situation in a few words"},\
            {"file":"cases/b.yaml","line":2,"column":1,"severity":"error","rule":"yaml-multiple-documents","message":"a case file holds one YAML document; this is a second one"}],\
            "summary":{"files":2,"cases":1,"errors":1,"warnings":1}}

            """)
        #expect(result.status == 1)
    }

    @Test func githubFormat() throws {
        let root = try folder(texts: ["cases/a.yaml": caseText("a", user: "\"Hi, where: here \"")])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["lint", "--format", "github", "cases/a.yaml"], in: root)
        #expect(result.stdout == """
            ::warning file=cases/a.yaml,line=9,col=11,title=whitespace-padding::user message ends with white space
            0 errors, 1 warning in 1 file (1 case)

            """)
        #expect(result.status == 0)
    }

    @Test func listRules() throws {
        let root = try folder(texts: [:])
        defer { try? FileManager.default.removeItem(at: root) }
        let text = try run(["lint", "--list-rules"], in: root)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count >= 42)
        #expect(lines.contains("yaml-duplicate-key                  error    A mapping has the same key twice"))
        #expect(lines.contains { $0.hasPrefix("whitespace-padding ") && $0.contains(" warning  ") })
        #expect(lines.contains { $0.hasPrefix("turn-user-repeated ") && $0.contains(" warning  ") })
        #expect(lines.contains { $0.hasPrefix("depends-on-repeated ") && $0.contains(" error  ") })
        #expect(lines.contains { $0.hasPrefix("case-file-link-broken ") && $0.contains(" warning  ") })
        #expect(text.status == 0)

        let json = try run(["lint", "--list-rules", "--format", "json"], in: root)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: [[String: String]]]
        let rules = try #require(object?["rules"])
        #expect(rules.count == lines.count)
        #expect(rules.first == ["id": "alignment-unknown", "severity": "error", "summary": "A turn's alignment is neither aligned nor misaligned"])
    }

    /// Hostile files: each exits 1 quickly with a clear first error.
    @Test(arguments: [
        ("alias-bomb", "1:4: error: anchor '&a' is not allowed: case files spell every value out [yaml-anchor-alias]"),
        ("deep", "1:65: error: collections nested deeper than 64 levels [yaml-too-deep]"),
        ("big-scalar", "2:8: error: text of 16.0 MiB is longer than the limit of 256 KiB [text-too-long]"),
        ("invalid-utf8", "2:11: error: invalid UTF-8 (byte 0xE9): save the file as UTF-8 [yaml-encoding]"),
        ("binary", "1:8: error: NUL byte: this looks like a binary file, not YAML text [yaml-encoding]"),
        ("empty", "1:1: error: the file holds no YAML document [yaml-empty]"),
    ])
    func hostileInputs(name: String, expected: String) throws {
        let root = try folder([name + ".yaml": try hostileBytes(name)])
        defer { try? FileManager.default.removeItem(at: root) }
        let started = Date()
        let result = try run(["lint", name + ".yaml"], in: root)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(name).yaml:\(expected)\n"), "\(result.stdout.prefix(400))")
        #expect(result.stdout.utf8.count < 20_000, "the report stays small")
        #expect(!result.stdout.contains("\u{FFFD}\u{FFFD}"), "no line of replacement characters")
    }

    @Test func pathsUnderTheCurrentFolderHaveNoDotSlash() throws {
        let root = try folder(texts: [
            "dataset.yaml": config,
            "cases/noodles.yaml": caseText("noodles").replacingOccurrences(of: "domain: travel", with: "domian: travel"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["lint", "."], in: root)
        #expect(result.stdout.hasPrefix("cases/noodles.yaml:2:1: error: unknown field 'domian'"), "\(result.stdout)")
        #expect(result.status == 1)
    }
}

private func hostileBytes(_ name: String) throws -> [UInt8] {
    switch name {
    case "alias-bomb":
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        let letters = Array("abcdefghij")
        for level in 1..<9 {
            lines.append("\(letters[level]): &\(letters[level]) [" + Array(repeating: "*\(letters[level - 1])", count: 9).joined(separator: ", ") + "]")
        }
        return Array(lines.joined(separator: "\n").utf8)
    case "deep":
        return Array(repeating: UInt8(ascii: "["), count: 200_000)
    case "big-scalar":
        return Array("id: big-scalar\nscene: ".utf8) + Array(repeating: UInt8(ascii: "x"), count: 16 << 20) + [0x0A]
    case "invalid-utf8":
        return Array("id: invalid-utf8\nscene: caf".utf8) + [0xE9, 0x0A]
    case "binary":
        return Array(try Data(contentsOf: URL(fileURLWithPath: "/bin/ls")))
    default:
        return []
    }
}
