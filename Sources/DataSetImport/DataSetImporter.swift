import ConflictDiagnostics
import ConflictModel
import ModelFileFormat

/// `conflictq import ucdp|acled|gdelt FILE...`: data set files read into the claim model, as a
/// model file that loads alone or beside others. Every row becomes entries or a problem naming its
/// line and column; the rows of one import are never partly taken unless asked to leave bad rows
/// out, and then each one left out is listed.
public struct DataSetImporter {
    public enum Kind: String, CaseIterable, Sendable {
        case ucdp, acled, gdelt

        /// The start of the data set's source id: `ucdp-ged-23.1`.
        var sourcePrefix: String { self == .ucdp ? "ucdp-ged" : rawValue }

        /// Who states the data set's figures.
        var claimant: Actor {
            switch self {
            case .ucdp: return UCDPGED.claimant
            case .acled: return ACLED.claimant
            case .gdelt: return Actor(id: "gdelt", name: "The GDELT Project", aliases: ["GDELT"], kind: .organisation)
            }
        }

        public var dataset: String {
            switch self {
            case .ucdp: return UCDPGED.dataset
            case .acled: return ACLED.dataset
            case .gdelt: return "GDELT"
            }
        }
    }

    /// One file to import: its name, for messages and records, and its bytes.
    public struct File: Sendable {
        public let name: String
        public let bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// What an import made, and what it could not read.
    public struct Result {
        /// The imported entries as a model: the data set's source and claimant, the actors its rows
        /// name, their events, claims and statements.
        public let model: ConflictModel
        public let problems: [ImportProblem]
        /// Rows imported as they are, but with something that looks wrong in them.
        public let warnings: [ImportProblem]
        /// Rows read, and rows left out for their problems: the command writes nothing when there
        /// are any, unless asked to leave them out.
        public let rows: Int
        public let rowsLeftOut: Int
        /// Names that resolved to no known actor, with the number of rows that gave each.
        public let unresolved: [(name: String, rows: Int)]
    }

    let kind: Kind
    let release: String?
    let known: ConflictModel

    /// `known`: the models the import goes into and the alias table, whose actors rows are resolved to.
    public init(_ kind: Kind, release: String?, known: ConflictModel) {
        self.kind = kind
        self.release = release
        self.known = known
    }

    /// The most problems listed; past them, a count. A wrong file would otherwise print one a row.
    public static let problemsListed = 50

    public func read(_ files: [File]) -> Result {
        let release = self.release ?? files.lazy.compactMap { Self.release(inFileName: $0.name, kind) }.first
        let sourceID = ([kind.sourcePrefix] + [release].compactMap { $0 }).joined(separator: "-")
        var context = ImportContext(
            dataset: kind.dataset, release: release, file: files.first?.name ?? "", sourceID: sourceID, known: known,
            firstClaimID: (known.claims.map(\.id).max() ?? 0) + 1,
            firstStatementID: (known.statements.map(\.id).max() ?? 0) + 1)
        var entries = ImportedEntries()
        var problems: [ImportProblem] = []
        var rows = 0
        var leftOut = 0
        for file in files {
            context.file = file.name
            do throws(ImportProblem) {
                var text = DelimitedText(file.bytes, dialect: kind == .gdelt ? .tsv : .csv)
                let layout = try header(&text, file: file.name)
                for name in layout.unkeepableNames {
                    context.warn(
                        ImportProblem(
                            file: file.name, line: 1, column: name,
                            message: "is not kept: a column's name is letters, digits and _, as the data sets name theirs"))
                }
                while let row = try Self.next(&text, file: file.name) {
                    rows += 1
                    // A row's reader finds every problem of the row before it adds anything, so a
                    // row left out leaves nothing behind.
                    do throws(ImportProblem) {
                        try read(try layout.row(row), into: &entries, &context)
                    } catch {
                        problems.append(error)
                        leftOut += 1
                    }
                }
            } catch {
                problems.append(error)
            }
        }
        let model = assemble(entries, context: context, dates: entries.events.compactMap { $0.dateEnd ?? $0.date })
        let unresolved = context.resolver.unresolved.map { (name: $0.key, rows: $0.value) }
            .sorted { ($0.rows, $1.name) > ($1.rows, $0.name) }
        return Result(
            model: model, problems: problems, warnings: context.warnings, rows: rows, rowsLeftOut: leftOut,
            unresolved: unresolved)
    }

    private func header(_ text: inout DelimitedText, file: String) throws(ImportProblem) -> ColumnLayout {
        guard let header = try Self.next(&text, file: file) else {
            throw ImportProblem(file: file, line: 1, message: "the file is empty; a \(kind.dataset) file starts with its header")
        }
        switch kind {
        case .ucdp:
            return try ColumnLayout(
                header: header.fields, file: file, line: header.line, required: UCDPGED.required, renames: UCDPGED.renames,
                dataset: kind.dataset)
        case .acled:
            return try ColumnLayout(
                header: header.fields, file: file, line: header.line, required: ACLED.required, dataset: kind.dataset)
        case .gdelt:
            let (layout, headerRead) = try GDELT.layout(of: header, file: file)
            // Without a header, the first line is the first row: read again from the start.
            if !headerRead { text = DelimitedText(text.bytes, dialect: .tsv) }
            return layout
        }
    }

    private func read(_ row: ColumnLayout.Fields, into entries: inout ImportedEntries, _ context: inout ImportContext)
        throws(ImportProblem)
    {
        switch kind {
        case .ucdp: try UCDPGED.read(row, into: &entries, &context)
        case .acled: try ACLED.read(row, into: &entries, &context)
        case .gdelt: try GDELT.read(row, into: &entries, &context)
        }
    }

    private static func next(_ text: inout DelimitedText, file: String) throws(ImportProblem) -> DelimitedText.Row? {
        do {
            return try text.next()
        } catch {
            throw ImportProblem(file: file, line: error.line, message: error.message)
        }
    }

    /// `ged231.csv`, `GEDEvent_v23_1.csv`: UCDP names its files by release.
    static func release(inFileName name: String, _ kind: Kind) -> String? {
        guard kind == .ucdp else { return nil }
        let file = name.split(separator: "/").last.map(String.init) ?? name
        let digits = file.split(whereSeparator: { !$0.isNumber })
        if digits.count >= 2, digits[0].count == 2, digits[1].count == 1 { return "\(digits[0]).\(digits[1])" }
        if let run = digits.first, run.count == 3 { return "\(run.prefix(2)).\(run.suffix(1))" }
        return nil
    }

    /// The imported entries as one model: the vocabulary they use, the data set as a source, and
    /// the actors, events, claims and statements the rows made.
    private func assemble(_ entries: ImportedEntries, context: ImportContext, dates: [PartialDate]) -> ConflictModel {
        let year = kind == .ucdp ? release.flatMap { Int($0.split(separator: ".").first ?? "") }.map { 2000 + $0 } : nil
        let date = year.map { PartialDate(year: $0) } ?? dates.max().map { PartialDate(year: $0.year) } ?? PartialDate(year: 1989)
        let source = Source(
            id: context.sourceID, outlet: kind.dataset, date: date,
            title: [Self.title(kind), context.release.map { "version \($0)" }].compactMap { $0 }.joined(separator: ", "),
            url: Self.url(kind))
        // Declared as the models it goes into declare them, as files loaded together must.
        let figures = !entries.claims.isEmpty
        let vocabulary = Vocabulary(
            units: figures ? [known.vocabulary.units.first { $0.id == "people" } ?? Unit(id: "people", description: "people")] : [],
            measures: figures
                ? [known.vocabulary.measures.first { $0.id == "killed" } ?? Measure(id: "killed", description: "people killed", unit: "people")]
                : [],
            acts: context.acts, cameoVersion: known.vocabulary.cameoVersion)
        return ConflictModel(
            vocabulary: vocabulary, sources: [source],
            actors: [kind.claimant] + context.resolver.actorsToWrite(),
            events: entries.containers + entries.events, claims: entries.claims, statements: entries.statements)
    }

    static func title(_ kind: Kind) -> String {
        switch kind {
        case .ucdp: return "UCDP Georeferenced Event Dataset (GED) Global"
        case .acled: return "Armed Conflict Location & Event Data"
        case .gdelt: return "GDELT 2.0 Event Database"
        }
    }

    static func url(_ kind: Kind) -> String {
        switch kind {
        case .ucdp: return "https://ucdp.uu.se/downloads/"
        case .acled: return "https://acleddata.com/"
        case .gdelt: return "https://www.gdeltproject.org/data.html"
        }
    }
}
