import Foundation
import Testing
import TestSupport
import YAMLReader
import Yams

/// Our YAML reader against another implementation, Yams (libyaml), on a corpus of texts under
/// `Cases/`, one file each, so that adding a case is adding a file:
///
/// - `Cases/accepted/`: the subset model files use (README, "The YAML it reads"); both read each
///   one, to the same tree (`YAMLTreeComparison`).
/// - `Cases/refused/`: YAML that model files leave out on purpose (anchors, tags, complex keys,
///   directives, a second document, a repeated key, ...): ours refuses it as unsupported, Yams
///   reads it. The first line of each is a comment that says what is refused.
/// - `Cases/stricter/`: YAML that ours refuses as a likely mistake, though libyaml reads it; the
///   first line says why (these differences are also in the README).
/// - `Cases/rejected/`: texts that are not YAML: both refuse them.
///
/// The corpus is our own, written in the spirit of the public yaml-test-suite but not copied from it.
@Suite struct YAMLConformanceTests {
    static let casesFolder = PackagePaths.root + "/Tests/YAMLConformanceTests/Cases"

    static func cases(_ folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: casesFolder + "/" + folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// The file's bytes as text, a byte order mark and CRLF line ends kept.
    static func text(_ folder: String, _ name: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: casesFolder + "/" + folder + "/" + name))
        return String(decoding: data, as: UTF8.self)
    }

    static func ours(_ text: String) -> Result<YAMLNode?, YAMLSyntaxError> {
        Result { () throws(YAMLSyntaxError) -> YAMLNode? in try YAMLParser.parse(text) }
    }

    static func theirs(_ text: String) -> Result<Yams.Node?, any Error> {
        Result { try Yams.compose(yaml: YAMLTreeComparison.textForYams(text)) }
    }

    // MARK: - The corpus

    @Test func theCorpusCoversTheSubset() {
        #expect(Self.cases("accepted").count >= 80)
        #expect(Self.cases("refused").count + Self.cases("stricter").count >= 20)
        #expect(Self.cases("rejected").count >= 10)
        #expect(Set(Self.cases("yams-differs")) == Set(Self.oursWhereYamsDiffers.keys))
    }

    @Test(arguments: cases("accepted"))
    func bothReadTheSameTree(_ name: String) throws {
        let text = try Self.text("accepted", name)
        let ours = try YAMLParser.parse(text)
        let theirs = try Yams.compose(yaml: YAMLTreeComparison.textForYams(text))
        let difference = YAMLTreeComparison.difference(ours: ours, theirs: theirs)
        #expect(
            difference == nil,
            "\(name): \(difference ?? "")\n  ours: \(YAMLTreeComparison.render(ours))\n  Yams: \(YAMLTreeComparison.render(theirs))"
        )
    }

    @Test(arguments: cases("refused"))
    func oursRefusesWhatModelFilesLeaveOut(_ name: String) throws {
        let text = try Self.text("refused", name)
        #expect(text.hasPrefix("# "), "\(name): say on the first line what is refused")
        switch Self.ours(text) {
        case .success(let node): Issue.record("\(name): ours read \(YAMLTreeComparison.render(node))")
        case .failure(let error): #expect(error.kind == .unsupported, "\(name): \(error)")
        }
        // All the documents of the stream, as YAML allows several. A repeated key is an error in
        // YAML too, one that libyaml does not check and Yams' composer does.
        var documents = try Yams.compose_all(yaml: text)
        while documents.next() != nil {}
        if let error = documents.error {
            guard case YamlError.duplicatedKeysInMapping = error else {
                Issue.record("\(name): Yams refused it: \(error)")
                return
            }
        }
    }

    @Test(arguments: cases("stricter"))
    func oursRefusesLikelyMistakesThatYAMLAllows(_ name: String) throws {
        let text = try Self.text("stricter", name)
        #expect(text.hasPrefix("# "), "\(name): say on the first line why ours refuses it")
        if case .success(let node) = Self.ours(text) { Issue.record("\(name): ours read \(YAMLTreeComparison.render(node))") }
        if case .failure(let error) = Self.theirs(text) { Issue.record("\(name): Yams refused it: \(error)") }
    }

    @Test(arguments: cases("rejected"))
    func bothRefuseWhatIsNoYAML(_ name: String) throws {
        let text = try Self.text("rejected", name)
        switch Self.ours(text) {
        case .success(let node): Issue.record("\(name): ours read \(YAMLTreeComparison.render(node))")
        case .failure(let error): #expect(error.kind == .invalid, "\(name): \(error)")
        }
        if case .success(let node) = Self.theirs(text) { Issue.record("\(name): Yams read \(YAMLTreeComparison.render(node))") }
    }

    /// Where libyaml is at fault, or reads YAML 1.1 where ours reads 1.2, or ours reads more than
    /// YAML on purpose: ours reads each one to the tree here, and Yams refuses it or reads another.
    /// When a Yams release reads one of these as ours does, the case belongs in `accepted/`.
    static let oursWhereYamsDiffers: [String: String] = [
        // YAML 1.2 (6.5, l-empty; 6.6, l-comment) takes a line of blanks, tabs or not, as an empty
        // line; libyaml says "found a tab character that violates indentation" or "... that cannot
        // start any token".
        "tab-blank-line-after-plain.yaml": #"{"a": "1", "b": "2"}"#,
        "tab-blank-line-after-quoted.yaml": #"{"a": '"1", "b": "2"}"#,
        // YAML 1.2 (8.2.1) separates "-" from its item by blanks, tabs included; libyaml takes
        // only spaces.
        "tab-after-dash.yaml": #"["x", "y"]"#,
        // YAML 1.2 (5.4) has two line breaks, LF and CR; U+2028, U+2029 and U+0085 are text.
        // libyaml follows YAML 1.1, where they are line breaks too.
        "line-separator-in-plain.yaml": "{\"a\": \"x\u{2028}y\"}",
        "next-line-in-plain.yaml": "{\"a\": \"x\u{85}y\"}",
        // YAML 1.2 (7.3.3, ns-plain-first) starts a plain scalar with "?" before a non-blank;
        // inside brackets libyaml takes "?" for the complex-key indicator whatever follows, as
        // YAML 1.1 did, and reads the key "vb:b". FuzzYAMLDifferential found it.
        "question-mark-plain-in-flow.yaml": #"{"kind": "", "?vb:b": "", "?a": "1"}"#,
        // libyaml skips a byte order mark but counts it as a column, so "---" after it is no
        // document marker but the start of a plain scalar. YAML 1.2 (5.2) allows a BOM there.
        // (The comparison gives Yams every text without its BOM, for this.)
        "bom-before-doc-start.yaml": #"["x"]"#,
        // YAML 1.2 (7.4.1, 8.2.2) puts the ":" of a key at most 1024 characters after its start,
        // for readers that look ahead no further, as libyaml does; ours reads the whole text and
        // reads a longer key (a model file's keys are field names and ids, far shorter).
        "long-key-over-1024.yaml": "{" + String(repeating: "k", count: 1100).debugDescription + #": "v"}"#,
    ]

    @Test(arguments: cases("yams-differs"))
    func oursReadsWhatLibyamlGetsWrong(_ name: String) throws {
        let text = try Self.text("yams-differs", name)
        let expected = try #require(Self.oursWhereYamsDiffers[name], "\(name): say in oursWhereYamsDiffers what ours reads and why")
        let ours = try YAMLParser.parse(text)
        #expect(YAMLTreeComparison.render(ours) == expected, "\(name)")
        if case .success(let theirs) = Result(catching: { try Yams.compose(yaml: text) }) {
            #expect(
                YAMLTreeComparison.difference(ours: ours, theirs: theirs) != nil,
                "\(name): Yams now reads it as ours does: move it to accepted/")
        }
    }

    // MARK: - What the fuzz target found

    static let fuzzRegressions = PackagePaths.root + "/Tests/YAMLConformanceTests/FuzzRegressions"

    /// Texts on which FuzzYAMLDifferential once found the two readers apart, kept byte for byte:
    /// each must now pass its rule. Either reader may refuse the text; if both read it, the trees
    /// must be the same, unless libyaml is known to read it otherwise (a case in yams-differs).
    @Test(arguments: ((try? FileManager.default.contentsOfDirectory(atPath: fuzzRegressions)) ?? []).sorted())
    func fuzzFindingsAgreeNow(_ name: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fuzzRegressions + "/" + name))
        let text = String(decoding: data, as: UTF8.self)
        guard case .success(let ours) = Self.ours(text), case .success(let theirs) = Self.theirs(text),
            !YAMLTreeComparison.libyamlReadsOtherwise(text, ours: ours)
        else { return }
        let difference = YAMLTreeComparison.difference(ours: ours, theirs: theirs)
        #expect(difference == nil, "\(name): \(difference ?? "")")
    }

    // MARK: - The comparison itself

    @Test func theComparisonSeesEveryKindOfDifference() throws {
        func differ(_ ours: String, _ theirs: String) throws -> Bool {
            YAMLTreeComparison.difference(ours: try YAMLParser.parse(ours), theirs: try Yams.compose(yaml: theirs)) != nil
        }
        #expect(try !differ("a: [1, {b: c}]\n", "a:\n  - 1\n  - b: c\n"))
        #expect(try differ("a: 1\n", "a: 2\n"))
        #expect(try differ("a: 1\nb: 2\n", "b: 2\na: 1\n"))
        #expect(try differ("a: '1'\n", "a: 1\n"))
        #expect(try differ("a: |\n  x\n", "a: >\n  x\n"))
        #expect(try differ("[a, b]\n", "[a, b, c]\n"))
        #expect(try differ("[a]\n", "{a: }\n"))
        #expect(try differ("a: 1\n", "\"a\": 1\n"))
        #expect(try differ("a: ~\n", "a: null\n"))
        // Texts compare scalar by scalar, not as Swift's canonically equivalent Strings.
        #expect(try differ("a: \u{E9}\n", "a: e\u{301}\n"))
        // "?" and a combining mark are one Character, but the scalar still starts with "?".
        #expect(YAMLTreeComparison.holdsPlainQuestionMark(try YAMLParser.parse("{?\u{739}x: 1}\n")))
        // Nothing, and an empty document, are the same.
        #expect(try !differ("# only a comment\n", "---\n"))
    }

    @Test func yamsSeesTheSameNullsAsOurs() throws {
        for text in ["", "~", "null", "Null", "NULL"] {
            let node = try #require(try Yams.compose(yaml: "a: \(text)\n")?.mapping?.first?.value)
            #expect(node.tag.rawValue == Tag.Name.null.rawValue, "\(text.debugDescription)")
        }
        #expect(try Yams.compose(yaml: "a: nULL\n")?.mapping?.first?.value.tag.rawValue != Tag.Name.null.rawValue)
    }

    // MARK: - Yams stays out of the product

    /// Yams is for this test target only: the conflictq binary must hold none of it, neither Yams'
    /// Swift symbols nor libyaml's C ones.
    @Test func theConflictqBinaryHoldsNoYams() throws {
        let path = try #require(PackagePaths.binary, "no conflictq binary beside the tests or in .build/debug")
        let binary = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        #expect(binary.count > 0)
        for symbol in ["yaml_parser_initialize", "$s4Yams"] {
            #expect(binary.range(of: Data(symbol.utf8)) == nil, "\(path) holds \(symbol)")
        }
    }
}
