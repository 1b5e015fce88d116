/// The text `.save` writes: a script in the same format people write by hand, which `.run` and
/// `conflictq FILE.cq` read back into the same units.
enum ScriptWriter {
    static func script(of units: [String]) -> String {
        var text = "# Saved by conflictq's .save: queries, and the dot-commands that shape their output.\n"
        text += "# Run it again with: conflictq FILE.cq, or .run FILE.cq in the shell.\n\n"
        for unit in units { text += unit + "\n" }
        return text
    }
}
