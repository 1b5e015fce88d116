import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import Testing

/// Input the language refuses, and the message that says why: too deep, too long, NUL and control
/// bytes, text that is not UTF-8. None of it may crash, and none of it may reach the terminal raw.
@Suite struct QueryLimitTests {
    private let engine = QueryEngine(model: .builtin)

    /// The message of the error that running `text` gives; nil when it runs.
    private func message(_ text: String) -> String? {
        failure(text)?.fullMessage
    }

    /// Where the error that running `text` gives is; nil when it runs.
    private func range(_ text: String) -> SourceRange? {
        failure(text)?.range
    }

    private func failure(_ text: String) -> Diagnostic? {
        do {
            _ = try engine.run(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func tenThousandParenthesesAreTooDeep() {
        let deep = "claims where " + String(repeating: "(", count: 10_000) + "value = 1" + String(repeating: ")", count: 10_000)
        #expect(message(deep) == "the condition nests more than 100 deep")
        #expect(!QueryEngine.isIncomplete(deep))
    }

    @Test func tenThousandNotsAreTooDeep() {
        #expect(
            message("claims where " + String(repeating: "not ", count: 10_000) + "value = 1")
                == "the condition nests more than 100 deep")
    }

    @Test func unclosedDeepNestingIsTooDeepRatherThanUnfinished() {
        let open = "claims where " + String(repeating: "(", count: 10_000)
        #expect(message(open) == "the condition nests more than 100 deep")
        #expect(!QueryEngine.isIncomplete(open))
    }

    @Test func nestingUpToTheLimitRuns() {
        let deep = "claims where " + String(repeating: "(", count: 99) + "value = 297" + String(repeating: ")", count: 99)
        #expect(message(deep) == nil)
    }

    /// A hundred levels run and the hundred and first is refused, whether they are parentheses,
    /// nots or possiblys.
    @Test func theLimitIsAHundredLevels() {
        func parentheses(_ count: Int) -> String {
            "claims where " + String(repeating: "(", count: count) + "value = 297" + String(repeating: ")", count: count)
        }
        let tooDeep = "the condition nests more than 100 deep"
        #expect(message(parentheses(100)) == nil)
        #expect(message(parentheses(101)) == tooDeep)
        #expect(message("claims where " + String(repeating: "not ", count: 100) + "value = 297") == nil)
        #expect(message("claims where " + String(repeating: "not ", count: 101) + "value = 297") == tooDeep)
        #expect(message("claims where " + String(repeating: "possibly ", count: 100) + "value > 130") == nil)
        #expect(message("claims where " + String(repeating: "possibly ", count: 101) + "value > 130") == tooDeep)
        #expect(message("claims where not (possibly " + String(repeating: "(", count: 98) + "value = 297"
            + String(repeating: ")", count: 98) + ")") == tooDeep)
    }

    /// Each `and` or `or` deepens the condition's tree by one level, so a thousand tests is the limit.
    @Test func aThousandTestsJoinedByAndOrRun() {
        #expect(message("claims where " + String(repeating: "value = 1 or ", count: 999) + "value = 297") == nil)
        #expect(message("claims where " + String(repeating: "value > 1 and ", count: 999) + "value = 297") == nil)
    }

    @Test func moreThanAThousandTestsAreRefused() {
        let expected = "the condition joins more than 1000 tests with \"and\" or \"or\""
        #expect(message("claims where " + String(repeating: "value = 1 or ", count: 7_000) + "value = 297") == expected)
        #expect(
            message("claims where " + String(repeating: "(value = 1 and value = 2) or ", count: 600) + "value = 1") == expected)
        // The count is per query: two long conditions separated by ";" are each within it.
        let half = "claims where " + String(repeating: "value = 1 or ", count: 600) + "value = 297"
        #expect(message(half + "; " + half) == nil)
    }

    /// A long list is one test, not a chain.
    @Test func longInListsRun() {
        #expect(message("claims where value in (" + String(repeating: "1,", count: 40_000) + "297)") == nil)
    }

    @Test func overlongQueryIsRefusedBeforeAnyWork() {
        let huge = "claims where note contains \"" + String(repeating: "x", count: 200_000) + "\""
        #expect(message(huge) == "the query is 200029 bytes long; the limit is 100000")
    }

    @Test func nulBytesAreRefused() {
        #expect(message("claims\u{0}") == "a NUL byte cannot appear in a query")
        #expect(message("claims where note = \"a\u{0}b\"") == "a NUL byte cannot appear in a query")
    }

    /// Inside quotes too: printed back, a control character would act on the terminal.
    @Test func controlCharactersAreRefusedInsideStrings() {
        #expect(message("claims where note = \"a\u{1B}[2Jb\"") == "unexpected control character U+001B")
        #expect(message("claims where note = \"a\u{7F}\"") == "unexpected control character U+007F")
        #expect(message("claims where note = \"a\u{85}b\"") == "unexpected control character U+0085")
        #expect(message("claims where note = 'a\u{9B}b'") == "unexpected control character U+009B")
        // Tabs and line breaks are blanks, in a string as outside one.
        #expect(message("claims where note = \"a\tb\"") == nil)
    }

    /// The error names the first refused character in the order the bytes come, whatever it is.
    @Test func theFirstRefusedCharacterIsTheOneReported() throws {
        let replacement = String(decoding: [0xFF], as: UTF8.self)
        let notUTF8 = "the query is not UTF-8 text: \"\u{FFFD}\" stands for bytes that could not be read as a character"
        #expect(message("claims \u{1}" + replacement + "\u{0}") == "unexpected control character U+0001")
        #expect(message("claims " + replacement + "\u{0}\u{1}") == notUTF8)
        #expect(message("claims where note = \"\u{0}\" \u{1}") == "a NUL byte cannot appear in a query")
        #expect(message("claims where note = \"\u{90}\u{0}\"") == "unexpected control character U+0090")
        #expect(range("claims where note = \"x\u{0}\"") == SourceRange(22, 23))
    }

    /// An invisible character makes a word that looks like `count` not be `count`, and a
    /// bidirectional one makes the query on the screen read otherwise than the one that runs: both
    /// are refused wherever they are, named by code and name, at their place.
    @Test func invisibleAndBidirectionalCharactersAreRefusedByName() throws {
        #expect(message("\u{200B}count claims") == "an invisible character, U+200B ZERO WIDTH SPACE, cannot appear in a query")
        #expect(message("\u{FEFF}count claims") == "an invisible character, U+FEFF ZERO WIDTH NO-BREAK SPACE, cannot appear in a query")
        #expect(
            message("claims where note = \"a\u{202E}b\"")
                == "an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE, cannot appear in a query")
        #expect(
            message("claims # \u{2066}comment") == "an invisible character, U+2066 LEFT-TO-RIGHT ISOLATE, cannot appear in a query")
        #expect(message("count\u{2028}claims") == "an invisible character, U+2028 LINE SEPARATOR, cannot appear in a query")
        #expect(range("count \u{200F}claims") == SourceRange(6, 9))
    }

    /// Persian names and emoji are spelt with ZERO WIDTH NON-JOINER and JOINER: taken in quotes only.
    @Test func joinersAreTakenOnlyInQuotes() {
        #expect(message("actors where name = \"می\u{200C}خواهم\"") == nil)
        #expect(message("actors where name = 'a\u{200D}b'") == nil)
        #expect(message("actors where name = \"it's\" or name = 'a\u{200D}b'") == nil)
        #expect(
            message("actors where name = می\u{200C}خواهم")
                == "an invisible character, U+200C ZERO WIDTH NON-JOINER, cannot appear in a query outside quotes; "
                + "a name that needs it goes in quotes")
        #expect(message("actors where name = Pakistan's\u{200D}x")?.hasPrefix("an invisible character, U+200D") == true)
    }

    @Test func controlCharactersAreNamedByTheirCode() {
        #expect(message("claims \u{1}\u{2}") == "unexpected control character U+0001")
        #expect(message("claims \u{1B}[31m") == "unexpected control character U+001B")
        #expect(message("claims \u{7F}") == "unexpected control character U+007F")
    }

    @Test func invalidUTF8IsRefusedWhereItIs() throws {
        // As the shell makes text of the bytes it reads: "cl", then 0xFF and 0xFE, each repaired to U+FFFD.
        let text = String(decoding: [0x63, 0x6C, 0xFF, 0xFE], as: UTF8.self)
        let expected = "the query is not UTF-8 text: \"\u{FFFD}\" stands for bytes that could not be read as a character"
        #expect(message(text) == expected)
        #expect(message("claims where party = \"Af" + String(decoding: [0xC3], as: UTF8.self) + "\"") == expected)
        do {
            _ = try engine.run(text)
        } catch {
            #expect(error.range == SourceRange(2, 5))
        }
    }

    @Test func binaryBytesGiveAnError() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]  // a PNG file's start
        #expect(message(String(decoding: bytes, as: UTF8.self)) != nil)
    }

    /// An escape sequence in a query must not colour or move the terminal when the error is shown.
    @Test func renderedErrorsShowControlCharactersAsSymbols() throws {
        let query = "claims where party = \"\u{1B}[2J\u{7}\" and \u{1B}"
        do {
            _ = try engine.run(query)
            Issue.record("expected an error")
        } catch {
            let rendered = DiagnosticRenderer().render(error, in: query)
            #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F })
            #expect(rendered.contains("\u{241B}[2J\u{2407}"))
        }
    }
}

/// Long chains of parts cost their length: an event's parts and an actor's members are found once
/// per query through an index, not walked again for every record.
@Suite(.timeLimit(.minutes(1))) struct ChainScaleTests {
    static let depth = 100_000

    static let model: ConflictModel = {
        let actors = (0..<depth).map { Actor(id: "a\($0)", name: "Actor \($0)", kind: .armedGroup, partOf: $0 > 0 ? "a\($0 - 1)" : nil) }
        let events = (0..<depth).map { Event(id: "e\($0)", name: "Event \($0)", kind: .clash, partOf: $0 > 0 ? "e\($0 - 1)" : nil) }
        let claims = (1...5_000).map {
            Claim(
                id: $0, event: "e\(depth - $0)", measure: "killed", counted: "people", unit: "people", party: "a\(depth - $0)",
                quantity: Quantity(Double($0)), claimant: "a\($0)")
        }
        return ConflictModel(
            vocabulary: Vocabulary(units: [Unit(id: "people", description: "people")], measures: [Measure(id: "killed", description: "killed")]),
            sources: [], actors: actors, events: events, claims: claims, statements: [])
    }()

    @Test func claimsOfAnEventTakeInItsPartsAtAnyDepth() throws {
        let tables = try QueryEngine(model: Self.model).run("count claims where event = e0")
        #expect(tables.first?.rows.first?.values == [.integer(5_000)])
    }

    @Test func withinTakesInMembersAtAnyDepth() throws {
        let tables = try QueryEngine(model: Self.model).run("count claims where party within a0")
        #expect(tables.first?.rows.first?.values == [.integer(5_000)])
    }

    @Test func describingTheTopEventFindsEveryFigure() throws {
        let tables = try QueryEngine(model: Self.model).run("describe \"Event 0\"")
        #expect(tables.contains { $0.title == "Figures about Event 0" && $0.rows.count == 5_000 })
    }
}
