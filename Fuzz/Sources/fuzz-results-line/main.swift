import Foundation
import FuzzSupport
import SysBenchScore

// Any bytes as a results.jsonl file: decoded line by line and grouped into sessions.
fuzz { bytes in
    _ = try? ResultsReader.read(Data(bytes), path: "results.jsonl", fallbackModel: "model")
}
