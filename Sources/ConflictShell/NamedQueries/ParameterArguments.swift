import ConflictDiagnostics
import ConflictQuery

/// The `NAME=VALUE` arguments of `.run` and `.save`: each fills, or makes, the parameter `$NAME`.
///
/// The value is what the dot-command's quoting leaves (`party="Afghan Taliban"` is the value
/// Afghan Taliban); it has already been refused if it holds a control or invisible character, as
/// every dot-command argument is. It goes into a query only as one literal (`QueryTemplate.literal`).
struct ParameterArguments: Equatable {
    /// In the order given.
    private(set) var values: [(name: String, value: String)] = []

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.values.elementsEqual(rhs.values) { $0 == $1 } }

    var isEmpty: Bool { values.isEmpty }
    var names: [String] { values.map(\.name) }

    /// Whether an argument is meant as `NAME=VALUE` rather than a file: it has an `=`, and no `/` or
    /// `.` before it (`./a=b.cq` is a file).
    static func isParameter(_ argument: String) -> Bool {
        guard let equals = argument.firstIndex(of: "=") else { return false }
        return !ScriptTarget.isPath(String(argument[..<equals]))
    }

    /// Reads the arguments that `isParameter` picks out: a name that can follow `$`, a value that
    /// is not empty, each name once.
    static func parse(_ arguments: [String]) throws(Diagnostic) -> ParameterArguments {
        var parsed = ParameterArguments()
        for argument in arguments where isParameter(argument) {
            let equals = argument.firstIndex(of: "=")!
            let name = String(argument[..<equals])
            let value = String(argument[argument.index(after: equals)...])
            guard QueryTemplate.isParameterName(name) else {
                throw Diagnostic(
                    "\"\(name)\" in \(argument) is no parameter name: a parameter is $ and a letter or _, then letters, "
                        + "digits and _, at most \(QueryTemplate.longestName) (party=\"Afghan Taliban\" fills $party)")
            }
            guard !value.isEmpty else {
                throw Diagnostic("\(name)= gives $\(name) no value; write one after the = (\(name)=\"...\")")
            }
            if parsed.names.contains(name) { throw Diagnostic("$\(name) is given twice; give it one value") }
            parsed.values.append((name, value))
        }
        return parsed
    }

    /// Checks the values given against the parameters a script uses (`used`): a value for one it
    /// does not use is an error, most likely a misspelt name; so is a parameter left without one.
    /// `script` names it in the message, `runIt` is the command that runs it.
    func check(against used: [String], of script: String, runIt: String) throws(Diagnostic) {
        for name in names where !used.contains(name) {
            guard !used.isEmpty else {
                throw Diagnostic("\(script) has no parameters, so \(name)= fills nothing; run it with \(runIt)")
            }
            throw Diagnostic(
                "\(script) has no parameter $\(name)", suggestions: Suggestions.close(to: name, in: used).map { "$" + $0 },
                notes: ["its parameters: " + used.map { "$" + $0 }.joined(separator: ", ")])
        }
        let missing = used.filter { !names.contains($0) }
        guard missing.isEmpty else {
            let them = missing.map { "$" + $0 }
            let phrase = them.count == 1 ? them[0] : them.dropLast().joined(separator: ", ") + " and " + them.last!
            throw Diagnostic(
                "\(script) needs a value for \(phrase): \(runIt)" + missing.map { " \($0)=VALUE" }.joined())
        }
    }

    /// Puts the values into a query's text: each `$NAME` becomes its value as a literal.
    func fill(_ text: String) -> String {
        let literals = Dictionary(values.map { ($0.name, QueryTemplate.literal(for: $0.value)) }, uniquingKeysWith: { $1 })
        return QueryTemplate.replacingReferences(in: text) { literals[$0.name] }
    }
}
