// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for conflictq's language and model files. A package of its own, so that the
// fuzzer flags never touch the main package's `@main` executable and `make test` never builds them.
//
//     swift build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address \
//         --product FuzzParser --scratch-path .build/FuzzParser
//
// `run.sh` builds and runs them all.
let package = Package(
    name: "conflictq-fuzz",
    products: [
        .executable(name: "FuzzParser", targets: ["FuzzParser"]),
        .executable(name: "FuzzEvaluator", targets: ["FuzzEvaluator"]),
        .executable(name: "FuzzModelFile", targets: ["FuzzModelFile"]),
        .executable(name: "FuzzScript", targets: ["FuzzScript"]),
        .executable(name: "FuzzYAMLDifferential", targets: ["FuzzYAMLDifferential"]),
        .executable(name: "FuzzDraft", targets: ["FuzzDraft"]),
        .executable(name: "FuzzImport", targets: ["FuzzImport"]),
        .executable(name: "FuzzStore", targets: ["FuzzStore"]),
        .executable(name: "FuzzEngineOutput", targets: ["FuzzEngineOutput"]),
    ],
    dependencies: [
        .package(name: "conflictq", path: ".."),
        // The other YAML reader that FuzzYAMLDifferential compares ours with.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .executableTarget(name: "FuzzParser", dependencies: [.product(name: "ConflictQuery", package: "conflictq")]),
        .executableTarget(
            name: "FuzzEvaluator",
            dependencies: [
                .product(name: "ConflictDiagnostics", package: "conflictq"),
                .product(name: "ConflictModel", package: "conflictq"),
                .product(name: "ConflictQuery", package: "conflictq"),
            ]),
        .executableTarget(
            name: "FuzzModelFile",
            dependencies: [
                "FuzzSupport", .product(name: "ConflictModel", package: "conflictq"),
                .product(name: "ModelFileFormat", package: "conflictq"),
            ]),
        .executableTarget(
            name: "FuzzScript",
            dependencies: [
                "FuzzSupport",
                .product(name: "ConflictDiagnostics", package: "conflictq"),
                .product(name: "ConflictModel", package: "conflictq"),
                .product(name: "ModelFileFormat", package: "conflictq"),
                .product(name: "ConflictShell", package: "conflictq"),
            ]),
        // Its YAMLTreeComparison.swift is a link to the one in Tests/YAMLConformanceTests, so that the
        // test and the fuzzer mean the same by "the same tree".
        .executableTarget(
            name: "FuzzYAMLDifferential",
            dependencies: [
                .product(name: "YAMLReader", package: "conflictq"),
                .product(name: "Yams", package: "Yams"),
            ]),
        .executableTarget(
            name: "FuzzDraft",
            dependencies: [
                .product(name: "ConflictModel", package: "conflictq"),
                .product(name: "ModelFileFormat", package: "conflictq"),
                .product(name: "ReportDrafting", package: "conflictq"),
            ]),
        .executableTarget(
            name: "FuzzImport",
            dependencies: [
                .product(name: "ConflictModel", package: "conflictq"),
                .product(name: "ModelFileFormat", package: "conflictq"),
                .product(name: "DataSetImport", package: "conflictq"),
            ]),
        .executableTarget(
            name: "FuzzStore",
            dependencies: [
                .product(name: "ConflictModel", package: "conflictq"),
                .product(name: "ModelFileFormat", package: "conflictq"),
                .product(name: "ConflictQuery", package: "conflictq"),
            ]),
        .executableTarget(
            name: "FuzzEngineOutput",
            dependencies: [
                .product(name: "SQLEngines", package: "conflictq"), .product(name: "SQLExport", package: "conflictq"),
            ]),
        .target(name: "FuzzSupport"),
    ]
)
