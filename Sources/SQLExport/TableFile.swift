/// One table's CSV file as it is written: a header row naming the columns, then a line a row,
/// handed on in chunks so that a data set of a million events is never held whole.
final class TableFile {
    let table: Table
    private let dialect: SQLDialect
    private let output: ([UInt8]) throws -> Void
    private var buffer: [UInt8] = []
    private(set) var rows = 0

    /// How much is gathered before it is handed on.
    static let chunkSize = 1 << 20

    init(_ table: Table, dialect: SQLDialect, output: @escaping ([UInt8]) throws -> Void) {
        self.table = table
        self.dialect = dialect
        self.output = output
        buffer.reserveCapacity(Self.chunkSize + 4096)
        appendLine(table.columns.map { .text($0.name) })
    }

    func append(_ values: [SQLValue]) throws {
        precondition(values.count == table.columns.count, "a row of \(table.name) has \(table.columns.count) values")
        appendLine(values)
        rows += 1
        if buffer.count >= Self.chunkSize { try flush() }
    }

    /// Hands on what is left; the file is complete after it.
    func finish() throws { try flush() }

    private func appendLine(_ values: [SQLValue]) {
        for (index, value) in values.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            CSVField.append(value, nulls: dialect.nullStyle, booleansAsNumbers: dialect == .sqlite, to: &buffer)
        }
        // RFC 4180's line break.
        buffer.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try output(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
