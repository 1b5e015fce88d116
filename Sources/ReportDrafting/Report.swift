import ConflictModel

/// A news report as plain text: optional header lines (`URL:`, `Title:`, `Outlet:`, `Date:`),
/// a line of dashes, then the body. Paragraphs are numbered as model files cite them: 0 is the
/// title, then the body's paragraphs in order, which are blocks between blank lines or, in a body
/// without blank lines, its lines.
///
/// Without a header the first paragraph is the title. Options given on the command line take the
/// place of what the text says.
public struct Report: Sendable {
    public var url: String?
    public var title: String
    public var outlet: String?
    public var date: PartialDate?
    /// Paragraph 0 is the title.
    public var paragraphs: [String]
    /// For each paragraph, where a line of its block begins that does not carry on the line before
    /// it (a heading's lines, a list's "Killed: 14" under "Injured: 37"), as UTF-8 offsets in the
    /// paragraph: a sentence ends there, though the block is one paragraph.
    public var lineStarts: [Set<Int>]

    /// What the command line says instead of the text: `--outlet`, `--date`, `--url`.
    public struct Overrides: Sendable {
        public var outlet: String?
        public var date: PartialDate?
        public var url: String?

        public init(outlet: String? = nil, date: PartialDate? = nil, url: String? = nil) {
            self.outlet = outlet
            self.date = date
            self.url = url
        }
    }

    public init(text: String, overrides: Overrides = Overrides()) {
        // Any line break: "\r\n" is one character to Swift, and would not split on "\n".
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        var header: [String: String] = [:]
        var bodyStart = 0
        if let dashes = lines.firstIndex(where: Self.isDashes) {
            for line in lines[..<dashes] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingBlanks.lowercased()
                header[key] = String(line[line.index(after: colon)...].trimmingBlanks)
            }
            bodyStart = dashes + 1
        }
        var body = Self.paragraphs(Array(lines[bodyStart...]))
        let title: String
        if let given = header["title"], !given.isEmpty {
            title = given
        } else {
            title = body.first?.text ?? ""
            body = Array(body.dropFirst())
        }
        self.title = title
        paragraphs = [title] + body.map(\.text)
        lineStarts = [[]] + body.map(\.lineStarts)
        url = overrides.url ?? header["url"].flatMap { $0.isEmpty ? nil : $0 }
        outlet = overrides.outlet ?? header["outlet"].flatMap { $0.isEmpty ? nil : Self.outletName($0) }
        date = overrides.date ?? header["date"].flatMap { PartialDate(String($0.prefix(10))) }
    }

    /// Where a text holds a control character a plain-text report has no use for (anything below
    /// U+0020 but tab and line breaks, DEL, and the C1 controls), as line, column and the
    /// character; nil for a text without one. Invisible characters of web pages (a zero-width
    /// space, a byte order mark) are allowed: they are no controls.
    public static func controlCharacter(in text: String) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            let value = scalar.value
            if (value < 0x20 && scalar != "\t" && scalar != "\r") || value == 0x7F || (0x80...0x9F).contains(value) {
                return (line, column, scalar)
            }
            column += 1
        }
        return nil
    }

    /// "forum repost (intermati.com) of a wire story" is the outlet "forum repost": the words
    /// before a parenthesis or a comma.
    private static func outletName(_ text: String) -> String {
        let cut = text.prefix { $0 != "(" && $0 != "," && $0 != ";" }
        return String(cut.trimmingBlanks)
    }

    private static func isDashes(_ line: String) -> Bool {
        line.count >= 3 && line.allSatisfy { $0 == "-" || $0 == "=" }
    }

    /// Blocks between blank lines, each joined into one line; a body with no blank line between
    /// two written lines has a paragraph a line.
    private static func paragraphs(_ lines: [String]) -> [(text: String, lineStarts: Set<Int>)] {
        let written = lines.map { String($0.trimmingBlanks) }
        guard let first = written.firstIndex(where: { !$0.isEmpty }), let last = written.lastIndex(where: { !$0.isEmpty }),
            written[first...last].contains("")
        else { return written.filter { !$0.isEmpty }.map { ($0, []) } }
        var paragraphs: [(text: String, lineStarts: Set<Int>)] = []
        var current: [String] = []
        for line in written + [""] {
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(block(current)) }
                current = []
            } else {
                current.append(line)
            }
        }
        return paragraphs
    }

    /// A block's lines joined into one paragraph, with where the lines begin that are no
    /// wrapped continuation of the line before.
    private static func block(_ lines: [String]) -> (text: String, lineStarts: Set<Int>) {
        let longest = lines.map(\.count).max() ?? 0
        var starts: Set<Int> = []
        var offset = 0
        for (previous, line) in zip(lines, lines.dropFirst()) {
            offset += previous.utf8.count + 1
            if isLineOfItsOwn(line, after: previous, longest: longest) { starts.insert(offset) }
        }
        return (lines.joined(separator: " "), starts)
    }

    /// Whether a line starts anew rather than carrying on a wrapped sentence: it begins as a
    /// sentence or an item does, and the line before is a heading in capitals, ends with a colon,
    /// or stops well short of the block's width, or the line is labelled ("Injured: 37"); or it
    /// is a list's line that gives a count after a dash ("tanks – 1,212 (+9)").
    private static func isLineOfItsOwn(_ line: String, after previous: String, longest: Int) -> Bool {
        if isCountAfterDash(line) { return true }
        // "- Nine people were killed, including two children": an item of a list of bullets.
        if ["- ", "• ", "* ", "– "].contains(where: { line.hasPrefix($0) }) { return true }
        guard let first = line.first, first.isUppercase || first.isNumber || "•*-–—".contains(first) else { return false }
        let isHeading = !previous.contains(where: \.isLowercase) && previous.contains(where: \.isLetter)
        let isShort = previous.count * 4 < longest * 3
        let label = line.prefix { $0 != ":" }
        let isLabelled =
            label.count < line.count && label.split(separator: " ").count <= 4 && !label.contains(where: { ".,;".contains($0) })
        return isHeading || previous.hasSuffix(":") || isShort || isLabelled
    }

    /// "personnel – about 41,300 (+640) persons", "warships / boats – 11": a label of a few words,
    /// a dash, and a number within the next two words.
    private static func isCountAfterDash(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard let dash = words.firstIndex(where: { $0 == "–" || $0 == "—" }), (1...4).contains(dash) else { return false }
        return !words[..<dash].joined().contains(where: { ".,;:".contains($0) })
            && words[(dash + 1)...].prefix(2).contains { $0.first?.isNumber == true }
    }
}

extension StringProtocol {
    /// Each word with a capital and the rest in small letters, as a name in a heading in capitals
    /// is written elsewhere: "ORIEL SANDQUIST" is "Oriel Sandquist".
    var titleCasedWords: String {
        split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// Without blanks (spaces, tabs, no-break spaces) at either end.
    var trimmingBlanks: Substring {
        let characters = Substring(self)
        let start = characters.firstIndex { !$0.isWhitespace } ?? characters.endIndex
        let end = characters.lastIndex { !$0.isWhitespace }.map { characters.index(after: $0) } ?? start
        return start < end ? characters[start..<end] : characters[start..<start]
    }
}
