/// A verbal or diplomatic act: who said or did what, to whom, about whom, how, and in what words.
public struct Statement: Hashable, Sendable {
    public enum Mode: String, Sendable, CaseIterable {
        /// Said or done ("spoke with", "rejected").
        case done
        /// Put forward for the other side to take up ("offered to mediate").
        case offered
        /// Reported as happening out of public view ("working behind the scenes").
        case behindTheScenes = "behind the scenes"
    }

    public var id: Int
    /// Who said or did it. For a reciprocal act (a call, a consultation) only the participant whose
    /// words are quoted, if any: the others are participants, not targets of an initiator.
    public var speaker: String?
    /// The state or body the speaker speaks for, when the speaker is a person or an office.
    public var represents: String?
    /// An act of the vocabulary ("mediation-offer").
    public var act: String
    /// To whom it was said or done.
    public var targets: [String]
    /// For a reciprocal act: everyone who took part, the speaker among them.
    public var participants: [String]
    /// Whom it is about without being addressed to them: the groups an ultimatum names, the group
    /// an accusation says is sheltered.
    public var subjects: [String]
    /// What it alleges, demands, offers or rejects, in the model's own short words.
    public var content: String?
    /// How it was said ("press conference", "X", "phone call").
    public var channel: String?
    public var mode: Mode
    public var quote: String?
    /// The statement this one answers (a rejection answers an accusation).
    public var answers: Int?
    public var date: PartialDate?
    /// Who relays the statement, when the report has it second hand ("the Afghan foreign ministry").
    public var reportedBy: String?
    /// A CAMEO code of its own, when the act's code is too coarse for this statement.
    public var cameo: String?
    public var sources: [SourceRef]
    /// The data set row it was imported from (a GDELT event); nil for a statement of a report.
    public var record: DataRecord?

    public init(
        id: Int, speaker: String?, represents: String? = nil, act: String, targets: [String] = [],
        participants: [String] = [], subjects: [String] = [], content: String? = nil,
        channel: String? = nil, mode: Mode = .done, date: PartialDate? = nil, quote: String? = nil,
        answers: Int? = nil, reportedBy: String? = nil, cameo: String? = nil, sources: [SourceRef] = [],
        record: DataRecord? = nil
    ) {
        self.id = id
        self.speaker = speaker
        self.represents = represents
        self.act = act
        self.targets = targets
        self.participants = participants
        self.subjects = subjects
        self.content = content
        self.channel = channel
        self.mode = mode
        self.quote = quote
        self.answers = answers
        self.date = date
        self.reportedBy = reportedBy
        self.cameo = cameo
        self.sources = sources
        self.record = record
    }
}
