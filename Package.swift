// swift-tools-version:6.0
import PackageDescription

// Layering (dependencies point down only):
//   sysbench-kit -> SysBenchReport, SysBenchRun -> SysBenchScore -> SysBenchLint -> SysBenchCore -> YAMLSource -> CYAML
//   (FakeOpenAI is test support: used by SysBenchRunTests and the bench server only)
let package = Package(
    name: "sysbench-kit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sysbench-kit", targets: ["sysbench-kit"]),
        .library(name: "SysBenchCore", targets: ["SysBenchCore"]),
        .library(name: "SysBenchLint", targets: ["SysBenchLint"]),
        .library(name: "SysBenchScore", targets: ["SysBenchScore"]),
        .library(name: "SysBenchReport", targets: ["SysBenchReport"]),
        // A product so the fuzz package (Fuzz/) can reach the judge-reply parser.
        .library(name: "SysBenchRun", targets: ["SysBenchRun"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "YAMLSource", dependencies: ["CYAML"]),
        .target(
            name: "SysBenchCore",
            dependencies: ["YAMLSource", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "SysBenchLint", dependencies: ["SysBenchCore"]),
        .target(name: "SysBenchScore", dependencies: ["SysBenchCore"]),
        .target(name: "SysBenchReport", dependencies: ["SysBenchScore", "SysBenchCore"]),
        .target(name: "SysBenchCalibrate", dependencies: ["SysBenchScore", "SysBenchCore"]),
        .target(
            name: "SysBenchRun",
            dependencies: [
                "SysBenchScore", "SysBenchCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Test support only: an OpenAI-compatible HTTP server with scripted faults.
        .target(
            name: "FakeOpenAI",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "sysbench-kit",
            dependencies: [
                "SysBenchCore", "SysBenchLint", "SysBenchScore", "SysBenchReport", "SysBenchRun",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "YAMLSourceTests", dependencies: ["YAMLSource"]),
        .testTarget(name: "SysBenchCoreTests", dependencies: ["SysBenchCore"]),
        .testTarget(name: "SysBenchLintTests", dependencies: ["SysBenchLint"]),
        .testTarget(name: "SysBenchScoreTests", dependencies: ["SysBenchScore"]),
        .testTarget(name: "SysBenchReportTests", dependencies: ["SysBenchReport"]),
        .testTarget(name: "SysBenchCalibrateTests", dependencies: ["SysBenchCalibrate", "SysBenchCore"]),
        // Stand-alone fake server for bench/run.sh (small: links FakeOpenAI only).
        .executableTarget(name: "sysbench-fake-openai", dependencies: ["FakeOpenAI"]),
        .testTarget(name: "SysBenchRunTests", dependencies: ["SysBenchRun", "FakeOpenAI", "SysBenchCore"]),
        .testTarget(name: "CLITests", dependencies: ["sysbench-kit"]),
    ],
    swiftLanguageModes: [.v6]
)
