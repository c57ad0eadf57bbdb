import Foundation
import Testing
@testable import SysBenchRun

@Suite struct RunManifestTests {
    func manifest(model: String = "m", temperature: Double? = 0, template: String = "builtin", sha: String = "aaa") -> RunManifest {
        RunManifest(
            datasetPath: "d.jsonl", datasetSHA256: "d1", model: model, judgeModel: "j", history: "model",
            temperature: temperature, maxTokens: nil, seed: 7, judgeRetries: 3, template: template, templateSHA256: sha,
            baseURL: "http://a", judgeBaseURL: nil)
    }

    @Test func sameSettingsResume() {
        var moved = manifest()
        moved.baseURL = "http://elsewhere"
        moved.datasetPath = "other/path.jsonl"
        #expect(moved.differences(from: manifest()).isEmpty)
    }

    @Test func namesWhatDiffers() {
        let now = manifest(model: "m2", temperature: nil, sha: "bbb")
        #expect(now.differences(from: manifest()) == [
            "model: \"m\" → \"m2\"", "temperature: 0.0 → unset", "template sha256: aaa → bbb",
        ])
        let error = RunError.manifestMismatch(differences: now.differences(from: manifest()))
        #expect(error.description.hasPrefix("the run folder was started with different settings (model: \"m\" → \"m2\";"))
        #expect(error.description.hasSuffix("--force-new to start over"))
    }

    @Test func roundTripsThroughJSON() throws {
        let decoded = try JSONDecoder().decode(RunManifest.self, from: manifest().encoded())
        #expect(decoded == manifest())
    }
}
