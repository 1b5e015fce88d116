/// An example in `.help`: something to type, and what it answers.
///
/// Examples are data rather than prose so that a test can run every one of them: the help cannot
/// teach a query the language no longer accepts.
struct HelpExample: Equatable {
    /// A query, or a dot-command when it starts with a dot.
    var input: String
    var meaning: String

    var isDotCommand: Bool { input.hasPrefix(".") }
}

/// The subjects `.help TOPIC` teaches, each by a short explanation and examples to paste.
enum HelpTopic: String, CaseIterable {
    case queries, claims, time, statements, attribution, discovery, formats, scripts, keys
    case dotCommands = "dot-commands"

    var summary: String {
        switch self {
        case .queries: return "listings and conditions: where, order by, limit"
        case .claims: return "figures, qualifiers, units: sum, count, max, min, avg, possibly"
        case .time: return "revisions: history, as of, chart, --model timeline"
        case .statements: return "what was said and done: statements, quotes, acts"
        case .attribution: return "who says so: according to, within, with sources, .why"
        case .discovery: return "what there is to ask: units, measures, acts, fields, values"
        case .formats: return "table, csv, json and markdown output, and colour"
        case .scripts: return "saving and running queries: .save, .run, .queries, FILE.cq"
        case .keys: return "line editing, history, Tab completion, Ctrl-C and Ctrl-D"
        case .dotCommands: return "every dot-command"
        }
    }

    var introduction: String {
        switch self {
        case .queries:
            return Self.paragraph(
                """
                A query names what to list, then narrows it. Conditions use = != < <= > >=, in (a, b), \
                within, contains "text", and, or, not, possibly and parentheses. Names match any alias \
                and ignore case; = names an actor exactly, within takes in its parts and spokespeople. \
                A figure is an interval, so value > 130 keeps the figures certainly above 130 and says \
                how many more might be; possibly value > 130 lists those too. A query may span lines; \
                it ends where it is complete, or at ;. Comments start with #.
                """)
        case .claims:
            return Self.paragraph(
                """
                Every figure is somebody's claim, and keeps the words it was reported with: "about 300", \
                "more than 450", "exactly 297". Arithmetic carries the qualifier: 297 killed plus more \
                than 450 injured is more than 747 people. Figures are added and compared only within one \
                unit (people, posts, vehicles...), never across claimants or sides, and a running total \
                is revised by a later one, not added to it. No claim is not zero: a sum with nothing to \
                add says so.
                """)
        case .time:
            return Self.paragraph(
                """
                A running total ("killed so far") holds as of a time and is revised by its claimant's \
                later one: answers take the latest and never add a series. history lists every \
                revision in time order with its change, several claimants side by side; a count that \
                a claimant widened (to "vehicles and artillery") is marked not comparable. as of DATE \
                answers with what reports published by the end of that day carry. chart before a \
                history draws it as lines (or chart bars), before an aggregate as bars; solid as far \
                as a figure is certain, shaded where it may reach. --model timeline, or .load \
                timeline, adds nine later reports on the same operation to the built-in one.
                """)
        case .statements:
            return Self.paragraph(
                """
                Statements are verbal and diplomatic acts: accusations, rejections, offers of mediation, \
                support, condolences, phone calls. Each has a speaker, the body they speak for, targets, \
                whom it is about (subject), what it says (content), a channel, a mode (done, offered, \
                behind the scenes) and a quote when there is one. Calls and consultations have \
                participants instead: nobody is made their initiator. Actors can be asked for by what \
                they do, with the phrases that `acts` lists, joined by or.
                """)
        case .attribution:
            return Self.paragraph(
                """
                Answers say who claims what. `according to NAME` keeps only what NAME and those who \
                speak for it claimed or said (a state's ministers and army speak for it); `by` only \
                groups by a field. `claimant = NAME` is that actor alone. A state's government is an \
                actor of its own: an answer that takes it in for the state says so. `with sources` adds \
                where each row was reported, and .why shows the source, paragraph, role (reported, or \
                restated by the outlet) and excerpt behind every row of the last result.
                """)
        case .discovery:
            return Self.paragraph(
                """
                The model can be asked about itself, so you can find out what to ask. .schema runs \
                fields, units, measures and acts together.
                """)
        case .formats:
            let entries = [
                (
                    "table",
                    """
                    aligned columns; box drawing on a UTF-8 terminal, ASCII +---+ elsewhere; numbers \
                    right-aligned; wide text wrapped to the terminal, never cut in a pipe or file.
                    """
                ),
                (
                    "csv",
                    """
                    RFC 4180 with LF line ends: a header, then one record per row; a field with a comma, \
                    quote or line break is quoted; a text cell starting with = + - @ gets a ' in front, so \
                    that a spreadsheet does not run it. Notes go to standard error.
                    """
                ),
                (
                    "json",
                    """
                    one document per result, one per line: {"columns":[...],"rows":[{...}],"notes":[...]}; \
                    figures as {"value","qualifier","low","high","text"} (high is null when unbounded), \
                    actors as {"id","name"}, each row's sources under "sources".
                    """
                ),
                ("markdown", "GitHub pipe tables, | escaped, numbers right-aligned."),
            ]
            return entries.map { Self.hanging($0.0, width: 10, $0.1) }.joined(separator: "\n") + "\n\n"
                + Self.paragraph(
                    """
                    Choose with --format on the command line or .format in the shell. Colour is used only \
                    on a terminal and never when NO_COLOR is set (--color always or never overrides).
                    """)
        case .scripts:
            return Self.paragraph(
                """
                A script (*.cq) holds queries, # comments, blank lines and dot-commands on lines of \
                their own: the format .save writes and people write by hand. A query may span lines; \
                it ends where it is complete, or at ;. A script stops at its first error, which names \
                the file and line (casualties.cq:4:7: error: ...), and conflictq then exits with \
                status 1. Run one as an argument (conflictq FILE.cq), on standard input, or with .run FILE. \
                Relative paths are relative to the current directory.

                A query asked often is kept by name in your query library \
                ($XDG_DATA_HOME/conflictq/queries, else ~/.local/share/conflictq/queries): .save NAME keeps \
                the last query, .save NAME SCRIPT a script, .queries lists them, .run NAME runs one, here or \
                with conflictq -c '.run NAME'. A FILE has a / or a . in it, a NAME neither. $party in a saved \
                query is a parameter: .run NAME party="Afghan Taliban" fills it, as one quoted string (or a \
                number), so a value cannot change the query around it. .save NAME party=VALUE makes a \
                parameter of every place the last query has that value. .save! or --force replaces.
                """)
        case .keys:
            let keys = [
                (
                    "Tab",
                    "complete a keyword, field, measure, act, name or value; after .run, .save, .load and .output, a file "
                        + "name; after .run, a saved query's name, then its parameters"
                ),
                ("Up, Down", "earlier and later queries, also from earlier sessions"),
                ("Ctrl-R", "search the history"),
                ("Ctrl-A, Ctrl-E", "start and end of the line"),
                ("Ctrl-C", "cancel the line being typed or the query running; the shell stays"),
                ("Ctrl-D", "leave the shell (on an empty line)"),
            ]
            return keys.map { Self.hanging($0.0, width: 16, $0.1) }.joined(separator: "\n") + "\n\n"
                + Self.paragraph(
                    """
                    An unfinished query (an open parenthesis or quote, a trailing where or and) asks for \
                    more instead of failing, with a prompt that says what it still needs: condition> after \
                    where, value> after =, "...> inside a string, (...> before a ). History is kept in \
                    $CONFLICTQ_HISTORY, else in \
                    $XDG_STATE_HOME/conflictq/history, else in ~/.local/state/conflictq/history: one entry \
                    per query, however many lines it has.
                    """)
        case .dotCommands:
            // A usage longer than the column (`.save`'s, with its forms) stands on its own line,
            // rather than narrowing every summary.
            let width = min(DotCommand.Spec.all.map(\.usage.count).max() ?? 0, Self.usageColumn)
            return DotCommand.Spec.all.map { command in
                command.usage.count <= width
                    ? HelpTopic.hanging(command.usage, width: width + 2, command.summary)
                    : command.usage + "\n" + HelpTopic.hanging("", width: width + 2, command.summary)
            }.joined(separator: "\n")
        }
    }

    /// Help is read on terminals of 80 columns: text is wrapped to fit them.
    static let lineWidth = 80

    /// The widest usage that `.help dot-commands` puts beside its summary: `.format`'s.
    static let usageColumn = 31

    /// Flowing text wrapped to the line width.
    static func paragraph(_ text: String) -> String {
        CellText.wrap(text, width: lineWidth).joined(separator: "\n")
    }

    /// `label` padded to `width`, then `text` wrapped to the line width, its later lines indented
    /// under its first.
    static func hanging(_ label: String, width: Int, _ text: String, indent: String = "") -> String {
        let column = indent.count + width
        let pieces = CellText.wrap(text, width: max(20, lineWidth - column))
        var lines = [indent + label + String(repeating: " ", count: max(1, width - label.count)) + pieces[0]]
        lines += pieces.dropFirst().map { String(repeating: " ", count: column) + $0 }
        return lines.joined(separator: "\n")
    }

    var examples: [HelpExample] {
        switch self {
        case .queries:
            return [
                HelpExample(input: "actors", meaning: "every actor: states, forces, people..."),
                HelpExample(input: "actors where kind = \"person\"", meaning: "only people"),
                HelpExample(input: "events", meaning: "operations, strikes, attacks"),
                HelpExample(input: "events where status = alleged", meaning: "what one side only alleges"),
                HelpExample(input: "claims where measure = \"killed\"", meaning: "every figure of people killed"),
                HelpExample(
                    input: "claims where measure in (\"destroyed\", \"captured\") and not party = \"Pakistan\"",
                    meaning: "conditions combine"),
                HelpExample(input: "claims order by as_of desc limit 3", meaning: "the three latest figures"),
                HelpExample(input: "statements where channel = \"X\"", meaning: "what was posted on X"),
                HelpExample(input: "describe Iran", meaning: "one actor in full, with its sources"),
                HelpExample(input: "show claim 3", meaning: "one claim in full"),
                HelpExample(input: "show statement 2", meaning: "one statement in full"),
            ]
        case .time:
            return [
                HelpExample(input: ".load timeline", meaning: "add the later reports on the operation"),
                HelpExample(input: "history killed according to Tarar", meaning: "each revision, with its change"),
                HelpExample(input: "history killed where party = \"Afghan Taliban\"", meaning: "every claimant's, side by side"),
                HelpExample(input: "sum killed according to Tarar as of 2026-02-28", meaning: "what was known that day"),
                HelpExample(input: "claims where running_total = no", meaning: "counts of single incidents"),
                HelpExample(input: "claims order by as_of desc", meaning: "the figures that hold latest first"),
                HelpExample(input: "chart history killed according to Tarar", meaning: "the revisions as a line"),
                HelpExample(input: "chart sum killed by party", meaning: "the latest figures as bars"),
            ]
        case .claims:
            return [
                HelpExample(input: "sum killed where party = \"Afghan Taliban\"", meaning: "a total, with its qualifier"),
                HelpExample(input: "sum killed + injured", meaning: "\"more than\" carries through a sum"),
                HelpExample(input: "sum killed by party", meaning: "one total for each side counted"),
                HelpExample(input: "count claims by claimant", meaning: "how many figures each side put out"),
                HelpExample(input: "sum destroyed + captured", meaning: "posts and vehicles apart, never added"),
                HelpExample(input: "max destroyed", meaning: "the largest of each unit destroyed"),
                HelpExample(input: "claims where value > 130", meaning: "figures certainly above 130"),
                HelpExample(input: "claims where possibly value > 130", meaning: "and those that might be"),
                HelpExample(input: "min killed", meaning: "the smallest figure of people killed"),
                HelpExample(input: "claims with intervals", meaning: "each figure with its interval"),
                HelpExample(input: "sum killed where party = \"Pakistan\"", meaning: "no such claim: says so, not 0"),
            ]
        case .statements:
            return [
                HelpExample(input: "statements", meaning: "every statement, oldest first"),
                HelpExample(input: "quotes according to Mujahid", meaning: "the words of one speaker"),
                HelpExample(input: "actors offering mediation", meaning: "who offered to mediate"),
                HelpExample(input: "actors supporting Pakistan", meaning: "who backed Pakistan"),
                HelpExample(input: "actors rejecting accusations", meaning: "who denied what they were accused of"),
                HelpExample(input: "actors urging de-escalation or contacting", meaning: "two acts at once"),
                HelpExample(input: "statements where subject = TTP", meaning: "what was said about a group"),
                HelpExample(input: "statements where act = \"consultation\"", meaning: "one kind of act"),
            ]
        case .attribution:
            return [
                HelpExample(input: "sum killed according to Pakistan", meaning: "Pakistan's figures only"),
                HelpExample(input: "claims according to \"Attaullah Tarar\"", meaning: "figures one minister gave"),
                HelpExample(input: "claims where claimant = Pakistan", meaning: "Pakistan's own words, no minister's"),
                HelpExample(input: "claims where party within Afghanistan", meaning: "the state and those under it"),
                HelpExample(input: "claims with sources", meaning: "each claim with its source and paragraph"),
                HelpExample(input: ".why", meaning: "where the last rows were reported"),
            ]
        case .discovery:
            return [
                HelpExample(input: "units", meaning: "what figures count in: people, posts..."),
                HelpExample(input: "measures", meaning: "killed, injured, destroyed..."),
                HelpExample(input: "acts", meaning: "kinds of statement, with CAMEO codes"),
                HelpExample(input: "qualifiers", meaning: "exact, about, more than... and intervals"),
                HelpExample(input: "entities", meaning: "what can be listed, and its fields"),
                HelpExample(input: "fields", meaning: "the fields of every listing"),
                HelpExample(input: "fields of claims", meaning: "the fields of one listing"),
                HelpExample(input: "values of party", meaning: "the values a field takes"),
                HelpExample(input: "values of act in statements", meaning: "the same, in one listing"),
            ]
        case .formats:
            return [
                HelpExample(input: ".format csv", meaning: "results as CSV from now on"),
                HelpExample(input: ".output results.csv", meaning: "results into a file"),
                HelpExample(input: ".output", meaning: "results back on the screen"),
                HelpExample(input: ".format table", meaning: "back to aligned tables"),
            ]
        case .scripts:
            return [
                HelpExample(input: ".save casualties.cq", meaning: "this session's queries, as a script"),
                HelpExample(input: ".run casualties.cq", meaning: "run it again"),
                HelpExample(
                    input: ".save casualties party=\"Afghan Taliban\"",
                    meaning: "the last query, its value now $party"),
                HelpExample(input: ".queries", meaning: "the saved queries, with their parameters"),
                HelpExample(input: ".run casualties party=Pakistan", meaning: "one run with another value"),
            ]
        case .keys, .dotCommands:
            return []
        }
    }

    /// The topic's page: a heading, the explanation, and the examples with what each answers.
    var page: String {
        var text = rawValue.uppercased() + ": " + summary + "\n\n" + introduction + "\n"
        let shown = examples
        if !shown.isEmpty {
            // Comments line up after the inputs, unless an input is too long to leave them room.
            let width = min(34, shown.map(\.input.count).max() ?? 0) + 2
            text += "\n"
            for example in shown {
                if example.input.count + 2 > width {
                    text +=
                        "  " + example.input + "\n" + HelpTopic.hanging("", width: width, "# " + example.meaning, indent: "  ")
                        + "\n"
                } else {
                    text += HelpTopic.hanging(example.input, width: width, "# " + example.meaning, indent: "  ") + "\n"
                }
            }
        }
        return text
    }

    /// The queries `.help` alone suggests trying first.
    static let firstQueries = [
        "sum killed where party = \"Afghan Taliban\"",
        "count claims by claimant",
        "actors offering mediation",
        "describe Iran",
    ]

    /// What `.help` alone prints: what the tool is for, a few queries to try, and the topics.
    static var overview: String {
        let width = allCases.map(\.rawValue.count).max() ?? 0
        var text = """
            conflictq asks a conflict report precise questions and answers with who claims
            what, how exact each figure is, and where it was said. Try:


            """
        text += firstQueries.map { "  " + $0 + "\n" }.joined()
        text += "\nThen .why shows where the last answer's rows come from. Topics (.help TOPIC):\n\n"
        for topic in allCases {
            text += "  " + topic.rawValue + String(repeating: " ", count: width - topic.rawValue.count + 2) + topic.summary + "\n"
        }
        return text
    }
}
