import FuzzSupport
import KitSupport
import SysBenchCore
import YAMLSource

// The input is a check and an answer, split at the first NUL byte (no NUL: an empty
// answer). The check is read as a case file's `check:` value (YAML, so JSON too) through
// `CheckDecoder`, and as a release record's `check` (JSON) through `Check(json:)`; every
// check either accepts is run on the answer, which may be any bytes. Any verdict is fine,
// a trap or a slow match is a finding. A check must also survive its record form.
fuzz { bytes in
    let cut = bytes.firstIndex(of: 0) ?? bytes.endIndex
    let definition = Array(bytes[..<cut])
    let answer = String(decoding: bytes[min(cut + 1, bytes.endIndex)...], as: UTF8.self)
    var checks: [Check] = []
    if let node = try? YAMLParser.parse(definition), let check = CheckDecoder.decode(node).check {
        checks.append(check)
    }
    if let value = try? JSONParser.parse(definition), let check = try? Check(json: value) {
        checks.append(check)
    }
    for check in checks {
        guard (try? Check(json: check.json)) == check else { fatalError("the record form of \(check) does not read back") }
        guard let evaluator = try? CheckEvaluator(check) else { continue }
        _ = evaluator.evaluate(answer)
    }
}
