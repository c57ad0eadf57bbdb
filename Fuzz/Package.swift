// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets over sysbench-kit's library entry points. A separate package, so the
// root package's `swift build --build-tests` never builds them; `make fuzz` builds it with
// `-sanitize=fuzzer,address` (see README.md beside this file).
let package = Package(
    name: "sysbench-kit-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "sysbench-kit", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver; the sanitizer runtime defines it.
        .systemLibrary(name: "CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver"]),
        .executableTarget(
            name: "fuzz-lint",
            dependencies: ["FuzzSupport", .product(name: "SysBenchLint", package: "sysbench-kit")]
        ),
        .executableTarget(
            name: "fuzz-judge-reply",
            dependencies: ["FuzzSupport", .product(name: "SysBenchRun", package: "sysbench-kit")]
        ),
        .executableTarget(
            name: "fuzz-results-line",
            dependencies: ["FuzzSupport", .product(name: "SysBenchScore", package: "sysbench-kit")]
        ),
        .executableTarget(
            name: "fuzz-eval-json",
            dependencies: ["FuzzSupport", .product(name: "SysBenchScore", package: "sysbench-kit")]
        ),
        .executableTarget(
            name: "fuzz-check",
            dependencies: [
                "FuzzSupport",
                .product(name: "SysBenchCore", package: "sysbench-kit"),
                .product(name: "YAMLSource", package: "sysbench-kit"),
                .product(name: "KitSupport", package: "sysbench-kit"),
            ]
        ),
        .executableTarget(
            name: "fuzz-labels",
            dependencies: ["FuzzSupport", .product(name: "SysBenchCalibrate", package: "sysbench-kit")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
