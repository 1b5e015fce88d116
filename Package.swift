// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    // Linux only: the code calls glibc directly, and it is built and tested on Linux alone.
    name: "conflictq",
    products: [
        .executable(name: "conflictq", targets: ["conflictq"]),
        .library(name: "ConflictDiagnostics", targets: ["ConflictDiagnostics"]),
        .library(name: "ConflictModel", targets: ["ConflictModel"]),
        .library(name: "ModelFileFormat", targets: ["ModelFileFormat"]),
        .library(name: "ConflictQuery", targets: ["ConflictQuery"]),
        // For the fuzz package, which runs scripts through the shell's front door, Shell.run.
        .library(name: "ConflictShell", targets: ["ConflictShell"]),
        // For the fuzz package, which compares it with another YAML implementation.
        .library(name: "YAMLReader", targets: ["YAMLReader"]),
        .library(name: "ReportDrafting", targets: ["ReportDrafting"]),
        .library(name: "DataSetImport", targets: ["DataSetImport"]),
        .library(name: "SQLExport", targets: ["SQLExport"]),
        // For the fuzz package, which reads engines' output and --engine addresses with it.
        .library(name: "SQLEngines", targets: ["SQLEngines"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Another YAML reader (libyaml's), for the conformance test of our own and nothing else: only
        // YAMLConformanceTests depends on it, never a product; ProductDependencyTests checks that the
        // conflictq binary does not contain it.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The only place that sees C: libedit's readline-compatible API.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // One diagnostic type and one renderer for every layer: queries, model files, scripts, files.
        .target(name: "ConflictDiagnostics"),
        // The model's types and rules (who speaks for whom, what a figure's interval is), and the
        // built-in model; nothing of how models are written down.
        .target(name: "ConflictModel", dependencies: ["ConflictDiagnostics"]),
        // The part of YAML 1.2 that model files are written in, read with every value's place.
        .target(name: "YAMLReader"),
        // Model files: reading, checking, merging and writing them, in the format the README describes.
        // The shipped models beyond the built-in one (`--model timeline`) are model files in Models/,
        // embedded in the binary at build time.
        .target(
            name: "ModelFileFormat", dependencies: ["ConflictDiagnostics", "ConflictModel", "YAMLReader"],
            plugins: ["ShippedModels"]),
        .target(
            name: "ConflictQuery",
            dependencies: ["ConflictDiagnostics", "ConflictModel", "SQLExport"]
        ),
        .target(
            name: "ConflictShell",
            dependencies: ["ConflictDiagnostics", "ConflictModel", "ModelFileFormat", "ConflictQuery", "CEditLine", "SQLExport", "SQLEngines"]
        ),
        // The command line: argument-parser's definition of the flags, and the quick reader's
        // shortcut past it. A library, so that tests can parse command lines with it.
        .target(
            name: "ConflictQCommand",
            dependencies: [
                "ConflictDiagnostics", "ConflictModel", "ModelFileFormat", "ConflictShell", "ReportDrafting", "DataSetImport",
                "SQLExport", "SQLEngines", "ConflictQuery", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["BuildInfo"]
        ),
        // Runs git at build time, for `conflictq --version`: the commit and whether the tree had changes.
        .plugin(name: "BuildInfo", capability: .buildTool(), exclude: ["build-info.sh"]),
        // Embeds the model files of Models/ in ModelFileFormat, for `--model timeline`.
        .plugin(name: "ShippedModels", capability: .buildTool(), exclude: ["embed-models.sh"]),
        // `conflictq draft`: a model drafted from a news report, by the word lists of Models/drafting/.
        .target(name: "ReportDrafting", dependencies: ["ConflictDiagnostics", "ConflictModel", "ModelFileFormat", "YAMLReader"]),
        // `conflictq import`: the rows of UCDP GED, ACLED and GDELT files as the model's events, claims
        // and statements, their actors resolved through the alias table of Models/datasets/.
        .target(name: "DataSetImport", dependencies: ["ConflictDiagnostics", "ConflictModel", "ModelFileFormat"]),
        // `conflictq export --sql`: the model as relational tables, the schema and CSV files each SQL
        // engine loads with its own bulk loader.
        .target(name: "SQLExport", dependencies: ["ConflictModel"]),
        // `--engine URL`: the SQL engines the compiled queries run on, each through its own client
        // program (sqlite3, DuckDB's CLI, psql), so that the release build stays one static executable.
        .target(name: "SQLEngines", dependencies: ["ConflictQuery", "SQLExport"]),
        .executableTarget(name: "conflictq", dependencies: ["ConflictQCommand"]),
        // What the tests share: temporary folders, the package's and the binary's paths, running a
        // program. A plain target that only test targets depend on, kept beside them.
        .target(name: "TestSupport", dependencies: ["ConflictQuery"], path: "Tests/TestSupport"),
        // The data set readers, on rows of our own and a slice of UCDP GED 23.1 (Fixtures/README.md).
        .testTarget(
            name: "DataSetImportTests",
            dependencies: ["ConflictModel", "ModelFileFormat", "DataSetImport", "TestSupport"],
            exclude: ["Fixtures", "FuzzRegressions"]),
        // The layout and its CSV files, and round trips through real sqlite3, DuckDB and PostgreSQL.
        .testTarget(name: "SQLExportTests", dependencies: ["SQLExport", "ConflictModel", "ModelFileFormat", "TestSupport"]),
        // The engines' clients, and the compiled queries on real sqlite3, DuckDB and PostgreSQL.
        .testTarget(
            name: "SQLEngineTests",
            dependencies: ["SQLEngines", "SQLExport", "ConflictQuery", "ConflictModel", "ModelFileFormat", "TestSupport"]),
        .testTarget(name: "ConflictDiagnosticsTests", dependencies: ["ConflictDiagnostics"]),
        // Model files the tests read by path, not bundle resources.
        .testTarget(
            name: "ConflictModelTests",
            dependencies: ["ConflictDiagnostics", "ConflictModel", "ModelFileFormat", "YAMLReader", "TestSupport"],
            exclude: ["BrokenModels", "Models", "FuzzRegressions", "StoreFuzzRegressions"]),
        .testTarget(
            name: "ConflictQueryTests",
            dependencies: ["ConflictDiagnostics", "ConflictModel", "ModelFileFormat", "ConflictQuery", "TestSupport"],
            exclude: ["Golden", "Models", "FuzzRegressions"]),
        .testTarget(
            name: "ConflictShellTests",
            dependencies: ["ConflictDiagnostics", "ConflictShell", "ConflictQuery", "ConflictModel", "ModelFileFormat", "TestSupport"],
            exclude: ["Models", "Charts"]),
        .testTarget(name: "ConflictQCommandTests", dependencies: ["ConflictQCommand", "ConflictShell"]),
        // Reports of our own and their hand-made models, read by path; HeldOut/ is only for the scorer.
        .testTarget(
            name: "DraftingTests",
            dependencies: ["ReportDrafting", "ConflictModel", "ConflictQuery", "ModelFileFormat", "TestSupport"],
            exclude: ["Reports", "Gold", "HeldOut", "FuzzRegressions"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ConflictModel", "TestSupport"]),
        // Our YAML reader against Yams on a corpus of YAML texts, read by path.
        .testTarget(
            name: "YAMLConformanceTests",
            dependencies: ["YAMLReader", "TestSupport", .product(name: "Yams", package: "Yams")],
            exclude: ["Cases", "FuzzRegressions"]),
    ]
)
