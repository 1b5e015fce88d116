extension StringProtocol {
    /// Without leading and trailing blanks and line breaks. Only the ends are looked at: scripts
    /// trim every line, and walking a whole line character by character showed in start-up time.
    func trimmingBlanks() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }
}
