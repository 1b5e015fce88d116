import ConflictDiagnostics
import Testing

/// What `TerminalText.visible` shows for each kind of character a terminal would act on or hide.
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("a\u{1B}]0;x\u{07}", "a␛]0;x␇"), ("\u{8}\r\u{7F}", "␈␍␡"), ("tab\tstays", "tab\tstays"),
        ("\u{9B}31m", "<U+009B>31m"), ("\u{85}", "<U+0085>"), ("a\u{202E}b", "a<U+202E>b"), ("\u{FEFF}x", "<U+FEFF>x"),
        ("\u{61C}\u{200B}\u{200E}\u{200F}\u{2066}\u{2069}\u{2060}\u{2064}\u{2028}\u{2029}",
            "<U+061C><U+200B><U+200E><U+200F><U+2066><U+2069><U+2060><U+2064><U+2028><U+2029>"),
        ("Türkiye", "Türkiye"), ("", ""),
        // Joiners spell Persian words and emoji; alone, or at an end, they hide.
        ("می\u{200C}خواهم", "می\u{200C}خواهم"), ("👩\u{200D}💻", "👩\u{200D}💻"), ("\u{200C}x", "<U+200C>x"),
        ("x \u{200D} y", "x <U+200D> y"),
    ])
    func charactersAreShown(text: String, expected: String) {
        #expect(TerminalText.visible(text) == expected)
    }

    @Test func linesStayLines() {
        #expect(TerminalText.visibleLines("a\u{1B}\nb\u{202E}\n") == "a␛\nb<U+202E>\n")
    }

    @Test func charactersAreNamed() {
        #expect(TerminalText.codeAndName("\u{200B}") == "U+200B ZERO WIDTH SPACE")
        #expect(TerminalText.codeAndName("\u{202E}") == "U+202E RIGHT-TO-LEFT OVERRIDE")
        #expect(TerminalText.codeAndName("\u{FEFF}") == "U+FEFF ZERO WIDTH NO-BREAK SPACE")
    }
}

/// One renderer for every kind of place a diagnostic can have.
@Suite struct DiagnosticRendererTests {
    @Test func aQueryErrorShowsItsLineAndACaretUnderTheSpan() {
        let diagnostic = Diagnostic("unknown measure \"kiled\"", at: SourceRange(4, 9), suggestions: ["killed"])
        #expect(
            DiagnosticRenderer().render(diagnostic, in: "sum kiled") == """
                query:1:5: error: unknown measure "kiled"; did you mean "killed"?
                sum kiled
                    ^~~~~
                """)
    }

    @Test func aFileErrorShowsTheFilesLineWithTheValueUnderlined() {
        let diagnostic = Diagnostic(
            file: "m.yaml", line: 2, column: 16, field: "claims[0].qualifier", message: "unknown qualifier \"roughly\"")
        let text = "claims:\n    qualifier: roughly\n"
        #expect(
            DiagnosticRenderer().render(diagnostic, in: text) == """
                m.yaml:2:16: error: claims[0].qualifier: unknown qualifier "roughly"
                    qualifier: roughly
                               ^~~~~~~
                """)
        #expect(diagnostic.description == "m.yaml:2:16: error: claims[0].qualifier: unknown qualifier \"roughly\"")
    }

    @Test func aKeyIsUnderlinedWithoutItsColon() {
        let diagnostic = Diagnostic(file: "m.yaml", line: 1, column: 1, field: "", message: "unknown key \"nme\"")
        #expect(DiagnosticRenderer().render(diagnostic, in: "nme: A").hasSuffix("nme: A\n^~~"))
    }

    @Test func aLineOrNoPlaceAtAll() {
        #expect(DiagnosticRenderer().render(Diagnostic("bad", location: .line(3), file: "s.cq"), in: nil) == "s.cq:3: error: bad")
        #expect(DiagnosticRenderer().render(Diagnostic("bad"), in: nil) == "error: bad")
        #expect(DiagnosticRenderer().render(Diagnostic("mind", severity: .warning), in: nil) == "warning: mind")
    }

    @Test func columnsCountUnicodeScalarsAndTheCaretSitsUnderTheCharacter() {
        let diagnostic = Diagnostic("unknown", at: SourceRange(8, 9))
        #expect(
            DiagnosticRenderer().render(diagnostic, in: "«été» x") == """
                query:1:6: error: unknown
                «été» x
                     ^
                """)
    }

    @Test func controlCharactersInTheTextAreShownNotSent() {
        let diagnostic = Diagnostic("no actor is named \"a\u{1B}]0;x\u{07}\"", location: nil, file: "f\u{1B}.yaml")
        let rendered = DiagnosticRenderer().render(diagnostic, in: nil)
        #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(rendered == "f␛.yaml: error: no actor is named \"a␛]0;x␇\"")
    }

    /// A control shown as "<U+202E>" is wider than the character it stands for: the caret is placed
    /// by what is shown, so it stays under the error.
    @Test func theCaretCountsTheVisibleTextBeforeTheError() {
        let text = "claims where note = \"\u{202E}x\" and mesure = killed"
        let start = text.utf8.count - "mesure = killed".utf8.count
        let diagnostic = Diagnostic("claims have no field \"mesure\"", at: SourceRange(start, start + 6))
        #expect(
            DiagnosticRenderer().render(diagnostic, in: text) == """
                query:1:30: error: claims have no field "mesure"
                claims where note = "<U+202E>x" and mesure = killed
                                                    ^~~~~~
                """)
    }

    @Test func anInvisibleCharacterAtTheErrorIsUnderlinedWhole() {
        let diagnostic = Diagnostic("an invisible character", at: SourceRange(0, 3))
        #expect(
            DiagnosticRenderer().render(diagnostic, in: "\u{200B}count claims") == """
                query:1:1: error: an invisible character
                <U+200B>count claims
                ^~~~~~~~
                """)
    }

    @Test func aFilePositionAfterAControlToo() {
        let diagnostic = Diagnostic(file: "m.yaml", line: 1, column: 9, field: "", message: "bad")
        #expect(DiagnosticRenderer().render(diagnostic, in: "name: \u{1B}\u{9B} x\n").hasSuffix("name: ␛<U+009B> x\n               ^"))
    }

    @Test func aLongLineIsCutAroundTheVisibleError() {
        let text = String(repeating: "a ", count: 100) + "\u{202E}" + String(repeating: "b ", count: 100) + "bad"
        let start = text.utf8.count - 3
        let rendered = DiagnosticRenderer().render(Diagnostic("bad", at: SourceRange(start, start + 3)), in: text)
        let lines = rendered.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].hasSuffix("b bad"))
        #expect(lines[2].hasSuffix("^~~"))
        #expect(lines[2].count == lines[1].count)
    }

    @Test func colourOnlyWhenAsked() {
        let plain = DiagnosticRenderer().render(Diagnostic("bad"), in: nil)
        let painted = DiagnosticRenderer(color: true).render(Diagnostic("bad"), in: nil)
        #expect(!plain.contains("\u{1B}"))
        #expect(painted == "\u{1B}[1;31merror:\u{1B}[0m bad")
    }

    @Test func notesFollowTheMessage() {
        let diagnostic = Diagnostic("bad", notes: ["because"])
        #expect(DiagnosticRenderer().render(diagnostic, in: nil) == "error: bad\n  note: because")
    }
}

/// A message that quotes a huge token shows its ends and its length, not all of it.
@Suite struct LongQuoteTests {
    @Test func aLongQuotedTextIsCutToItsEnds() {
        let token = String(repeating: "x", count: 99_000)
        let rendered = DiagnosticRenderer().render(Diagnostic("no actor is named \"\(token)\"; try again"), in: nil)
        #expect(rendered.count < 200)
        #expect(rendered.hasSuffix("\" (99000 characters); try again"))
        #expect(rendered.contains("xxx…xxx"))
    }

    @Test func shortQuotesStayWhole() {
        let rendered = DiagnosticRenderer().render(
            Diagnostic("unknown measure \"kiled\"; " + String(repeating: "and more words ", count: 10)), in: nil)
        #expect(rendered.contains("\"kiled\""))
    }
}
