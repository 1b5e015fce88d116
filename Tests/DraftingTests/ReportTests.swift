import ConflictModel
@testable import ReportDrafting
import Testing

/// How a plain-text report becomes numbered paragraphs, and what its header says.
@Suite struct ReportTests {
    @Test func theHeaderGivesTitleOutletDateAndURLAndTheTitleIsParagraphZero() {
        let report = Report(
            text:
                "URL: https://example.com/a\nTitle: Clash at the border\nOutlet: Example Wire (via agency)\nDate: 2026-03-01\nSection: World\n---\nFirst.\nSecond.\n"
        )
        #expect(report.url == "https://example.com/a")
        #expect(report.outlet == "Example Wire")
        #expect(report.date == PartialDate("2026-03-01"))
        #expect(report.paragraphs == ["Clash at the border", "First.", "Second."])
    }

    /// With blank lines between them, wrapped lines make one paragraph; without, each line is one.
    @Test func paragraphsAreBlocksBetweenBlankLinesOrLines() {
        #expect(Report(text: "Title: T\n---\n\nOne line\nwrapped.\n\nTwo.\n").paragraphs == ["T", "One line wrapped.", "Two."])
        #expect(Report(text: "Title: T\n---\r\nOne.\r\nTwo.\r\n").paragraphs == ["T", "One.", "Two."])
    }

    /// A block of labelled lines or a heading's lines is one paragraph, but each line starts anew;
    /// a wrapped sentence's lines do not.
    @Test func aListsLinesStartAnewInTheirParagraph() {
        let report = Report(
            text:
                "Title: T\n---\n\nHEALTH OFFICE\nDaily update\n\nKilled: 9\nInjured: 30\n\nThe office said that the\nArmy had fired first.\n"
        )
        #expect(
            report.paragraphs == [
                "T", "HEALTH OFFICE Daily update", "Killed: 9 Injured: 30", "The office said that the Army had fired first.",
            ])
        #expect(report.lineStarts == [[], ["HEALTH OFFICE ".utf8.count], ["Killed: 9 ".utf8.count], []])
    }

    /// The words between one figure's counted words and the next figure's number are none where
    /// the two overlap, as they may in broken copy: a slice, never a trap on an empty range.
    @Test func theWordsBetweenTwoOverlappingSpansAreNone() throws {
        let sentence = try #require(Sentence.split("Rebels said 17 soldiers died and 19 were hurt.", number: 1).first)
        #expect(sentence.words(from: 2, before: 4).map { String($0.text) } == ["17", "soldiers"])
        #expect(sentence.words(from: 6, before: 4).isEmpty)
        #expect(sentence.words(from: 5, before: 5).isEmpty)
        #expect(sentence.words(from: -2, before: 1).map { String($0.text) } == ["Rebels"])
        #expect(sentence.words(from: 6, before: 99).map { String($0.text) } == ["19", "were", "hurt", "."])
    }

    @Test func withoutAHeaderTheFirstParagraphIsTheTitle() {
        let report = Report(text: "Border clash kills dozens\n\nThe army said 40 soldiers were killed.\n")
        #expect(report.title == "Border clash kills dozens")
        #expect(report.paragraphs.count == 2)
        #expect(report.date == nil)
    }

    @Test func theCommandLineTakesThePlaceOfTheText() {
        let report = Report(
            text: "Title: T\nOutlet: A\nDate: 2026-03-01\n---\nX.\n",
            overrides: .init(outlet: "B", date: PartialDate("2026-03-02"), url: "https://example.org"))
        #expect(report.outlet == "B")
        #expect(report.date == PartialDate("2026-03-02"))
        #expect(report.url == "https://example.org")
    }
}
