import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// An OpenAI-compatible HTTP server on loopback for tests and benchmarks. Each
/// request is answered by a script: `(request, occurrence of its body) -> action`.
public final class FakeOpenAIServer: Sendable {
    /// A script deciding each reply; `occurrence` is 1 the first time a body arrives.
    public typealias Script = @Sendable (_ request: FakeRequest, _ occurrence: Int) async -> FakeAction

    /// The bound port.
    public let port: Int
    /// Every request seen.
    public let log: RequestLog
    private let channel: any Channel

    private init(port: Int, log: RequestLog, channel: any Channel) {
        self.port = port
        self.log = log
        self.channel = channel
    }

    /// `http://127.0.0.1:PORT/v1`.
    public var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    /// Starts a server on 127.0.0.1 (port 0 picks a free one). Its log keeps every
    /// request for tests to inspect unless `keepsRequests` is false (see `RequestLog`).
    public static func start(port: Int = 0, keepsRequests: Bool = true, script: @escaping Script) async throws -> FakeOpenAIServer {
        let log = RequestLog(keepsRequests: keepsRequests)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(FakeHandler(script: script, log: log))
                }
            }
            .bind(host: "127.0.0.1", port: port).get()
        return FakeOpenAIServer(port: channel.localAddress?.port ?? port, log: log, channel: channel)
    }

    /// Runs `body` with a started server and shuts it down on every path.
    @discardableResult
    public static func with<T: Sendable>(
        script: @escaping Script, _ body: (FakeOpenAIServer) async throws -> T
    ) async throws -> T {
        let server = try await start(script: script)
        do {
            let result = try await body(server)
            try await server.shutdown()
            return result
        } catch {
            try? await server.shutdown()
            throw error
        }
    }

    /// Stops listening (open connections close with their channels).
    public func shutdown() async throws {
        try await channel.close()
    }
}

final class FakeHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let script: FakeOpenAIServer.Script
    private let log: RequestLog
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()

    init(script: @escaping FakeOpenAIServer.Script, log: RequestLog) {
        self.script = script
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body.clear()
        case .body(var part):
            body.writeBuffer(&part)
        case .end:
            guard let head else { return }
            let request = FakeRequest(
                path: head.uri, authorization: head.headers.first(name: "Authorization"),
                body: Data(body.readableBytesView))
            let keepAlive = head.isKeepAlive
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            let script = script
            let log = log
            Task {
                let occurrence = await log.note(request)
                let action = await script(request, occurrence)
                let delay: Duration
                switch action {
                case .reply(_, _, _, let wait), .drop(let wait): delay = wait
                }
                if delay > .zero { try? await Task.sleep(for: delay) }
                bound.eventLoop.execute {
                    let (handler, context) = bound.value
                    handler.respond(action, keepAlive: keepAlive, context: context)
                }
            }
        }
    }

    private func respond(_ action: FakeAction, keepAlive: Bool, context: ChannelHandlerContext) {
        switch action {
        case .drop:
            context.close(promise: nil)
        case .reply(let status, let headers, let text, _):
            var responseHeaders = HTTPHeaders(headers)
            responseHeaders.replaceOrAdd(name: "Content-Length", value: String(text.utf8.count))
            if !keepAlive { responseHeaders.replaceOrAdd(name: "Connection", value: "close") }
            let head = HTTPResponseHead(
                version: .http1_1, status: HTTPResponseStatus(statusCode: status), headers: responseHeaders)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: text)))), promise: nil)
            let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
            if !keepAlive {
                let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
                done.whenComplete { _ in bound.value.close(promise: nil) }
            }
        }
    }
}
