/// How results are printed: chosen with `--format` or `.format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people; box drawing on a UTF-8 terminal, ASCII elsewhere.
    case table
    /// RFC 4180 records for spreadsheets and scripts.
    case csv
    /// One JSON document per result, with qualifiers, intervals and sources kept.
    case json
    /// GitHub pipe tables, for pasting into issues and notes.
    case markdown

    /// "table, csv, json or markdown", for messages that list the choices.
    public static var choices: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
