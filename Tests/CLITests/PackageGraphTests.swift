import Foundation
import Testing

/// Every target declares in Package.swift each module it imports, and imports each
/// target it declares. SwiftPM accepts modules reached through another dependency,
/// so only a test like this one keeps the package graph honest.
@Suite struct PackageGraphTests {
    /// Modules that come with the toolchain and are never declared.
    static let system: Set<String> = [
        "Foundation", "FoundationEssentials", "FoundationNetworking", "FoundationXML", "Dispatch", "Glibc", "Darwin",
        "Musl", "Testing", "XCTest", "Synchronization", "PackageDescription", "os",
    ]

    /// Targets still being written, whose declared dependencies are their plan; the
    /// "declared but never imported" check skips them until they are done.
    static let underConstruction: Set<String> = []

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Target name → declared dependencies (targets and product names).
    static func declared() throws -> [String: Set<String>] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        var out: [String: Set<String>] = [:]
        var rest = Substring(text)
        let openers = [".target(", ".testTarget(", ".executableTarget(", ".systemLibrary("]
        while let start = openers.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            // The call runs to its matching parenthesis.
            var depth = 0
            var end = start.upperBound
            var index = rest.index(before: start.upperBound)
            while index < rest.endIndex {
                if rest[index] == "(" { depth += 1 }
                if rest[index] == ")" {
                    depth -= 1
                    if depth == 0 { end = index; break }
                }
                index = rest.index(after: index)
            }
            let call = rest[start.upperBound..<end]
            let strings = call.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map { String($0.element) }
            if let name = strings.first {
                // Products are `.product(name: "X", package: "p")`: keep X, drop p.
                var dependencies = Set<String>()
                var skipNext = false
                for value in strings.dropFirst() {
                    if skipNext {
                        skipNext = false
                        continue
                    }
                    dependencies.insert(value)
                    let marker = "\"\(value)\", package: \""
                    if call.contains(marker) { skipNext = true }
                }
                out[name] = dependencies
            }
            rest = rest[rest.index(after: end)...]
        }
        return out
    }

    /// Modules named by `import` lines (any attribute or access level) in a target's folder.
    static func imported(in folder: URL) -> Set<String> {
        var modules = Set<String>()
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        for case let file as URL in files where file.pathExtension == "swift" {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let position = words.firstIndex(of: "import"), position + 1 < words.count,
                      words[..<position].allSatisfy({ $0.hasPrefix("@") || ["public", "internal", "package", "private", "fileprivate"].contains($0) })
                else { continue }
                let module = words[position + 1].split(separator: ".").first.map(String.init) ?? ""
                if !system.contains(module) { modules.insert(module) }
            }
        }
        return modules
    }

    @Test func everyTargetDeclaresWhatItImportsAndImportsWhatItDeclares() throws {
        let declared = try Self.declared()
        #expect(declared.count > 10)
        for (target, dependencies) in declared {
            let folder = ["Sources", "Tests"].map { Self.root.appendingPathComponent($0).appendingPathComponent(target) }
                .first { FileManager.default.fileExists(atPath: $0.path) }
            guard let folder else { continue }
            let imports = Self.imported(in: folder)
            let undeclared = imports.subtracting(dependencies)
            #expect(undeclared.isEmpty, "\(target) imports \(undeclared.sorted()) without declaring them")
            // A declared target must be used; products may be linked for their side (none today).
            let unused = dependencies.subtracting(imports).filter { declared[$0] != nil && $0 != "CYAML" }
            // Executables are declared by test targets to be built, not imported.
            let executables: Set<String> = ["sysbench-kit", "sysbench-fake-openai"]
            guard !Self.underConstruction.contains(target) else { continue }
            #expect(unused.subtracting(executables).isEmpty, "\(target) declares \(unused.sorted()) but never imports them")
        }
    }
}
