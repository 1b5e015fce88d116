/// Where something was written in a YAML text: the place a message sends the reader to.
public struct YAMLMark: Hashable, Sendable, CustomStringConvertible {
    /// Counted from 1.
    public let line: Int
    /// Counted from 1 in Unicode scalars, so that a line with accented names still points at the
    /// character an editor shows in that column.
    public let column: Int

    public static let start = YAMLMark(line: 1, column: 1)

    /// `3:10`, the way messages name a place inside another message.
    public var description: String { "\(line):\(column)" }
}
