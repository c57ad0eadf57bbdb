import FakeOpenAI
import Foundation

// A fake OpenAI-compatible server for benchmarks and manual trials:
//   sysbench-fake-openai [--port N] [--latency-ms MS] [--judge-model NAME]
//     [--fault-429 RATE] [--fault-500 RATE] [--fault-drop RATE] [--fault-garbled-judge RATE]
//     [--seed N] [--retry-after SECONDS] [--log FILE]
// Faults (FaultPlan) are off by default; --log writes one line per chat reply (ReplyLogFile).
// Prints "listening on PORT" and serves until its standard input closes or it is killed.
let usage = """
    usage: sysbench-fake-openai [--port N] [--latency-ms MS] [--judge-model NAME]
      [--fault-429 RATE] [--fault-500 RATE] [--fault-drop RATE] [--fault-garbled-judge RATE]
      [--seed N] [--retry-after SECONDS] [--log FILE]

    """
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n" + usage).utf8))
    exit(2)
}
var port = 0
var latency = 50
var judgeModel = "judge"
var plan = FaultPlan()
var logPath: String?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
func rate(_ name: String, _ text: String?) -> Double {
    guard let rate = text.flatMap(Double.init), (0...1).contains(rate) else { fail("\(name) takes a rate from 0 to 1") }
    return rate
}
while let argument = arguments.next() {
    switch argument {
    case "--port": port = arguments.next().flatMap { Int($0) } ?? port
    case "--latency-ms": latency = arguments.next().flatMap { Int($0) } ?? latency
    case "--judge-model": judgeModel = arguments.next() ?? judgeModel
    case "--fault-429": plan.tooManyRequests = rate(argument, arguments.next())
    case "--fault-500": plan.serverError = rate(argument, arguments.next())
    case "--fault-drop": plan.drop = rate(argument, arguments.next())
    case "--fault-garbled-judge": plan.garbledJudge = rate(argument, arguments.next())
    case "--seed": plan.seed = arguments.next().flatMap { UInt64($0) } ?? plan.seed
    case "--retry-after": plan.retryAfterSeconds = arguments.next().flatMap { Int($0) }.map { max(0, $0) } ?? plan.retryAfterSeconds
    case "--log": logPath = arguments.next()
    default: fail("unknown argument \(argument)")
    }
}
let replyLog = logPath.map { path -> ReplyLogFile in
    guard let log = ReplyLogFile(path: path) else { fail("cannot write \(path)") }
    return log
}
let delay = Duration.milliseconds(latency)
let judge = judgeModel
let script = plan.script(
    judgeModel: judge, delay: delay,
    over: { request, _ in FakeModels.standard(request, judgeModel: judge, delay: delay) },
    observe: { request, occurrence, fault in replyLog?.note(request, occurrence: occurrence, fault: fault) })
// Counts only: a soak sends it thousands of requests, whose bodies nothing here reads again.
let server = try await FakeOpenAIServer.start(port: port, keepsRequests: false, script: script)
FileHandle.standardOutput.write(Data("listening on \(server.port)\n".utf8))
// Serve until stdin reaches end of file (the parent closed it or went away).
while FileHandle.standardInput.availableData.count > 0 {}
try await server.shutdown()
replyLog?.close()
