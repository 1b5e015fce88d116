/// How a statement reaches sqlite3 or DuckDB's CLI: as the argument after the file, where it
/// goes to the engine exactly as written.
///
/// Not on standard input: both CLIs read their input line by line and drop a carriage return
/// before each line break, so a text like 'a\r\nb' in the statement would reach the engine as
/// 'a\nb' (seen with sqlite3 3.40.1 and DuckDB CLI v1.5.6). Linux limits one argument to
/// 128 KiB (MAX_ARG_STRLEN); a longer statement goes on standard input after all, where only
/// such carriage returns can change.
struct CommandLineStatement {
    var arguments: [String]
    var input: String

    static let longestArgument = 131_072 - 1

    init(_ sql: String) {
        if sql.utf8.count < Self.longestArgument {
            arguments = [sql]
            input = ""
        } else {
            // The line break first ends a `--` comment on the statement's last line.
            arguments = []
            input = sql + "\n;\n"
        }
    }
}
