import FakeOpenAI
import Foundation

// A fake OpenAI-compatible server for benchmarks and manual trials:
//   sysbench-fake-openai [--port N] [--latency-ms MS] [--judge-model NAME]
// Prints "listening on PORT" and serves until its standard input closes or it is killed.
var port = 0
var latency = 50
var judgeModel = "judge"
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--port": port = arguments.next().flatMap { Int($0) } ?? port
    case "--latency-ms": latency = arguments.next().flatMap { Int($0) } ?? latency
    case "--judge-model": judgeModel = arguments.next() ?? judgeModel
    default:
        FileHandle.standardError.write(Data("usage: sysbench-fake-openai [--port N] [--latency-ms MS] [--judge-model NAME]\n".utf8))
        exit(2)
    }
}
let delay = Duration.milliseconds(latency)
let judge = judgeModel
let server = try await FakeOpenAIServer.start(port: port) { request, _ in
    FakeModels.standard(request, judgeModel: judge, delay: delay)
}
FileHandle.standardOutput.write(Data("listening on \(server.port)\n".utf8))
// Serve until stdin reaches end of file (the parent closed it or went away).
while FileHandle.standardInput.availableData.count > 0 {}
try await server.shutdown()
