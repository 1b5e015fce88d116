import ConflictDiagnostics

/// The columns of a data set file, found by their names in its header, never by position: the
/// data sets reorder and add columns from one release to the next, and rename a few, which
/// `renames` maps to the names used now.
struct ColumnLayout {
    let file: String
    /// The header as written.
    let names: [String]
    private let indexByName: [String: Int]

    init(header: [String], file: String, line: Int = 1, required: [String], renames: [String: String] = [:], dataset: String)
        throws(ImportProblem)
    {
        var indexByName: [String: Int] = [:]
        for (index, written) in header.enumerated() {
            let name = renames[written] ?? written
            if indexByName[name] != nil {
                throw ImportProblem(file: file, line: line, column: written, message: "the header names this column twice")
            }
            indexByName[name] = index
        }
        let missing = required.filter { indexByName[$0] == nil }
        if !missing.isEmpty {
            let hint = missing.count == 1
                ? Suggestions.phrase(Suggestions.close(to: missing[0], in: header)) : ""
            throw ImportProblem(
                file: file, line: line,
                message: "this is not a \(dataset) file that conflictq knows: its header has no column "
                    + missing.map { "\"\($0)\"" }.joined(separator: ", ") + hint)
        }
        self.file = file
        self.names = header.map { renames[$0] ?? $0 }
        self.indexByName = indexByName
    }

    /// A layout of fixed columns, for files without a header (GDELT's exports).
    init(fixed names: [String], file: String) {
        self.file = file
        self.names = names
        self.indexByName = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func has(_ name: String) -> Bool { indexByName[name] != nil }

    /// Whether a column's name can be a key of a model file (`source_original`): the data sets'
    /// names all are. A column named otherwise is not kept, and the import warns of it once.
    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "_")
        }
    }

    /// The header's columns whose names cannot be kept.
    var unkeepableNames: [String] { names.filter { !Self.isPlainName($0) } }

    /// One row's fields by column name, checked to be as many as the header's.
    func row(_ row: DelimitedText.Row) throws(ImportProblem) -> Fields {
        guard row.fields.count == names.count else {
            throw ImportProblem(
                file: file, line: row.line,
                message: "the row has \(row.fields.count) field\(row.fields.count == 1 ? "" : "s"), the header \(names.count)")
        }
        return Fields(layout: self, values: row.fields, line: row.line)
    }

    /// A row's values, read by column name, with the conversions the data sets need; each error
    /// names the row's line and the column.
    struct Fields {
        let layout: ColumnLayout
        let values: [String]
        let line: Int

        /// The text of a column, empty when the file has no such column.
        subscript(_ name: String) -> String {
            layout.indexByName[name].map { values[$0] } ?? ""
        }

        func problem(_ column: String, _ message: String) -> ImportProblem {
            ImportProblem(file: layout.file, line: line, column: column, message: message)
        }

        func required(_ name: String) throws(ImportProblem) -> String {
            let text = self[name]
            guard !text.isEmpty else { throw problem(name, "is empty, and every row needs it") }
            return text
        }

        /// A count of people: a whole number, 0 or more.
        func count(_ name: String) throws(ImportProblem) -> Int {
            let text = try required(name)
            guard let number = Int(text), number >= 0, text.allSatisfy(\.isASCII) else {
                throw problem(name, "\"\(text)\" is not a whole number of 0 or more")
            }
            return number
        }

        /// A number of degrees, or nil when the cell is empty.
        func degrees(_ name: String) throws(ImportProblem) -> Double? {
            let text = self[name]
            guard !text.isEmpty else { return nil }
            guard let number = Double(text), number.isFinite else { throw problem(name, "\"\(text)\" is not a number") }
            return number
        }
    }
}
