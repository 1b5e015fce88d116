import ConflictDiagnostics
import ConflictQuery

/// A query or script kept in the query library: its text, and what `.queries` says of it.
///
/// The file is a script like any other (`conflictq FILE.cq` reads it), which may hold `$NAME`
/// parameters in its queries; `.save NAME` opens it with a comment that shows the query on one
/// line, which is what `.queries` lists.
struct SavedQuery {
    let name: String
    let path: String
    let text: String

    /// The first line of the comments the script opens with, without its `#`: what it asks.
    var description: String {
        for line in ScriptRunner.allLines(of: text) {
            let trimmed = line.trimmingBlanks()
            if trimmed.isEmpty { continue }
            guard trimmed.hasPrefix("#") else { return "" }
            return trimmed.drop { $0 == "#" }.trimmingBlanks()
        }
        return ""
    }

    var parameters: [String] { Self.parameters(of: text) }

    /// The `$NAME`s the queries of a script use, in the order they first appear; dot-command lines
    /// are run as written, so theirs are not parameters.
    ///
    /// The script is split into units as a run splits it, with each parameter standing in as a
    /// string, so that a parameter is found where a run would fill it.
    static func parameters(of text: String) -> [String] {
        var names: [String] = []
        var assembler = InputAssembler(filling: { query in
            QueryTemplate.replacingReferences(in: query) { reference in
                if !names.contains(reference.name) { names.append(reference.name) }
                return "\"\""
            }
        })
        var lineNumber = 0
        for line in ScriptRunner.allLines(of: text) {
            lineNumber += 1
            _ = assembler.add(line, lineNumber: lineNumber)
        }
        _ = assembler.finish()
        return names
    }

    /// What `.save NAME` writes for the last query: a comment with the query on one line, one
    /// with the command that runs it, then the query as it was typed.
    static func text(saving query: String, as name: String) -> String {
        let oneLine = ScriptRunner.allLines(of: query).map { $0.trimmingBlanks() }.filter { !$0.isEmpty }.joined(separator: " ")
        let shown = oneLine.count > longestDescription ? String(oneLine.prefix(longestDescription - 1)) + "…" : oneLine
        let run = ".run \(name)" + parameters(of: query).map { " \($0)=VALUE" }.joined()
        return "# \(shown)\n# Saved by conflictq's .save; run it with: \(run)\n\(query)\n"
    }

    /// The longest description `.save` writes: a long query is cut, a whole one is in the file.
    static let longestDescription = 100

    /// The last query with each value given made a parameter: `.save casualties party="Afghan
    /// Taliban"` after `sum killed where party = "Afghan Taliban"` keeps `sum killed where party = $party`.
    /// Every place the value stands (`ValuePlace`) takes the parameter; a value that stands
    /// nowhere is an error that names the values there are.
    static func template(of query: String, making parameters: ParameterArguments) throws(Diagnostic) -> String {
        let places = ValuePlace.all(in: query)
        var replacements: [(range: SourceRange, name: String)] = []
        for (name, value) in parameters.values {
            let matching = places.filter { $0.holds(value) }
            guard !matching.isEmpty else {
                let there = places.map(\.text)
                throw Diagnostic(
                    "the last query has no value \"\(value)\" for $\(name) to stand for",
                    suggestions: Suggestions.close(to: value, in: there),
                    notes: [
                        there.isEmpty ? "it has no values" : "its values: " + there.map { "\"\($0)\"" }.joined(separator: ", ")
                    ])
            }
            if let taken = replacements.first(where: { matching.map(\.range).contains($0.range) }) {
                throw Diagnostic("$\(taken.name) and $\(name) both stand for \"\(value)\"; give it one name")
            }
            replacements += matching.map { ($0.range, name) }
        }
        var bytes = Array(query.utf8)
        for replacement in replacements.sorted(by: { $0.range.start > $1.range.start }) {
            bytes.replaceSubrange(replacement.range.start..<replacement.range.end, with: Array("$\(replacement.name)".utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
