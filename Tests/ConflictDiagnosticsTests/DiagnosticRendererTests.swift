import ConflictDiagnostics
import Testing

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
