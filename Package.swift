// swift-tools-version:6.0
import PackageDescription

// Layering (dependencies point down only):
//   sysbench-kit -> SysBenchReport -> SysBenchScore -> SysBenchLint -> SysBenchCore -> YAMLSource -> CYAML
let package = Package(
    name: "sysbench-kit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sysbench-kit", targets: ["sysbench-kit"]),
        .library(name: "SysBenchCore", targets: ["SysBenchCore"]),
        .library(name: "SysBenchLint", targets: ["SysBenchLint"]),
        .library(name: "SysBenchScore", targets: ["SysBenchScore"]),
        .library(name: "SysBenchReport", targets: ["SysBenchReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
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
        .executableTarget(
            name: "sysbench-kit",
            dependencies: [
                "SysBenchCore", "SysBenchLint", "SysBenchScore", "SysBenchReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "YAMLSourceTests", dependencies: ["YAMLSource"]),
        .testTarget(name: "SysBenchCoreTests", dependencies: ["SysBenchCore"]),
        .testTarget(name: "SysBenchLintTests", dependencies: ["SysBenchLint"]),
        .testTarget(name: "SysBenchScoreTests", dependencies: ["SysBenchScore"]),
        .testTarget(name: "SysBenchReportTests", dependencies: ["SysBenchReport"]),
        .testTarget(name: "CLITests", dependencies: ["sysbench-kit"]),
    ],
    swiftLanguageModes: [.v6]
)
