/// Where something was written in a YAML text: the place a message sends the reader to.
struct YAMLMark: Hashable, Sendable, CustomStringConvertible {
    /// Counted from 1.
    let line: Int
    /// Counted from 1 in Unicode scalars, so that a line with accented names still points at the
    /// character an editor shows in that column.
    let column: Int

    static let start = YAMLMark(line: 1, column: 1)

    /// `3:10`, the way messages name a place inside another message.
    var description: String { "\(line):\(column)" }
}
