import Foundation
import FuzzSupport
import SysBenchScore

// Any bytes as a SysBench evaluated run (`<model>_eval.json`).
fuzz { bytes in
    _ = try? SysBenchRunReader.read(Data(bytes), path: "model_eval.json")
}
