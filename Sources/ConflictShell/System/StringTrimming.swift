extension StringProtocol {
    /// Without leading and trailing blanks and line breaks.
    func trimmingBlanks() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
