import ConflictModel
import ConflictQuery
import Testing

@testable import ConflictShell

/// Every example `.help` shows is run here, so the help cannot teach what the language rejects.
@Suite struct HelpTests {
    static let queryExamples = HelpTopic.allCases.flatMap(\.examples).filter { !$0.isDotCommand }.map(\.input)
    static let dotCommandExamples = HelpTopic.allCases.flatMap(\.examples).filter(\.isDotCommand).map(\.input)

    @Test(arguments: queryExamples)
    func everyQueryExampleRuns(query: String) throws {
        let tables = try QueryEngine(model: .builtin).run(query)
        #expect(!tables.isEmpty)
    }

    @Test(arguments: dotCommandExamples)
    func everyDotCommandExampleNamesARealCommand(line: String) throws {
        let command = try DotCommand.parse(line)
        #expect(DotCommandName(rawValue: command.name) != nil)
    }

    @Test(arguments: HelpTopic.firstQueries)
    func theOverviewsQueriesRunAndAreShown(query: String) throws {
        #expect(HelpTopic.overview.contains("\n  " + query + "\n"))
        _ = try QueryEngine(model: .builtin).run(query)
    }

    @Test func everyTopicHasAPageAndEveryCommandIsListed() {
        for topic in HelpTopic.allCases {
            #expect(topic.page.hasPrefix(topic.rawValue.uppercased() + ": "))
        }
        for command in DotCommand.Spec.all {
            #expect(HelpTopic.dotCommands.page.contains(command.usage))
        }
    }

    @Test func helpLinesFitAnEightyColumnTerminal() {
        let pages = HelpTopic.allCases.map(\.page) + [HelpTopic.overview]
        for line in pages.flatMap({ $0.split(separator: "\n") }) {
            #expect(line.count <= 80, "\(line)")
        }
    }
}
