import ConflictModel

/// The fields of `statements` and `quotes`. A new one is a compile error until `field` says how to
/// read it.
enum StatementField: String, CaseIterable {
    case id, speaker, represents, act, cameo, target, participant, subject, content, channel, mode, quote, answers, date
    case reportedBy = "reported_by"
    case dataset, record
    case source, paragraph, excerpt

    var field: Field<Statement> {
        switch self {
        case .id: return Field(rawValue, .integer, "the statement's number") { s, _ in .integer(s.id) }
        case .speaker:
            return Field(actor: rawValue, "who said or did it; for a call or consultation, whose words are quoted") { s, _ in
                .one(s.speaker)
            }
        case .represents:
            return Field(actor: rawValue, "the state or body the statement speaks for (a state speaks for itself)") { s, m in
                .one(m.voice(represents: s.represents, speaker: s.speaker))
            }
        case .act:
            return Field(
                rawValue, .text, "what kind of act (see: acts)",
                alsoKnownAs: { s, m in m.vocabulary.act(s.act).map { [$0.label] + $0.verbs } ?? [] }
            ) { s, _ in .text(s.act) }
        case .cameo:
            return Field(rawValue, .text, "the CAMEO event code") { s, m in .text(s.cameo ?? m.vocabulary.act(s.act)?.cameo) }
        case .target: return Field(actor: rawValue, "to whom it was said or done") { s, _ in .many(s.targets) }
        case .participant:
            return Field(actor: rawValue, "who took part in a call or consultation") { s, _ in .many(s.participants) }
        case .subject:
            return Field(actor: rawValue, "whom it is about: the groups an ultimatum names, the group an accusation is about") {
                s, _ in .many(s.subjects)
            }
        case .content: return Field(rawValue, .text, "what it alleges, demands, offers or rejects") { s, _ in .text(s.content) }
        case .channel: return Field(rawValue, .text, "press conference, X, phone call...") { s, _ in .text(s.channel) }
        case .mode: return Field(rawValue, .text, "done, offered or behind the scenes") { s, _ in .text(s.mode.rawValue) }
        case .quote: return Field(rawValue, .text, "the words quoted, if any") { s, _ in .text(s.quote) }
        case .answers: return Field(rawValue, .integer, "the statement this one answers") { s, _ in .integer(s.answers) }
        case .date: return Field(rawValue, .date, "when") { s, _ in .date(s.date) }
        case .reportedBy:
            return Field(actor: rawValue, "who relays it, when the report has it second hand") { s, _ in .one(s.reportedBy) }
        case .dataset:
            return Field(rawValue, .text, "the data set it was imported from (GDELT)") { s, _ in .text(s.record?.dataset) }
        case .record: return Field(rawValue, .text, "the data set's id of its row") { s, _ in .text(s.record?.id) }
        case .source, .paragraph, .excerpt:
            return FieldCatalog.provenanceField(rawValue) { (r: RecordRef<Statement>) in r.sources }
        }
    }
}
