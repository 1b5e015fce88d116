/// Where a fact was reported: a source, a paragraph in it, and the words that carry the fact.
///
/// Paragraphs are counted the way a reader counts them: paragraph 0 is the headline, and 1, 2, 3...
/// are the body's paragraphs in order, each quoted paragraph counting as one.
public struct SourceRef: Hashable, Sendable {
    /// What the cited words are to the fact: the claimant's own figure as the report relays it, or
    /// the outlet's rewording of it ("About 300" in a headline over a minister's 297).
    public enum Role: String, Hashable, Sendable, CaseIterable {
        /// The report relays the fact, or the claimant's figure, as it was given.
        case reported
        /// The outlet's own rounding or summary of it: not the claimant's words.
        case restated
    }

    public var source: String
    public var paragraph: Int
    public var excerpt: String
    public var role: Role

    public init(source: String, paragraph: Int, excerpt: String, role: Role = .reported) {
        self.source = source
        self.paragraph = paragraph
        self.excerpt = excerpt
        self.role = role
    }
}

/// One published report that facts are taken from.
public struct Source: Hashable, Sendable {
    public var id: String
    public var outlet: String
    public var date: PartialDate
    public var title: String
    /// Wire services whose material the report carries ("PTI").
    public var wireInputs: [String]
    public var url: String?

    public init(id: String, outlet: String, date: PartialDate, title: String, wireInputs: [String] = [], url: String? = nil) {
        self.id = id
        self.outlet = outlet
        self.date = date
        self.title = title
        self.wireInputs = wireInputs
        self.url = url
    }
}
