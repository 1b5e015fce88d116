/// What the parser was ready to read where the input ended. The shell's Tab completion offers
/// what these allow, so that completion follows the grammar itself rather than a copy of it.
public enum Expectation: Hashable, Sendable {
    /// A keyword, or a clause as typed (`according to`).
    case keyword(Keyword)
    /// A symbol: `=`, `(`, `+`.
    case symbol(String)
    /// The first word of a query.
    case queryStart
    /// One of the entities: after `count`, `of`, `in`.
    case entity
    /// A measure of the vocabulary.
    case measure
    /// A field of an entity, where a condition, `by` or `order by` names one.
    case field(Entity)
    /// A value of a field, after a comparison; `wordsSoFar` are the unquoted words already typed.
    case value(field: String, entity: Entity, wordsSoFar: [String])
    /// An actor's name: after `according to`, or an act's target.
    case actorName
    /// What `describe` can describe: actors and events.
    case describable
    /// What `show` can show: claim, statement, event, actor, source.
    case showable
    /// An act's phrase after `actors`, of which these words are typed.
    case actPhrase(wordsSoFar: [String])
    /// `sources` or `intervals`, after `with`.
    case extra
    /// A day, after `as of`.
    case date
    /// What `chart` draws: a history or an aggregate.
    case chartable
}
