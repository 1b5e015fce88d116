/// The shell's own commands, which start with a dot and work the same in the REPL, in scripts and with `-c`.
///
/// What each one takes, what help says of it and what `--safe` allows is its `spec`.
enum DotCommandName: String, CaseIterable {
    case help, format, model, load, schema, fields, sources, why
    case save, run, queries, output, history, timer, sql, quit, exit
}
