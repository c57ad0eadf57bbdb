import Foundation
import Testing
@testable import SysBenchRun

@Suite struct RunManifestTests {
    func manifest(model: String = "m", temperature: Double? = 0, template: String = "builtin", sha: String = "aaa") throws -> RunManifest {
        // Templates only feed the name and hash, which the cases below set by hand.
        let templates = try JudgeTemplates.builtin()
        let settings = RunSettings(
            model: model, judgeModel: "j", history: .model, temperature: temperature, maxTokens: nil, seed: 7,
            judgeRetries: 3, templates: templates)
        var manifest = RunManifest(
            settings: settings, datasetPath: "d.jsonl", datasetSHA256: "d1", baseURL: "http://a", judgeBaseURL: nil)
        manifest.template = template
        manifest.templateSHA256 = sha
        return manifest
    }

    @Test func takesEveryRunChangingFieldFromTheSettings() throws {
        let settings = RunSettings(
            model: "m", judgeModel: "j", history: .reference, temperature: 0.5, maxTokens: 64, seed: 9,
            judgeRetries: 2, templates: try JudgeTemplates.builtin())
        let manifest = RunManifest(
            settings: settings, datasetPath: "d.jsonl", datasetSHA256: "d1", baseURL: nil, judgeBaseURL: nil)
        #expect(manifest.model == "m" && manifest.judgeModel == "j" && manifest.history == "reference")
        #expect(manifest.temperature == 0.5 && manifest.maxTokens == 64 && manifest.seed == 9)
        #expect(manifest.judgeRetries == 2)
        #expect(manifest.template == "builtin" && manifest.templateSHA256 == settings.templates.sha256)
    }

    @Test func sameSettingsResume() throws {
        var moved = try manifest()
        moved.baseURL = "http://elsewhere"
        moved.datasetPath = "other/path.jsonl"
        let original = try manifest()
        #expect(moved.differences(from: original).isEmpty)
    }

    @Test func namesWhatDiffers() throws {
        let now = try manifest(model: "m2", temperature: nil, sha: "bbb")
        let original = try manifest()
        #expect(now.differences(from: original) == [
            "model: \"m\" → \"m2\"", "temperature: 0.0 → unset", "template sha256: aaa → bbb",
        ])
        let error = RunError.manifestMismatch(differences: now.differences(from: original))
        #expect(error.description.hasPrefix("the run folder was started with different settings (model: \"m\" → \"m2\";"))
        #expect(error.description.hasSuffix("--force-new to start over"))
    }

    @Test func roundTripsThroughJSON() throws {
        let original = try manifest()
        let decoded = try JSONDecoder().decode(RunManifest.self, from: original.encoded())
        #expect(decoded == original)
    }
}
