import ArgumentParser
import ConflictDiagnostics
import ConflictModel
import ConflictShell
import ModelFileFormat
import ReportDrafting

/// `conflictq draft REPORT`: a draft model file of a news report, for a person to review, check
/// and load. The drafted file goes to standard output or `--output`; what was drafted and what
/// to review, to standard error.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflictq draft",
        abstract: "Draft a model file from a plain-text news report, every doubt marked for review.",
        discussion: """
            The report is plain text: optional header lines (URL:, Title:, Outlet:, Date:), a line of dashes, \
            then the body, paragraphs separated by blank lines or one a line. Paragraph 0 is the title. The \
            word lists and the gazetteer the draft is made with are in Models/drafting/ and described in the README.
            """)

    /// Reports are short; a file this large is not one.
    static let maximumReportSize = 1024 * 1024

    @Argument(help: ArgumentHelp("The report, a plain-text file; - is standard input.", valueName: "report.txt"))
    var report: String

    @Option(help: ArgumentHelp("Write the draft to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Draft into this model (repeat it as --model): reuse its actors, find its claims again in a wire copy, "
                + "number new entries after its own.",
            valueName: "model"))
    var into: [String] = []

    @Option(help: ArgumentHelp("The outlet, when the text does not say it.", valueName: "name"))
    var outlet: String?

    @Option(help: ArgumentHelp("The day the report came out, when the text does not say it.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("The report's address, when the text does not give it.", valueName: "url"))
    var url: String?

    @Option(help: ArgumentHelp("More words to read reports by: a file laid out as Models/drafting/words.yaml.", valueName: "file"))
    var words: [String] = []

    @Option(help: ArgumentHelp("More actors to know by name: a model file of actors, as Models/drafting/gazetteer.yaml.", valueName: "file"))
    var gazetteer: [String] = []

    func validate() throws {
        if report.isEmpty { throw ValidationError("the report's file name is empty") }
        if let date, PartialDate(date)?.day == nil {
            throw ValidationError("--date takes a day, YYYY-MM-DD, not \"\(TerminalText.visible(date))\"")
        }
        if output == "" { throw ValidationError("--output was given an empty file name") }
    }

    func run() throws {
        let text: String
        switch CommandFiles.read(report, what: "a report", limit: Self.maximumReportSize) {
        case .success(let read): text = read
        case .failure(let error): throw Self.failure(error.description, status: .queryError)
        }
        let name = report == "-" ? "standard input" : report
        if let (line, column, scalar) = Report.controlCharacter(in: text) {
            throw Self.failure(
                "\(TerminalText.visible(name)):\(line):\(column): unexpected control character \(TerminalText.code(scalar)); "
                    + "a report is plain text", status: .queryError)
        }
        let parsed = Report(text: text, overrides: .init(outlet: outlet, date: date.flatMap { PartialDate($0) }, url: url))
        guard parsed.date != nil else {
            throw Self.failure(
                "\(TerminalText.visible(name)) gives no date (a line \"Date: YYYY-MM-DD\" before the dashes): pass --date",
                status: .usageError)
        }
        guard parsed.paragraphs.count > 1 else {
            throw Self.failure("\(TerminalText.visible(name)) has no text after its title", status: .queryError)
        }
        let drafter: Drafter
        do {
            let lists = try DraftingWords.load(adding: words)
            let known = try ModelFiles.load([ModelFiles.builtinPath, "drafting/gazetteer.yaml"] + gazetteer)
            let model = into.isEmpty ? nil : try ModelFiles.load(into).materialized()
            drafter = Drafter(words: lists, into: model, gazetteers: [known])
        } catch {
            StandardError.print(error.rendered())
            throw ExitCode(ExitStatus.modelError.rawValue)
        }
        let draft = drafter.draft(parsed)
        let file = draft.text(reportName: name)
        if let output {
            if let failure = CommandFiles.write(file, to: output) { throw Self.failure(failure, status: .queryError) }
        } else if let failure = StandardOutput.write(file) {
            throw Self.failure(failure, status: .queryError)
        }
        StandardError.print(TerminalText.visibleLines(draft.summary(reportName: name)))
    }

    private static func failure(_ message: String, status: ExitStatus) -> ExitCode {
        StandardError.print("error: " + message)
        return ExitCode(status.rawValue)
    }
}
