/// One scalar of a YAML text: its text after quotes, escapes and folding are undone, and how it was
/// written.
///
/// Every scalar is text: the reader of a model file decides from the field what a value must be, so
/// `cameo: "039"` and `cameo: 039` are both the text 039, and only the field says whether a quoted
/// number is a mistake.
public struct YAMLScalar: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        /// Written as it is: `Pakistan Air Force`, `297`, `null`.
        case plain
        /// `'...'`, where `''` stands for one quote.
        case singleQuoted
        /// `"..."`, with backslash escapes.
        case doubleQuoted
        /// `|`: lines kept as they are.
        case literal
        /// `>`: lines folded into one, blank lines kept.
        case folded
    }

    public let text: String
    public let style: Style
    public let mark: YAMLMark

    /// Plain scalars are the only ones that can be numbers, booleans or null: quoting a value is
    /// how a file says "this is text".
    public var isPlain: Bool { style == .plain }

    /// YAML's ways of writing nothing: an empty value, `~` and `null`, written plain.
    public var isNull: Bool {
        guard isPlain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}
