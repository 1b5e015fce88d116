import YAMLReader
import ConflictModel
import ConflictDiagnostics

/// The errors found while reading one model file, where each of its values was written, and the
/// conversions of single YAML values that log an error instead of failing.
final class ReadingLog {
    let file: String
    private(set) var errors: [ModelFileError] = []
    private(set) var positions: [String: Position] = [:]
    /// The paths of values that were written but could not be read, and of required values that
    /// are missing: the checks of the whole model leave them alone, as their own error says
    /// what is wrong with them.
    private(set) var unread: Set<String> = []
    /// One copy of each text read: a large model repeats the same few ids and words in thousands of
    /// entries, and sharing one string between them keeps memory down and queries, which touch
    /// every entry's strings, in the cache.
    private var texts: Set<String> = []

    /// Whether `record` notes positions; without, errors found while reading still have theirs.
    let notesPositions: Bool

    /// `expectedValues`: about how many values the file holds, to make room for their positions at once.
    init(file: String, notesPositions: Bool = true, expectedValues: Int = 0) {
        self.file = file
        self.notesPositions = notesPositions
        if notesPositions { positions.reserveCapacity(expectedValues) }
    }

    var errorCount: Int { errors.count }

    func error(at position: Position, _ field: String, _ message: String) {
        errors.append(
            ModelFileError(file: file, line: position.line, column: position.column, field: field, message: message))
    }

    func error(at node: YAMLNode, _ field: String, _ message: String) {
        error(at: node.position, field, message)
    }

    /// An error about a value that could not be read at all.
    func failed(at node: YAMLNode, _ path: String, _ message: String) {
        error(at: node, path, message)
        unread.insert(path)
    }

    /// A value that is not there to be read, whether or not its absence is an error of its own.
    func markUnread(_ path: String) {
        unread.insert(path)
    }

    func record(_ node: YAMLNode, at path: @autoclosure () -> String) {
        if notesPositions { positions[path()] = node.position }
    }

    // MARK: - Single values

    /// Any scalar's text: `name: 1984` is the name "1984", as a reader of the file would take it.
    func string(_ node: YAMLNode, _ path: @autoclosure () -> String, allowEmpty: Bool = false) -> String? {
        guard case .scalar(let scalar) = node, !node.isNull else {
            failed(at: node, path(), "expected text, found \(node.kindDescription)")
            return nil
        }
        if scalar.text.isEmpty && !allowEmpty {
            failed(at: node, path(), "must not be empty")
            return nil
        }
        return texts.insert(scalar.text).memberAfterInsert
    }

    /// A number written as YAML writes one: digits, a point, an exponent; never quoted.
    func number(_ node: YAMLNode, _ path: @autoclosure () -> String) -> Double? {
        guard case .scalar(let scalar) = node, scalar.isPlain, Self.isDecimal(scalar.text),
            let number = Double(scalar.text)
        else {
            failed(at: node, path(), "expected a number, found \(node.kindDescription)" + Self.quotedNumberHint(node))
            return nil
        }
        guard Self.holdsExactly(number, written: scalar.text) else {
            failed(
                at: node, path(),
                "the number \(scalar.text) cannot be held exactly; figures have at most 15 significant digits "
                    + "and are below 1,000,000,000,000,000, as in queries")
            return nil
        }
        return number
    }

    /// Figures below this, with at most 15 significant digits, are held exactly, and sums of a
    /// million of them stay finite: queries refuse larger numbers too.
    static let largestFigure = Quantity.largestFigure

    func wholeNumber(_ node: YAMLNode, _ path: @autoclosure () -> String) -> Int? {
        guard case .scalar(let scalar) = node, scalar.isPlain, Self.isDecimal(scalar.text, whole: true)
        else {
            failed(at: node, path(), "expected a whole number, found \(node.kindDescription)" + Self.quotedNumberHint(node))
            return nil
        }
        guard let number = Int(scalar.text) else {
            failed(at: node, path(), "the number \(scalar.text) is too large")
            return nil
        }
        return number
    }

    func bool(_ node: YAMLNode, _ path: @autoclosure () -> String) -> Bool? {
        if case .scalar(let scalar) = node, scalar.isPlain {
            switch scalar.text.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        failed(at: node, path(), "expected true or false, found \(node.kindDescription)")
        return nil
    }

    func date(_ node: YAMLNode, _ path: @autoclosure () -> String) -> PartialDate? {
        guard let text = string(node, path()) else { return nil }
        guard let date = PartialDate(text) else {
            failed(
                at: node, path(),
                "\"\(text)\" is not a date"
                    + (PartialDate.impossibility(of: text).map { ": \($0)" }
                        ?? "; write YYYY, YYYY-MM, YYYY-MM-DD (\"2026-02-28\") or a day with a 24-hour time (\"2026-02-28 16:00\")"))
            return nil
        }
        return date
    }

    /// One of an enumeration's raw values: a qualifier, a kind, a mode.
    func choice<Choice: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ path: @autoclosure () -> String, _ what: String) -> Choice?
    where Choice.RawValue == String {
        guard let text = string(node, path()) else { return nil }
        if let choice = Choice(rawValue: text) { return choice }
        let names = Choice.allCases.map(\.rawValue)
        let hint = Suggestions.phrase(Suggestions.close(to: text, in: names))
        let choices = hint.isEmpty ? "; expected one of: " + names.joined(separator: ", ") : hint
        failed(at: node, path(), "unknown \(what) \"\(text)\"" + choices)
        return nil
    }

    /// A CAMEO event code: two to four digits ("03", "039", "0256"), kept as text for its leading zeros.
    func cameoCode(_ node: YAMLNode, _ path: @autoclosure () -> String) -> String? {
        guard let text = string(node, path()) else { return nil }
        guard (2...4).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            failed(at: node, path(), "\"\(text)\" is not a CAMEO code; CAMEO codes are 2 to 4 digits (\"039\", \"0256\")")
            return nil
        }
        return text
    }

    /// Decimal notation only: YAML 1.1 would also read `0x1F`, `1_000` or `1:20` as numbers, which
    /// in a casualty figure are more likely typing mistakes than meant. Read byte by byte, as every
    /// character it accepts is ASCII: a large model has a figure in every claim.
    private static func isDecimal(_ text: String, whole: Bool = false) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            func digits() -> Bool {
                let start = index
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                return index > start
            }
            func skip(_ one: UInt8, or other: UInt8) -> Bool {
                guard index < bytes.count, bytes[index] == one || bytes[index] == other else { return false }
                index += 1
                return true
            }
            _ = skip(UInt8(ascii: "-"), or: UInt8(ascii: "+"))
            guard digits() else { return false }
            if whole { return index == bytes.count }
            if skip(UInt8(ascii: "."), or: UInt8(ascii: ".")) {
                guard digits() else { return false }
            }
            if skip(UInt8(ascii: "e"), or: UInt8(ascii: "E")) {
                _ = skip(UInt8(ascii: "-"), or: UInt8(ascii: "+"))
                guard digits() else { return false }
            }
            return index == bytes.count
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Whether a figure written so is one a model holds exactly: finite, below the largest
    /// figure, with at most 15 significant digits.
    static func holdsExactly(_ number: Double, written text: String) -> Bool {
        number.isFinite && abs(number) < largestFigure && significantDigits(text) <= 15
    }

    /// The significant digits of a decimal number as `isDecimal` accepts it: those after its sign,
    /// its leading zeros and its point.
    private static func significantDigits(_ text: String) -> Int {
        let leading: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "0"), UInt8(ascii: ".")]
        return text.utf8.drop(while: leading.contains).count(where: isDigit)
    }

    private static func quotedNumberHint(_ node: YAMLNode) -> String {
        guard case .scalar(let scalar) = node, !scalar.isPlain, isDecimal(scalar.text) else { return "" }
        return "; write numbers without quotes"
    }
}
