import SysBenchScore

/// `calibrate sample` as one call: a run in, the sample's files out.
public enum SampleDraw {
    /// Draws the stratified sample of `size` items from `run` with `seed` and makes the
    /// sample's files. `runPath` is the run as the user named it (recorded in `sample.json`).
    public static func make(
        run: JudgedTurns, runPath: String, size: Int, seed: UInt64, showJudge: Bool
    ) throws(CalibrationError) -> (items: [SampleItem], files: [(name: String, text: String)]) {
        let all = RunItems.items(run)
        let chosen: [SampleItem]
        do {
            chosen = try StratifiedSampler.sample(all, size: size, seed: seed)
        } catch {
            throw CalibrationError(path: runPath, message: error.message)
        }
        let manifest = SampleManifest(
            run: SampleManifest.Run(path: runPath, sha256: run.sha256, judgeModel: RunItems.judgeModel(run)),
            seed: seed, size: size, showJudge: showJudge, items: chosen.map(\.calibrationItem))
        return (chosen, SampleFolder.files(items: chosen, manifest: manifest))
    }
}
