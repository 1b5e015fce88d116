import ConflictDiagnostics
import Testing

@testable import ConflictShell

@Suite struct DotCommandTests {
    @Test func nameAndArgumentsSplitOnBlanksWithQuotesKeepingThemTogether() throws {
        #expect(
            try DotCommand.parse(".save \"my queries.cq\" --force")
                == DotCommand(name: "save", arguments: ["my queries.cq", "--force"]))
        #expect(try DotCommand.parse("  .format   csv  ") == DotCommand(name: "format", arguments: ["csv"]))
        #expect(try DotCommand.parse(#".output "a \"b\" \\c""#) == DotCommand(name: "output", arguments: [#"a "b" \c"#]))
        #expect(try DotCommand.parse(".save! x.cq") == DotCommand(name: "save!", arguments: ["x.cq"]))
    }

    @Test func anUnterminatedQuoteOrAMissingNameIsAnError() {
        #expect(throws: DotCommand.SyntaxError.self) { try DotCommand.parse(".save \"x") }
        #expect(throws: DotCommand.SyntaxError.self) { try DotCommand.parse(".") }
    }

    @Test func controlCharactersAndBadBytesAreRefusedAtTheirPlace() throws {
        #expect(throws: DotCommand.SyntaxError(message: "a NUL byte cannot appear in a dot-command", range: SourceRange(7, 8))) {
            try DotCommand.parse(".save x\u{0}y")
        }
        #expect(
            throws: DotCommand.SyntaxError(
                message: "unexpected control character U+0001 in a dot-command", range: SourceRange(10, 11))
        ) { try DotCommand.parse(".format cs\u{1}v") }
        #expect(
            throws: DotCommand.SyntaxError(message: "unexpected control character U+001B in a dot-command", range: SourceRange(8, 9))
        ) { try DotCommand.parse(".output \u{1B}[2J") }
        #expect(throws: DotCommand.SyntaxError(message: "the dot-command is not UTF-8 text", range: SourceRange(6, 9))) {
            try DotCommand.parse(".run " + String(decoding: [0x61, 0xFF], as: UTF8.self))
        }
        #expect(try DotCommand.parse(".format\tcsv") == DotCommand(name: "format", arguments: ["csv"]))
    }

    /// C1 controls (CSI, U+009B, acts as ESC [ on some terminals) and the invisible and
    /// bidirectional characters are refused as a query refuses them, in quotes or not.
    @Test(arguments: [
        (".output a\u{9B}31m.txt", "unexpected control character U+009B in a dot-command", 9),
        (".load \"a\u{85}.yaml\"", "unexpected control character U+0085 in a dot-command", 8),
        (".save \"x\u{202E}cq.txt\"", "an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE, cannot appear in a dot-command", 8),
        (".format \u{200B}csv", "an invisible character, U+200B ZERO WIDTH SPACE, cannot appear in a dot-command", 8),
        (".run a\u{2066}.cq", "an invisible character, U+2066 LEFT-TO-RIGHT ISOLATE, cannot appear in a dot-command", 6),
        (".run \u{FEFF}a.cq", "an invisible character, U+FEFF ZERO WIDTH NO-BREAK SPACE, cannot appear in a dot-command", 5),
        (
            ".load x\u{200D}y.yaml",
            "an invisible character, U+200D ZERO WIDTH JOINER, cannot appear in a dot-command outside quotes; a name that needs it goes in quotes",
            7
        ),
    ])
    func whatAQueryRefusesADotCommandRefuses(line: String, message: String, offset: Int) {
        let width = line.unicodeScalars.first { !$0.isASCII }.map { UTF8.width($0) } ?? 1
        #expect(throws: DotCommand.SyntaxError(message: message, range: SourceRange(offset, offset + width))) {
            try DotCommand.parse(line)
        }
    }

    /// A joiner inside quotes is part of a name (Persian names need it), as in a query.
    @Test func aJoinerInQuotesIsTaken() throws {
        #expect(try DotCommand.parse(".load \"x\u{200C}y.yaml\"").arguments == ["x\u{200C}y.yaml"])
    }

    @Test func quotingForAScriptRoundTrips() throws {
        for argument in ["plain.cq", "with space.cq", #"q"uote"#, #"back\slash"#, ""] {
            #expect(try DotCommand.parse(".run " + DotCommand.quoted(argument)).arguments == [argument])
        }
    }

    @Test func suggestionsFindTyposTranspositionsAndPrefixes() {
        let names = DotCommandName.allCases.map(\.rawValue)
        #expect(Suggestions.close(to: "fromat", in: names) == ["format"])
        #expect(Suggestions.close(to: "hlep", in: names) == ["help"])
        #expect(Suggestions.close(to: "sch", in: names) == ["schema"])
        #expect(Suggestions.close(to: "zzzzzz", in: names) == [])
        #expect(Suggestions.phrase([".run", ".timer"], quoted: false) == "; did you mean .run or .timer?")
    }

    @Test func everyCommandHasUsageAndASummary() {
        for command in DotCommand.Spec.all {
            #expect(command.usage.hasPrefix("." + command.name.rawValue))
            #expect(!command.summary.isEmpty)
        }
    }
}
