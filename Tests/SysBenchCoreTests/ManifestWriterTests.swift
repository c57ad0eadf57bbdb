import KitSupport
import Testing
@testable import SysBenchCore

@Suite struct ManifestWriterTests {
    static func pieces(_ manifest: Manifest, _ sources: [(String, String)]) -> String {
        var writer = ManifestWriter(manifest)
        var bytes = writer.head()
        for (path, sha) in sources { bytes += writer.source(path: path, sha256: sha) }
        bytes += writer.tail()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The whole object through the one JSON writer, as the manifest was written before
    /// it was streamed.
    static func whole(_ manifest: Manifest, _ sources: [(String, String)]) -> String {
        guard case .object(var pairs) = manifest.json else { return "" }
        pairs[pairs.count - 1] = ("sources", .object(sources.map { ($0.0, .string($0.1)) }))
        return JSONWriter.write(.object(pairs), indent: 2) + "\n"
    }

    @Test(arguments: [
        [],
        [("dataset.yaml", "ab")],
        [("cases/a \"quoted\".yaml", "01"), ("cases/é.yaml", "02"), ("dataset.yaml", "03")],
    ])
    func writesTheBytesOfTheWholeObject(sources: [(String, String)]) {
        let manifest = Manifest(datasetName: "demo", datasetVersion: nil, toolVersion: "1.2.3", counts: ReleaseCounts(),
                                recordsBytes: 10, recordsSHA256: "ff", sourceCount: sources.count)
        #expect(Self.pieces(manifest, sources) == Self.whole(manifest, sources))
    }
}
