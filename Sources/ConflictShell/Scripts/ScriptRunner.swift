/// Runs a script's lines unit by unit, stopping at the first failure: a script that goes on after
/// an error prints answers that depend on something that did not happen.
enum ScriptRunner {
    /// Reads lines until `nextLine` runs dry; the lines are numbered from 1 for error messages.
    /// `parameters` fill the `$NAME`s of the script's queries.
    static func run(
        _ nextLine: () -> String?, from origin: InputOrigin, in session: Session, parameters: ParameterArguments? = nil
    ) -> UnitOutcome {
        var assembler = InputAssembler(filling: parameters.map { parameters in { parameters.fill($0) } })
        var lineNumber = 0
        while let line = nextLine() {
            lineNumber += 1
            guard let unit = assembler.add(line, lineNumber: lineNumber) else { continue }
            let outcome = session.execute(unit, from: origin)
            if outcome != .succeeded { return outcome }
        }
        if let unit = assembler.finish() { return session.execute(unit, from: origin) }
        return .succeeded
    }

    /// The lines of a whole text, one at a time; CRLF line ends count as LF, and a final newline
    /// does not make an extra empty line.
    static func lines(of text: String) -> () -> String? {
        // Split the bytes, not the Characters: "\r\n" is one Character and would never equal "\n".
        var remaining = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[...]
        if remaining.last?.isEmpty == true { remaining.removeLast() }
        return {
            guard var line = remaining.popFirst() else { return nil }
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            return String(decoding: line, as: UTF8.self)
        }
    }

    static func allLines(of text: String) -> [String] {
        let next = lines(of: text)
        var all: [String] = []
        while let line = next() { all.append(line) }
        return all
    }
}
