/// SGR colour codes, added only when a `RenderStyle` or the console allows colour.
enum TerminalEscape {
    static let bold = "1"
    static let dim = "2"
    static let red = "1;31"
    static let yellow = "33"
    static let cyan = "36"

    /// The text wrapped in the code and a reset, or the text alone when colour is off.
    static func paint(_ text: String, _ code: String, when enabled: Bool) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
