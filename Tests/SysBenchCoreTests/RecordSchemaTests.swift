import Foundation
import KitSupport
import Testing
@testable import SysBenchCore

@Suite struct RecordSchemaTests {
    private func validator() throws -> SchemaValidator {
        SchemaValidator(root: try JSONParser.parse(try FileReader.bytes(atPath: TestFiles.packageRoot + "/schemas/record.schema.json")))
    }

    private func builtRecords(_ dataset: String) throws -> [JSONValue] {
        let out = try TestFiles.scratch()
        var builder = ReleaseBuilder(datasetPath: dataset, outputPath: out)
        _ = try builder.build()
        return try TestFiles.read(out + "/sysbench.jsonl").split(separator: "\n").map { try JSONParser.parse(String($0)) }
    }

    @Test func everyRecordOfTheExampleDatasetIsValid() throws {
        let schema = try validator()
        let records = try builtRecords(TestFiles.exampleDataset)
        #expect(!records.isEmpty)
        for record in records {
            #expect(schema.problems(record) == [])
        }
    }

    @Test func everyRecordOfTheGoldenDatasetIsValid() throws {
        let schema = try validator()
        for record in try builtRecords(TestFiles.packageRoot + "/Tests/Golden/release/dataset") {
            #expect(schema.problems(record) == [])
        }
    }

    @Test func theValidatorCatchesBrokenRecords() throws {
        let schema = try validator()
        let broken = try JSONParser.parse(#"{"id":"Bad Id","domain":"x","mode":"serial","system":{"text":""},"turns":[{"id":"t1","user":"u","alignment":"aligned","checklist":[]}],"extra":1}"#)
        let problems = schema.problems(broken)
        for expected in ["$.id: does not match", "$.mode: not one of", "$.system.text: shorter", "missing depends_on",
                         "$.turns[0].checklist: fewer than 1", "$: unexpected extra"] {
            #expect(problems.contains { $0.contains(expected) }, "\(expected) not in \(problems)")
        }
    }
}
