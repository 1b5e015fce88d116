/// The interactive loop: read a line, gather lines into a query, run it, remember it.
final class REPL {
    private let session: Session
    private let reader: any LineReader
    private let historyFile: HistoryFile?
    /// What `.history` lists and Up walks through: the file's entries, then this session's.
    private(set) var historyEntries: [String]
    private var assembler = InputAssembler()
    private var warnedAboutHistory = false
    /// Entries the history file could not take yet (a full disk), tried again with the next one.
    private var unsaved: [String] = []

    init(session: Session, reader: any LineReader, historyFile: HistoryFile?, loadedHistory: [String]) {
        self.session = session
        self.reader = reader
        self.historyFile = historyFile
        self.historyEntries = loadedHistory
        session.historyEntries = { [unowned self] in self.historyEntries }
    }

    /// The query typed so far on earlier lines, for completing on a continuation line.
    var pendingQuery: String { assembler.pendingText }

    /// Runs until Ctrl-D or `.quit`. Errors in typed queries are shown and forgotten: the REPL's
    /// own exit status is 0.
    func run() -> ExitStatus {
        while true {
            // While a query is unfinished, the prompt says what it waits for.
            let prompt = assembler.isAccumulating ? Prompt.continuation(for: assembler.need()) : Prompt.main
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                // Ctrl-D leaves the cursor after the prompt; end the line so the calling shell starts clean.
                session.console.print("")
                return .success
            case .interrupted:
                // The editor leaves the cursor where Ctrl-C found it; the next prompt starts a fresh line.
                session.console.print("")
                assembler.discard()
            case .line(let text):
                // A multi-line entry recalled from history comes back as one string with line breaks.
                for line in ScriptRunner.allLines(of: text) {
                    guard let unit = assembler.add(line, lineNumber: 1) else { continue }
                    remember(unit.text)
                    if session.execute(unit, from: .typed) == .quit { return .success }
                }
            }
        }
    }

    /// Adds a finished query or dot-command to the history, as one entry however many lines it
    /// took, and saves it at once so that another shell, or a crash, loses nothing.
    private func remember(_ text: String) {
        // Tab completion leaves a blank after the last word; the history need not keep it.
        let entry = String(text.reversed().drop(while: \.isWhitespace).reversed())
        guard entry != historyEntries.last else { return }
        historyEntries.append(entry)
        reader.remember(entry)
        guard let historyFile else { return }
        unsaved.append(entry)
        if unsaved.count > historyFile.capacity { unsaved.removeFirst() }
        do {
            try historyFile.append(unsaved)
            unsaved = []
        } catch {
            if !warnedAboutHistory { session.console.warning("history not saved: \(error)") }
            warnedAboutHistory = true
        }
    }
}
