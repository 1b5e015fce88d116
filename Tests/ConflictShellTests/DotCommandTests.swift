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

    @Test func controlCharactersAndBadBytesAreRefused() throws {
        #expect(throws: DotCommand.SyntaxError(message: "a NUL byte cannot appear in a dot-command")) {
            try DotCommand.parse(".save x\u{0}y")
        }
        #expect(throws: DotCommand.SyntaxError(message: "unexpected control character U+0001 in a dot-command")) {
            try DotCommand.parse(".format cs\u{1}v")
        }
        #expect(throws: DotCommand.SyntaxError(message: "unexpected control character U+001B in a dot-command")) {
            try DotCommand.parse(".output \u{1B}[2J")
        }
        #expect(throws: DotCommand.SyntaxError(message: "the dot-command is not UTF-8 text")) {
            try DotCommand.parse(".run " + String(decoding: [0x61, 0xFF], as: UTF8.self))
        }
        #expect(try DotCommand.parse(".format\tcsv") == DotCommand(name: "format", arguments: ["csv"]))
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
