// Shared by YAMLConformanceTests and the fuzz target FuzzYAMLDifferential (Fuzz/Sources/
// FuzzYAMLDifferential holds a symbolic link to this file): one definition of "the same tree".

import YAMLReader
import Yams

/// Our reader's tree against Yams' (libyaml's) for the same text.
///
/// Both are compared as YAML's representation graph before any typing: Yams resolves a plain `297`
/// to an integer, but `Yams.compose` keeps the text (`Node.Scalar.string`) beside the resolved tag,
/// and our reader keeps only the text, so texts compare exactly. Mappings compare entry by entry in
/// their order, keys included; sequences item by item; scalars by text and style (plain, single- or
/// double-quoted, literal, folded: both readers define all five). A plain null (empty, `~`, `null`)
/// must be a null for both, and a document with no node (ours: nil) is the same as Yams' document
/// holding one empty plain scalar (libyaml's reading of `---` alone) or no document at all.
enum YAMLTreeComparison {
    /// The text as Yams is to read it: without a byte order mark, which libyaml skips but counts
    /// as a column, so that `---` after it would be no document marker (YAML 1.2 allows the mark
    /// there, and our reader reads it so).
    static func textForYams(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    /// Whether libyaml is known to read the text otherwise than YAML 1.2 and ours do, in a way that
    /// no comparison can allow for: then the trees are not compared (the cases are in
    /// Cases/yams-differs).
    static func libyamlReadsOtherwise(_ text: String, ours: YAMLNode?) -> Bool {
        holdsYAML11LineBreaks(text) || holdsPlainQuestionMark(ours)
    }

    /// Whether the text holds U+0085, U+2028 or U+2029: line breaks for libyaml, which follows
    /// YAML 1.1 there, and text for YAML 1.2 and our reader. No comparison of such a text means much.
    static func holdsYAML11LineBreaks(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }

    /// Whether our tree holds a plain scalar that starts with `?`, such as `?a` in `{?a: 1}`. YAML 1.2
    /// reads `?` before a non-blank as the start of a plain scalar; inside brackets libyaml takes it
    /// for the complex-key indicator all the same, as YAML 1.1 did, and reads the key `a`.
    static func holdsPlainQuestionMark(_ node: YAMLNode?) -> Bool {
        guard let node else { return false }
        switch node {
        // The first Unicode scalar, not Character: "?" and a combining mark after it are one Character.
        case .scalar(let scalar): return scalar.isPlain && scalar.text.unicodeScalars.first == "?"
        case .sequence(let items, _): return items.contains { holdsPlainQuestionMark($0) }
        case .mapping(let entries, _):
            return entries.contains { holdsPlainQuestionMark(.scalar($0.key)) || holdsPlainQuestionMark($0.value) }
        }
    }

    /// Where the two trees first differ and how, or nil when they are the same.
    static func difference(ours: YAMLNode?, theirs: Yams.Node?) -> String? {
        switch (ours, theirs) {
        case (nil, nil): return nil
        case (nil, let theirs?):
            if case .scalar(let scalar) = theirs, scalar.string.isEmpty, scalar.style == .plain { return nil }
            return "at the root: ours has no node, Yams has \(render(theirs))"
        case (let ours?, nil):
            return "at the root: ours has \(render(ours)), Yams has no node"
        case (let ours?, let theirs?):
            return difference(ours, theirs, at: "the root")
        }
    }

    private static func difference(_ ours: YAMLNode, _ theirs: Yams.Node, at path: String) -> String? {
        switch (ours, theirs) {
        case (.scalar(let scalar), .scalar(let other)):
            return difference(scalar, other, at: path)
        case (.sequence(let items, _), .sequence(let others)):
            if items.count != others.count {
                return "at \(path): ours has a list of \(items.count), Yams a list of \(others.count)"
            }
            for (index, (item, other)) in zip(items, others).enumerated() {
                if let found = difference(item, other, at: "\(path)[\(index)]") { return found }
            }
            return nil
        case (.mapping(let entries, _), .mapping(let others)):
            if entries.count != others.count {
                return "at \(path): ours has a mapping of \(entries.count), Yams a mapping of \(others.count)"
            }
            for (index, (entry, other)) in zip(entries, others).enumerated() {
                guard case .scalar(let key) = other.key else {
                    return "at \(path), key \(index): Yams has the key \(render(other.key)), which is no scalar"
                }
                if let found = difference(entry.key, key, at: "\(path), key \(index)") { return found }
                if let found = difference(entry.value, other.value, at: "\(path).\(render(.scalar(entry.key)))") {
                    return found
                }
            }
            return nil
        default:
            return "at \(path): ours has \(render(ours)), Yams has \(render(theirs))"
        }
    }

    private static func difference(_ ours: YAMLScalar, _ theirs: Yams.Node.Scalar, at path: String) -> String? {
        // Unicode scalar by scalar: String's == takes "é" and "e\u{301}" for the same text.
        if !ours.text.unicodeScalars.elementsEqual(theirs.string.unicodeScalars) {
            return "at \(path): ours has the text \(ours.text.debugDescription), Yams \(theirs.string.debugDescription)"
        }
        if style(ours.style) != theirs.style {
            return "at \(path): ours has a \(ours.style) scalar, Yams a \(theirs.style) one"
        }
        let theirsIsNull = Yams.Node.scalar(theirs).tag.rawValue == Tag.Name.null.rawValue
        if ours.isNull != theirsIsNull {
            return "at \(path): \(ours.text.debugDescription) is \(ours.isNull ? "" : "not ")null for ours, "
                + "\(theirsIsNull ? "" : "not ")null for Yams"
        }
        return nil
    }

    static func style(_ style: YAMLScalar.Style) -> Yams.Node.Scalar.Style {
        switch style {
        case .plain: return .plain
        case .singleQuoted: return .singleQuoted
        case .doubleQuoted: return .doubleQuoted
        case .literal: return .literal
        case .folded: return .folded
        }
    }

    // MARK: - Trees as text, for messages

    /// `{key: value}`, `[a, b]`; scalars as Swift string literals, after `'` `"` `|` `>` for the
    /// styles other than plain.
    static func render(_ node: YAMLNode?) -> String {
        guard let node else { return "no node" }
        switch node {
        case .scalar(let scalar): return prefix(style(scalar.style)) + scalar.text.debugDescription
        case .sequence(let items, _): return "[" + items.map { render($0) }.joined(separator: ", ") + "]"
        case .mapping(let entries, _):
            return "{" + entries.map { render(.scalar($0.key)) + ": " + render($0.value) }.joined(separator: ", ") + "}"
        }
    }

    static func render(_ node: Yams.Node?) -> String {
        guard let node else { return "no node" }
        switch node {
        case .scalar(let scalar): return prefix(scalar.style) + scalar.string.debugDescription
        case .sequence(let items): return "[" + items.map { render($0) }.joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "{" + entries.map { render($0.key) + ": " + render($0.value) }.joined(separator: ", ") + "}"
        case .alias: return "an alias"
        }
    }

    private static func prefix(_ style: Yams.Node.Scalar.Style) -> String {
        switch style {
        case .any, .plain: return ""
        case .singleQuoted: return "'"
        case .doubleQuoted: return "\""
        case .literal: return "|"
        case .folded: return ">"
        }
    }
}
