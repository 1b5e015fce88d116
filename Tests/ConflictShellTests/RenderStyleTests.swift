import Testing

@testable import ConflictShell

@Suite struct RenderStyleTests {
    static let utf8Terminal = ShellEnvironment(variables: ["LANG": "en_GB.UTF-8"], standardOutputIsTerminal: true)

    @Test func aUTF8TerminalGetsBoxDrawingColourAndItsWidth() {
        let style = RenderStyle.forDestination(isTerminal: true, columns: 100, environment: Self.utf8Terminal, colorChoice: .auto)
        #expect(style == RenderStyle(borders: .unicode, maxWidth: 100, color: true, toTerminal: true))
    }

    @Test func aPipeGetsPlainASCIIWithoutAWidthWhateverTheLocale() {
        let style = RenderStyle.forDestination(
            isTerminal: false, columns: nil, environment: Self.utf8Terminal, colorChoice: .auto)
        #expect(style == .plain)
    }

    @Test(arguments: [
        (["LANG": "C"], false), (["LANG": "en_US.utf8"], true), (["LC_ALL": "C", "LANG": "en_US.UTF-8"], false),
        (["LC_CTYPE": "de_DE.UTF-8"], true), ([:], false), (["LC_ALL": "", "LANG": "fr_FR.UTF-8"], true),
    ])
    func theLocaleDecidesBoxDrawingByPOSIXPrecedence(variables: [String: String], unicode: Bool) {
        #expect(ShellEnvironment(variables: variables).localeIsUTF8 == unicode)
    }

    @Test func noColorTurnsColourOffUnlessAskedForExplicitly() {
        let environment = ShellEnvironment(variables: ["NO_COLOR": "1"])
        #expect(!ColorChoice.auto.allowsColor(onTerminal: true, environment: environment))
        #expect(ColorChoice.always.allowsColor(onTerminal: false, environment: environment))
        #expect(!ColorChoice.never.allowsColor(onTerminal: true, environment: ShellEnvironment()))
    }

    @Test func anEmptyNoColorIsUnset() {
        #expect(ColorChoice.auto.allowsColor(onTerminal: true, environment: ShellEnvironment(variables: ["NO_COLOR": ""])))
    }

    @Test func aDumbTerminalGetsNoColour() {
        #expect(!ColorChoice.auto.allowsColor(onTerminal: true, environment: ShellEnvironment(variables: ["TERM": "dumb"])))
    }

    @Test func columnsFromTheEnvironmentWinOnATerminal() {
        #expect(TerminalSize.columns(of: -1, environment: ShellEnvironment(variables: ["COLUMNS": "123"])) == 123)
        #expect(TerminalSize.columns(of: -1, environment: ShellEnvironment(variables: ["COLUMNS": "wide"])) == 80)
    }
}
