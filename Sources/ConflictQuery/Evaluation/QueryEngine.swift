import ConflictModel

/// The language's one entry point: text in, result tables out.
public struct QueryEngine: Sendable {
    public let model: ConflictModel

    public init(model: ConflictModel) {
        self.model = model
    }

    /// Runs every query in `text` (queries may be separated by `;`), and returns their answers in order.
    /// `isCancelled` is asked at safe points; when it says yes the query stops with a `.cancelled` diagnostic.
    public func run(_ text: String, isCancelled: () -> Bool = { false }) throws(Diagnostic) -> [ResultTable] {
        throw Diagnostic("the query language is not built yet", at: SourceRange(0, 0))
    }

    /// True when `text` stops where the grammar needs more: an open parenthesis or string, a
    /// trailing `where`/`and`/`=`. The shell then reads another line instead of reporting an error.
    public static func isIncomplete(_ text: String) -> Bool {
        false
    }

    /// What could be typed at `cursor` (a UTF-8 offset into `text`): keywords, fields, measures, acts,
    /// or values from the model, quoted when they need it.
    public func completions(in text: String, at cursor: Int) -> Completions {
        Completions(replacing: SourceRange(cursor, cursor), candidates: [])
    }
}

/// Candidates for the word being typed, and the span of text they replace.
public struct Completions: Hashable, Sendable {
    public var replacing: SourceRange
    public var candidates: [String]

    public init(replacing: SourceRange, candidates: [String]) {
        self.replacing = replacing
        self.candidates = candidates
    }
}
