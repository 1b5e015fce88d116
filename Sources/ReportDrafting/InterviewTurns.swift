import ConflictModel

/// An interview printed in turns, each a paragraph that begins "Q:" or "A:": the answers are the
/// words of the person interviewed, the one the introduction names last, and hold on the day it
/// says they met ("met the rebels' commander, Tavish Orrin, ... on 3 September").
struct InterviewTurns {
    /// Who is interviewed.
    let interviewee: String
    /// The paragraphs of answers, and of questions.
    let answers: Set<Int>
    let questions: Set<Int>
    /// The day of the interview, where the introduction gives it.
    let day: PartialDate?

    /// Words of a turn's mark, before its colon.
    private static let answerMarks: Set<String> = ["a", "answer"]
    private static let questionMarks: Set<String> = ["q", "question"]
    /// Verbs of the sentence that says when the interview was done.
    private static let meetingVerbs: Set<String> = ["met", "interviewed", "spoke", "talked", "sat"]

    /// The turns of a report, if it is printed as an interview.
    static func of(_ sentences: [Sentence], index: ActorIndex, dayIn: (Sentence) -> PartialDate?) -> InterviewTurns? {
        var answers: Set<Int> = []
        var questions: Set<Int> = []
        for sentence in sentences where sentence.paragraph > 0 && sentence.text.startIndex == sentence.text.base.startIndex {
            guard sentence.words.count > 2, sentence.words[1].text == ":" else { continue }
            let mark = sentence.words[0].lower
            if answerMarks.contains(mark) { answers.insert(sentence.paragraph) }
            if questionMarks.contains(mark) { questions.insert(sentence.paragraph) }
        }
        guard !answers.isEmpty, !questions.isEmpty, let firstTurn = answers.union(questions).min() else { return nil }
        let introduction = sentences.filter { $0.paragraph > 0 && $0.paragraph < firstTurn }
        guard
            let interviewee = introduction.flatMap({ index.mentions(in: $0) }).last(where: { index.kind(of: $0.id) == .person })?
                .id
        else { return nil }
        let day = introduction.first { sentence in sentence.words.contains { meetingVerbs.contains($0.lower) } }.flatMap(dayIn)
        return InterviewTurns(interviewee: interviewee, answers: answers, questions: questions, day: day)
    }

    func isTurn(_ paragraph: Int) -> Bool { answers.contains(paragraph) || questions.contains(paragraph) }
}
