// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    // Linux only: the code calls glibc directly, and it is built and tested on Linux alone.
    name: "conflictq",
    products: [
        .executable(name: "conflictq", targets: ["conflictq"]),
        .library(name: "ConflictModel", targets: ["ConflictModel"]),
        .library(name: "ConflictQuery", targets: ["ConflictQuery"]),
        // For the fuzz package, which runs scripts through the shell's front door, Shell.run.
        .library(name: "ConflictShell", targets: ["ConflictShell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The only place that sees C: libedit's readline-compatible API.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "ConflictModel"),
        .target(
            name: "ConflictQuery",
            dependencies: ["ConflictModel"]
        ),
        .target(
            name: "ConflictShell",
            dependencies: ["ConflictModel", "ConflictQuery", "CEditLine"]
        ),
        // The command line: argument-parser's definition of the flags, and the quick reader's
        // shortcut past it. A library, so that tests can parse command lines with it.
        .target(
            name: "ConflictQCommand",
            dependencies: [
                "ConflictModel", "ConflictShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "conflictq", dependencies: ["ConflictQCommand"]),
        // What the tests share: temporary folders, the package's and the binary's paths, running a
        // program. A plain target that only test targets depend on, kept beside them.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Model files the tests read by path, not bundle resources.
        .testTarget(
            name: "ConflictModelTests", dependencies: ["ConflictModel", "TestSupport"],
            exclude: ["BrokenModels", "Models", "FuzzRegressions"]),
        .testTarget(
            name: "ConflictQueryTests", dependencies: ["ConflictModel", "ConflictQuery", "TestSupport"],
            exclude: ["Golden", "Models", "FuzzRegressions"]),
        .testTarget(name: "ConflictShellTests", dependencies: ["ConflictShell", "ConflictQuery", "ConflictModel", "TestSupport"]),
        .testTarget(name: "ConflictQCommandTests", dependencies: ["ConflictQCommand", "ConflictShell"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ConflictModel", "TestSupport"]),
    ]
)
