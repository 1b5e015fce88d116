/// Text that came from outside (a query, a model file, a file name) made safe to print: a control
/// character printed raw would act on the terminal (move the cursor, set the title, clear the
/// screen) instead of showing what is wrong.
public enum TerminalText {
    /// Control characters as their visible symbols (U+0001 as "␁", DEL as "␡"); tabs stay. One
    /// character each, so that a caret under the text stays under the same place.
    public static func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: result.append(scalar)
            case 0x00..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append("\u{2421}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
