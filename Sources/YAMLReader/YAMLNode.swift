/// A value of a YAML text: a scalar, a mapping or a list, each with where it was written.
///
/// Mappings keep their entries in the file's order, and their keys are always scalars: the parser
/// refuses any other key, so a reader never has to ask.
public enum YAMLNode: Hashable, Sendable {
    case scalar(YAMLScalar)
    case mapping([Entry], mark: YAMLMark)
    case sequence([YAMLNode], mark: YAMLMark)

    /// One `key: value` of a mapping.
    public struct Entry: Hashable, Sendable {
        public let key: YAMLScalar
        public let value: YAMLNode
    }

    /// Where the node starts: a scalar's first character (its quote or `|`), a block collection's
    /// first key or `-`, a flow collection's bracket.
    public var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): return scalar.mark
        case .mapping(_, let mark), .sequence(_, let mark): return mark
        }
    }
}
