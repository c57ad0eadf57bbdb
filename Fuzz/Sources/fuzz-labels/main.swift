import Foundation
import FuzzSupport
import SysBenchCalibrate

/// The items a label file may name without being refused for naming an item outside the
/// sample: those of the seeds.
let sample: Set<ItemKey> = [
    ItemKey(caseID: "wuhan-travel", turn: 1, item: 1), ItemKey(caseID: "wuhan-travel", turn: 2, item: 2),
    ItemKey(caseID: "markup-case", turn: 1, item: 3), ItemKey(caseID: "markup-case", turn: 2, item: 1),
]

// The bytes as each label file `calibrate agree` reads (they take the same bytes, so one
// target): a label.html `labels.json`, a Label Studio JSON export, a filled-in `items.csv`;
// the records any of them yields then go through the collector, as in `agree`.
fuzz { bytes in
    let data = Data(bytes)
    var records: [LabelRecord] = []
    if let file = try? LabelsFile(data: data, path: "labels.json") {
        records += file.records
        _ = file.json()
    }
    if let exported = try? LabelStudioExport.records(data: data, path: "export.json") {
        records += exported
    }
    if let rows = try? ItemsCSV.read(String(decoding: bytes, as: UTF8.self), path: "items.csv", defaultAnnotator: "items") {
        records += rows
    }
    _ = try? LabelCollector.collect(records, sample: sample)
}
