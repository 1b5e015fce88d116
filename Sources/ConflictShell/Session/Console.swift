import ModelFileFormat
import ConflictDiagnostics
import ConflictModel
import ConflictQuery

/// The shell's two standard streams: results and help on standard output, errors, notes and
/// messages on standard error, each coloured only where its own stream allows.
final class Console {
    let output: any TextSink
    let errors: any TextSink
    let environment: ShellEnvironment
    let colorChoice: ColorChoice

    init(output: any TextSink, errors: any TextSink, environment: ShellEnvironment, colorChoice: ColorChoice) {
        self.output = output
        self.errors = errors
        self.environment = environment
        self.colorChoice = colorChoice
    }

    /// Whether error messages may be coloured: decided by standard error, which may be a terminal
    /// while standard output is a pipe.
    var colorsErrors: Bool { colorChoice.allowsColor(onTerminal: errors.isTerminal, environment: environment) }

    func print(_ text: String) {
        output.write(text.hasSuffix("\n") ? text : text + "\n")
        output.flush()
    }

    /// `script.cq:3: error: unknown dot-command .fromat; did you mean .format?`: a problem with a
    /// line of a script as a whole; without a place when the input was typed.
    func error(_ message: String, in origin: InputOrigin, line: Int) {
        report(Diagnostic(message, location: origin.isFile ? .line(line) : nil, file: origin.isFile ? origin.name : nil))
    }

    /// A diagnostic about a line of a script as a whole (its suggestions and notes with it), placed
    /// as `error(_:in:line:)` places a message.
    func error(_ diagnostic: Diagnostic, in origin: InputOrigin, line: Int) {
        var placed = diagnostic
        placed.location = origin.isFile ? .line(line) : nil
        placed.file = origin.isFile ? origin.name : nil
        report(placed)
    }

    /// `error: cannot read script.cq: No such file or directory`: a problem with no place.
    func error(_ message: String) {
        report(Diagnostic(message))
    }

    /// `warning: history not saved: ...`: the shell goes on as it was.
    func warning(_ message: String) {
        report(Diagnostic(message, severity: .warning))
    }

    /// Any diagnostic, through the one renderer: with the line and a caret under what is wrong
    /// when the text it points into is given.
    func report(_ diagnostic: Diagnostic, in text: String? = nil, fileName: String = "query", lineOffset: Int = 0) {
        let renderer = DiagnosticRenderer(fileName: fileName, lineOffset: lineOffset, color: colorsErrors)
        writeError(renderer.render(diagnostic, in: text))
    }

    /// Every error of a model file load, each with the line of the file it is on.
    func report(_ errors: ModelFileErrors) {
        writeError(errors.rendered(color: colorsErrors))
    }

    /// A result's note when the output format has no place for it (CSV): `note: no claim matches`.
    func note(_ text: String) {
        writeError(TerminalEscape.paint("note:", TerminalEscape.yellow, when: colorsErrors) + " " + TerminalText.visible(text))
    }

    /// A confirmation or warning that is not a result: `saved 3 queries to casualties.cq`. File
    /// names and other outside text in it are shown visibly (`TerminalText.visible`).
    func message(_ text: String) {
        writeError(TerminalText.visible(text))
    }

    /// Results written so far go out first, so that a terminal shows them before the error they led to.
    private func writeError(_ text: String) {
        output.flush()
        errors.write(text + "\n")
        errors.flush()
    }
}
