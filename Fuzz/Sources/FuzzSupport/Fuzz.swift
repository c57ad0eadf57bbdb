import CFuzzerDriver

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The body libFuzzer calls; a C callback cannot capture it, so it waits here.
nonisolated(unsafe) private var body: ((UnsafeRawBufferPointer) -> Void)?

/// Hands the command line to libFuzzer, which calls `target` with each input, and exits
/// with libFuzzer's status. A fuzz target's main.swift is one call to this.
public func fuzz(_ target: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
    body = target
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        body?(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
    exit(status)
}
