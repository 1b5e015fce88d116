/// A span of the query text, in UTF-8 bytes from its start; line and column are worked out only
/// when a diagnostic is rendered.
public struct SourceRange: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The span from the start of one range to the end of another.
    public func through(_ other: SourceRange) -> SourceRange { SourceRange(start, other.end) }
}
