import ConflictModel
import Testing

/// Names match ignoring case and runs of white space. ASCII names take a faster path than the
/// others; both must make the same key.
@Suite struct NameKeyTests {
    /// The key as the general path makes it, for any text.
    private func reference(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func foldsCaseAndBlanks() {
        #expect(ConflictModel.nameKey("  Afghan \t Taliban\n") == "afghan taliban")
        #expect(ConflictModel.nameKey("Türkei   Ankara") == "türkei ankara")
    }

    @Test func everyASCIICharacterGivesTheReferenceKey() {
        for value in UInt8(0)...UInt8(0x7F) {
            let character = String(decoding: [value], as: UTF8.self)
            for name in [character, "A\(character)b", " \(character) ", "X\(character)\(character)Y", "\(character)\r\nZ"] {
                #expect(ConflictModel.nameKey(name) == reference(name), "\(Array(name.utf8))")
            }
        }
    }
}
