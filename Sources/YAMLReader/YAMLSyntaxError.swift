/// Why a YAML text could not be read, and where.
public struct YAMLSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The text is not YAML: a bracket left open, a quote never closed, a tab as indentation.
        case invalid
        /// The text is YAML, but uses what model files leave out on purpose: anchors and aliases,
        /// tags, complex keys, a second document, a key given twice.
        case unsupported
    }

    public let kind: Kind
    public let mark: YAMLMark
    public let message: String

    /// `invalid YAML: ...` when the text is not YAML, so that a reader knows the mistake is in the
    /// syntax; the message alone when it is YAML that a model file may not use.
    public var description: String {
        switch kind {
        case .invalid: return "invalid YAML: " + message
        case .unsupported: return message
        }
    }
}
