// swift-tools-version:6.0
import PackageDescription

// Layering (dependencies point down only; ARCHITECTURE.md draws it):
//   sysbench-kit -> SysBenchLint, SysBenchReport, SysBenchRun, SysBenchCalibrate, SysBenchScore, SysBenchCore, KitSupport
//   SysBenchReport, SysBenchRun, SysBenchCalibrate -> SysBenchScore -> SysBenchCore
//   SysBenchLint -> SysBenchCore -> YAMLSource -> CYAML, and -> KitSupport (knows no SysBench)
//   Every target declares each module it imports (Tests/CLITests/PackageGraphTests.swift checks).
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
        // Products so the fuzz package can reach the YAML loader and the JSON parser (to
        // build a check from bytes, as a case file and as a release record holds it) and
        // calibration's label-file readers.
        .library(name: "YAMLSource", targets: ["YAMLSource"]),
        .library(name: "KitSupport", targets: ["KitSupport"]),
        .library(name: "SysBenchCalibrate", targets: ["SysBenchCalibrate"]),
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
        // Generic support that knows nothing of SysBench: JSON, files, digests, pipeline.
        .target(name: "KitSupport", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // schemas/case.schema.json, embedded at build time so datasets get the repository's one copy.
        .target(
            name: "CaseSchemaFile", path: "schemas",
            exclude: ["record.schema.json"], resources: [.embedInCode("case.schema.json")]
        ),
        .target(name: "SysBenchCore", dependencies: ["YAMLSource", "KitSupport", "CaseSchemaFile"]),
        .target(name: "SysBenchLint", dependencies: ["SysBenchCore", "YAMLSource", "KitSupport"]),
        .target(name: "SysBenchScore", dependencies: ["SysBenchCore", "KitSupport"]),
        .target(name: "SysBenchReport", dependencies: ["SysBenchScore", "SysBenchCore", "KitSupport"]),
        .target(name: "SysBenchCalibrate", dependencies: ["SysBenchScore", "SysBenchCore", "KitSupport"]),
        .target(
            name: "SysBenchRun",
            dependencies: [
                "SysBenchScore", "SysBenchCore", "KitSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
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
                "SysBenchCore", "SysBenchLint", "SysBenchScore", "SysBenchReport", "SysBenchRun", "SysBenchCalibrate",
                "KitSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "YAMLSourceTests", dependencies: ["YAMLSource"]),
        .testTarget(name: "KitSupportTests", dependencies: ["KitSupport"]),
        .testTarget(name: "SysBenchCoreTests", dependencies: ["SysBenchCore", "KitSupport", "YAMLSource", "CaseSchemaFile"]),
        .testTarget(name: "SysBenchLintTests", dependencies: ["SysBenchLint", "SysBenchCore", "YAMLSource", "KitSupport"]),
        .testTarget(name: "SysBenchScoreTests", dependencies: ["SysBenchScore", "SysBenchCore", "KitSupport"]),
        .testTarget(name: "SysBenchReportTests", dependencies: ["SysBenchReport", "SysBenchScore", "SysBenchCore"]),
        .testTarget(
            name: "SysBenchCalibrateTests", dependencies: ["SysBenchCalibrate", "SysBenchScore", "SysBenchCore", "KitSupport"],
            exclude: ["Fixtures"]  // exports read by path: labels.json from Chromium, Label Studio exports
        ),
        // Stand-alone fake server for bench/run.sh (small: links FakeOpenAI only).
        .executableTarget(name: "sysbench-fake-openai", dependencies: ["FakeOpenAI"]),
        .testTarget(name: "FakeOpenAITests", dependencies: ["FakeOpenAI"]),
        .testTarget(
            name: "SysBenchRunTests",
            dependencies: [
                "SysBenchRun", "FakeOpenAI", "SysBenchCore", "SysBenchScore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "CLITests", dependencies: ["sysbench-kit"]),
    ],
    swiftLanguageModes: [.v6]
)
