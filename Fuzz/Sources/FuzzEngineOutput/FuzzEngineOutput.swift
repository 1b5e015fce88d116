import SQLEngines
import SQLExport

/// What the engines' clients print, and what `--engine` is given, on any bytes: the first byte
/// picks sqlite3's, DuckDB's or psql's output (or an address). A reader may refuse the bytes with
/// an error, never crash; rows it gives are all of one width, as an answer's are; and an address
/// of a server that parses never shows a password it was given.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEngineOutput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let choice = Int(data[0]) % (SQLDialect.allCases.count + 1)
    guard choice < SQLDialect.allCases.count else {
        let text = String(decoding: bytes, as: UTF8.self)
        // A file's name is shown as it is (`me:s3cret@host.db` is a name); a server's address never with its password.
        if let location = try? EngineLocation(parsing: text), location.dialect == .postgres,
            text.contains(":s3cret@") || text.contains("password=s3cret")
        {
            // Shown as a password: before an `@`, or as a `password=` parameter.
            let shown = location.description
            if shown.contains(":s3cret@") || shown.lowercased().contains("password=s3cret") {
                fatalError("a password shown: \(shown)")
            }
        }
        return 0
    }
    guard let rows = try? EngineOutput.rows(bytes, of: SQLDialect.allCases[choice]) else { return 0 }
    if let width = rows.first?.count, rows.contains(where: { $0.count != width }) {
        fatalError("rows of different widths: \(rows.map(\.count))")
    }
    return 0
}
