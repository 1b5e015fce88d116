import Testing

@testable import YAMLReader
@testable import ModelFileFormat

/// The YAML reader on its own: each construct model files may use, read to the same values a YAML
/// library would give; each construct they may not use, refused at its line and column; and input
/// that is no YAML at all, reported, never a crash or a hang.
@Suite struct YAMLReaderTests {
    // MARK: - Helpers

    /// The document as compact text: `{key: value}`, `[a, b]`; plain scalars bare (`~` for an empty
    /// one), quoted ones in double quotes, block scalars after `|` or `>`, with Swift's escapes.
    static func read(_ text: String) throws -> String {
        guard let root = try YAMLParser.parse(text) else { return "nothing" }
        return render(root)
    }

    static func render(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar): return render(scalar)
        case .sequence(let items, _): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .mapping(let entries, _):
            return "{" + entries.map { render($0.key) + ": " + render($0.value) }.joined(separator: ", ") + "}"
        }
    }

    static func render(_ scalar: YAMLScalar) -> String {
        switch scalar.style {
        case .plain: return scalar.text.isEmpty ? "~" : scalar.text
        case .singleQuoted, .doubleQuoted: return scalar.text.debugDescription
        case .literal: return "|" + scalar.text.debugDescription
        case .folded: return ">" + scalar.text.debugDescription
        }
    }

    /// The one error the text gives, as `line:col: message`; "no error" when it reads.
    static func error(_ text: String) -> String {
        do {
            _ = try YAMLParser.parse(text)
            return "no error"
        } catch {
            return "\(error.mark): \(error.description)"
        }
    }

    /// The value of the root mapping's only key.
    static func value(_ text: String) throws -> YAMLNode {
        let root = try #require(try YAMLParser.parse(text))
        guard case .mapping(let entries, _) = root, let entry = entries.first else {
            Issue.record("not a mapping: \(render(root))")
            throw YAMLSyntaxError(kind: .invalid, mark: .start, message: "not a mapping")
        }
        return entry.value
    }

    static func scalar(_ text: String) throws -> YAMLScalar {
        guard case .scalar(let scalar) = try value(text) else {
            Issue.record("not a scalar")
            throw YAMLSyntaxError(kind: .invalid, mark: .start, message: "not a scalar")
        }
        return scalar
    }

    // MARK: - Block collections

    @Test func blockMappingsKeepTheirOrder() throws {
        #expect(try Self.read("b: 1\na: two words\nc: x\n") == "{b: 1, a: two words, c: x}")
    }

    @Test func listItemsMayBeMappingsWithNestedCollections() throws {
        let text = """
            actors:
              - id: a
                aliases: [x, y]
                sources:
                  - source: s
                    paragraph: 1
                  - {source: t, paragraph: 2}
              - id: b
                note:
                  kind: nested
            """
        #expect(
            try Self.read(text)
                == "{actors: [{id: a, aliases: [x, y], sources: [{source: s, paragraph: 1}, {source: t, paragraph: 2}]}, "
                + "{id: b, note: {kind: nested}}]}")
    }

    @Test func aListMaySitAtItsKeysIndentation() throws {
        #expect(try Self.read("a:\n- x\n- y\nb: 1\n") == "{a: [x, y], b: 1}")
        #expect(try Self.read("- a:\n  - x\n  b: 1\n- c\n") == "[{a: [x], b: 1}, c]")
    }

    @Test func listsNestOnOneLine() throws {
        #expect(try Self.read("- - a\n  - b\n- - - c\n") == "[[a, b], [[c]]]")
    }

    @Test func emptyValuesAreEmptyPlainScalars() throws {
        #expect(try Self.read("a:\nb: # nothing\nc:\n- \n-\n") == "{a: ~, b: ~, c: [~, ~]}")
        #expect(try Self.read("a:") == "{a: ~}")
    }

    @Test func keysMayBeQuotedAndHaveBlanksBeforeTheColon() throws {
        #expect(try Self.read("\"a b\": 1\n'c': 2\nd : 3\n") == #"{"a b": 1, "c": 2, d: 3}"#)
    }

    // MARK: - Flow collections

    @Test func flowCollectionsNest() throws {
        #expect(try Self.read("a: {b: [c, d], e: {f: g}, h: []}\n") == "{a: {b: [c, d], e: {f: g}, h: []}}")
        #expect(try Self.read("[a, [b, {c: d}], {}]") == "[a, [b, {c: d}], {}]")
    }

    @Test func flowCollectionsSpanLines() throws {
        let text = """
            a: [
              x,   # a comment
              y z,
              {k: v,
               l: w},
            ]
            b: {
              c: 1
            }
            """
        #expect(try Self.read(text) == "{a: [x, y z, {k: v, l: w}], b: {c: 1}}")
    }

    @Test func flowMappingsMayOmitValuesAndListsMayHoldPairs() throws {
        #expect(try Self.read("{a, b: , c: d}") == "{a: ~, b: ~, c: d}")
        #expect(try Self.read("[a: 1, b]") == "[{a: 1}, b]")
        #expect(try Self.read(#"{"a":1, 'b':[2]}"#) == #"{"a": 1, "b": [2]}"#)
    }

    @Test func plainScalarsInBracketsEndAtFlowPunctuation() throws {
        #expect(try Self.read("[a:b, http://x.y/z, c d]") == "[a:b, http://x.y/z, c d]")
    }

    // MARK: - Plain scalars

    @Test func plainScalarsFoldOverLines() throws {
        #expect(try Self.read("a: one\n  two\n\n  three\n\n\n  four\nb: x\n") == #"{a: one two\#nthree\#n\#nfour, b: x}"#)
        #expect(try Self.read("- a\n  - b\n") == "[a - b]")
    }

    @Test func aHashStartsACommentOnlyAfterABlank() throws {
        #expect(try Self.read("a: b#c # comment\nd: http://x.y/#frag\n") == "{a: b#c, d: http://x.y/#frag}")
        // A comment ends a plain scalar: a line after it cannot continue the value.
        #expect(
            Self.error("a: one # comment\n  two\n")
                == "2:3: invalid YAML: bad indentation: a key of this mapping belongs at column 1, like its first key at 1:1")
    }

    @Test func plainScalarsKeepInnerPunctuationAndTabs() throws {
        #expect(try Self.scalar("a: Kabul:a statement? 'yes' \"no\"\n").text == "Kabul:a statement? 'yes' \"no\"")
        #expect(try Self.scalar("a: b\tc\n").text == "b\tc")
        #expect(try Self.scalar("a: -5\n").text == "-5")
        #expect(try Self.scalar("a: ?x, -y, :z\n").text == "?x, -y, :z")
    }

    @Test func nullsAreTheUsualPlainSpellings() throws {
        for text in ["a:", "a: ~", "a: null", "a: Null", "a: NULL"] {
            #expect(try Self.scalar(text).isNull, "\(text)")
        }
        for text in ["a: \"null\"", "a: '~'", "a: nil", "a: ''"] {
            #expect(try !Self.scalar(text).isNull, "\(text)")
        }
    }

    // MARK: - Quoted scalars

    @Test func singleQuotesDoubleToEscapeThemselves() throws {
        #expect(try Self.scalar("a: 'it''s'\n").text == "it's")
        #expect(try Self.scalar("a: 'no \\n escapes'\n").text == "no \\n escapes")
        #expect(try Self.scalar("a: 'one\n  two\n\n  three'\n").text == "one two\nthree")
        #expect(try Self.scalar("a: ''\n").text == "")
    }

    @Test func doubleQuotesTakeYAMLEscapes() throws {
        #expect(try Self.scalar(#"a: "\" \\ \/ \n \t \r \0 \x41 \u00e9 \U0001F54A""#).text == "\" \\ / \n \t \r \0 A é 🕊")
        #expect(try Self.scalar(#"a: "\a\b\e\f\v\ \N\_\L\P""#).text == "\u{7}\u{8}\u{1B}\u{C}\u{B} \u{85}\u{A0}\u{2028}\u{2029}")
    }

    @Test func doubleQuotedStringsFoldLines() throws {
        #expect(try Self.scalar("a: \"one  \n   two\n\n  three\"\n").text == "one two\nthree")
        #expect(try Self.scalar("a: \"one\\\n    two\"\n").text == "onetwo")
        #expect(try Self.scalar("a: \"one \\\n  two\"\n").text == "one two")
        #expect(try Self.scalar("a: \"tab\\\ttab\"\n").text == "tab\ttab")
    }

    @Test func quotedScalarsAreMarkedAsQuoted() throws {
        #expect(try Self.scalar("a: \"297\"").style == .doubleQuoted)
        #expect(try Self.scalar("a: '297'").style == .singleQuoted)
        #expect(try Self.scalar("a: 297").isPlain)
    }

    // MARK: - Block scalars

    @Test func literalBlockScalarsKeepLines() throws {
        #expect(try Self.read("a: |\n  one\n   two\n\n  three\nb: x\n") == #"{a: |"one\n two\n\nthree\n", b: x}"#)
        #expect(try Self.read("a: |\n  at the end") == #"{a: |"at the end"}"#)
        #expect(try Self.read("- |\n  x\n- y\n") == #"[|"x\n", y]"#)
    }

    @Test func foldedBlockScalarsJoinLinesButKeepBlankOnesAndIndentedOnes() throws {
        let text = "a: >\n  one\n  two\n\n  three\n    indented\n  four\nb: x\n"
        #expect(try Self.read(text) == #"{a: >"one two\nthree\n  indented\nfour\n", b: x}"#)
    }

    @Test func chompingIndicatorsDecideTheTrailingLineBreaks() throws {
        #expect(try Self.scalar("a: |-\n  text\n\n\nb: x\n").text == "text")
        #expect(try Self.scalar("a: |\n  text\n\n\nb: x\n").text == "text\n")
        #expect(try Self.scalar("a: |+\n  text\n\n\nb: x\n").text == "text\n\n\n")
        #expect(try Self.scalar("a: >-\n  one\n  two\n").text == "one two")
        #expect(try Self.scalar("a: |\nb: x\n").text == "")
    }

    @Test func anIndentationIndicatorKeepsLeadingSpaces() throws {
        #expect(try Self.scalar("a: |2\n    four spaces\n  two\n").text == "  four spaces\ntwo\n")
        #expect(try Self.scalar("a: |1-\n  x\n").text == " x")
        #expect(try Self.scalar("a: |-2 # a comment\n   x\n").text == " x")
    }

    // MARK: - Documents, comments and encodings

    @Test func emptyDocumentsHaveNoRoot() throws {
        for text in ["", "\n\n", "# only a comment\n", "---\n", "--- # comment\n...\n", "\u{FEFF}"] {
            #expect(try YAMLParser.parse(text) == nil, "\(text.debugDescription)")
        }
    }

    @Test func documentMarkersAreAllowedAroundTheOneDocument() throws {
        #expect(try Self.read("---\na: 1\n...\n# after\n") == "{a: 1}")
        #expect(try Self.read("--- [a, b]\n") == "[a, b]")
        #expect(try Self.read("--- text\n") == "text")
    }

    @Test func commentsGoAnywhereOutsideScalars() throws {
        let text = """
            # head
            a:   # after a key
              # between
              - x  # after an item
            # before a key
            b: 'c # not a comment' # a comment
            """
        #expect(try Self.read(text) == #"{a: [x], b: "c # not a comment"}"#)
    }

    @Test func aByteOrderMarkAndWindowsLineBreaksAreRead() throws {
        #expect(try Self.read("\u{FEFF}a: 1\r\nb:\r\n  - \"x\r\n    y\"\r\n") == #"{a: 1, b: ["x y"]}"#)
        let root = try #require(try YAMLParser.parse("\u{FEFF}a: 1\r\nb: 2\r\n"))
        guard case .mapping(let entries, _) = root else { return }
        #expect(entries[0].key.mark == YAMLMark(line: 1, column: 1))
        #expect(entries[1].value.mark == YAMLMark(line: 2, column: 4))
    }

    /// YAML allows a byte order mark at the start only (it is no `nb-char`): one after it, at a line's
    /// start or inside a value, is an error, not text. (FuzzYAMLDifferential found ours reading a
    /// second mark as part of a value, where libyaml skips it.)
    @Test func aByteOrderMarkAnywhereButAtTheStartIsAnError() {
        let message = "invalid YAML: a byte order mark (U+FEFF) may only start the file; in a value, write it as \"\\uFEFF\""
        #expect(Self.error("\u{FEFF}\u{FEFF}l\nxl\nx\n") == "1:1: " + message)
        #expect(Self.error("a: 1\n\u{FEFF}b: 2\n") == "2:1: " + message)
        #expect(Self.error("a: \"x\u{FEFF}y\"\n") == "1:6: " + message)
        #expect(Self.error("a: \"x\\uFEFFy\"\n") == "no error")
    }

    @Test func tabsMaySeparateAndFillBlankLinesButNotIndent() throws {
        #expect(try Self.read("a:\t1\n\t\nb: 2 \t# c\n") == "{a: 1, b: 2}")
        #expect(
            Self.error("a:\n\tb: 1\n") == "2:1: invalid YAML: a tab indents this line; YAML is indented with spaces, not tabs")
        #expect(
            Self.error("a:\n  \tb: 1\n") == "2:3: invalid YAML: a tab indents this line; YAML is indented with spaces, not tabs")
    }

    // MARK: - Marks

    @Test func nodesAreMarkedWhereTheyStart() throws {
        let text = """
            a: plain
            list:
              - "quoted"
              - [x, {y: z}]
            block: |
              text
            """
        let root = try #require(try YAMLParser.parse(text))
        guard case .mapping(let entries, let mark) = root else { return }
        #expect(mark == YAMLMark(line: 1, column: 1))
        #expect(
            entries.map(\.key.mark) == [YAMLMark(line: 1, column: 1), YAMLMark(line: 2, column: 1), YAMLMark(line: 5, column: 1)])
        #expect(entries[0].value.mark == YAMLMark(line: 1, column: 4))
        #expect(entries[1].value.mark == YAMLMark(line: 3, column: 3))
        guard case .sequence(let items, _) = entries[1].value, case .sequence(let flow, _) = items[1] else { return }
        #expect(items[0].mark == YAMLMark(line: 3, column: 5))
        #expect(items[1].mark == YAMLMark(line: 4, column: 5))
        #expect(flow[1].mark == YAMLMark(line: 4, column: 9))
        #expect(entries[2].value.mark == YAMLMark(line: 5, column: 8))
    }

    @Test func anEmptyValueIsMarkedJustAfterItsColon() throws {
        #expect(try Self.value("key:   \n").mark == YAMLMark(line: 1, column: 5))
        #expect(try Self.value("key:\n- \n").mark == YAMLMark(line: 2, column: 1))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        #expect(try Self.value("ключ: значение\n").mark == YAMLMark(line: 1, column: 7))
        #expect(
            Self.error("ключ: \"значение\" x\n")
                == "1:18: invalid YAML: expected the end of the line after the value of \"ключ\", found \"x\"")
    }

    // MARK: - What model files leave out

    @Test(arguments: [
        ("a: &x 1\nb: *x\n", "1:4: anchors and aliases are not supported in model files: write the value out"),
        ("a: *x\n", "1:4: anchors and aliases are not supported in model files: write the value out"),
        ("a: [1, *x]\n", "1:8: anchors and aliases are not supported in model files: write the value out"),
        ("- &x\n  a: 1\n", "1:3: anchors and aliases are not supported in model files: write the value out"),
        ("a: !!str 1\n", "1:4: tags (!name) are not supported in model files: write the value without one"),
        ("a: {b: !x c}\n", "1:8: tags (!name) are not supported in model files: write the value without one"),
        (
            "a: 1\n---\nb: 2\n",
            "2:1: a model file holds one YAML document, and a second one starts here (\"---\"); put everything in one"
        ),
        (
            "a: 1\n...\n---\nb: 2\n",
            "3:1: a model file holds one YAML document, and a second one starts here (\"---\"); put everything in one"
        ),
        (
            "? a\n: b\n",
            "1:1: complex keys (\"? \") are not supported in model files: write each key as a name followed by \":\""
        ),
        (
            "{? a: b}\n",
            "1:2: complex keys (\"? \") are not supported in model files: write each key as a name followed by \":\""
        ),
        ("[a, b]: c\n", "1:1: a key must be a name, written plain or quoted, not a list or mapping"),
        ("a: 1\n{b: 1}: c\n", "2:1: a key must be a name, written plain or quoted, not a list or mapping"),
        ("{[a]: b}\n", "1:2: a key must be a name, written plain or quoted, not a list or mapping"),
        ("%YAML 1.2\n---\na: 1\n", "1:1: directives (%YAML, %TAG) are not supported in model files: remove the line"),
        ("a: 1\nb: 2\na: 3\n", "1:1: the key \"a\" appears more than once in one mapping"),
        ("{a: 1, b: 2, b: 3, a: 4}", "1:2: the keys \"a\", \"b\" appear more than once in one mapping"),
    ])
    func refusedAtTheirPlace(_ text: String, _ expected: String) {
        #expect(Self.error(text) == expected)
    }

    @Test func duplicateKeysAreFoundInLargeMappingsToo() {
        let keys = (0..<40).map { "k\($0): v" } + ["k7: again"]
        #expect(Self.error(keys.joined(separator: "\n")) == "8:1: the key \"k7\" appears more than once in one mapping")
    }

    @Test func theSameKeyInDifferentMappingsIsNoDuplicate() throws {
        #expect(try Self.read("- id: a\n- id: b\n") == "[{id: a}, {id: b}]")
    }

    // MARK: - Syntax errors

    @Test(arguments: [
        ("a:\nb\n", "2:1: invalid YAML: a mapping value must be indented more than its key (\"a\" at 1:1)"),
        ("a: 1\nb\n", "2:1: invalid YAML: expected \"key: value\": this line is at the level of the keys of the mapping at 1:1"),
        ("a:\n  b: [c,\n    d\nnext: 1\n", "4:1: invalid YAML: the flow sequence opened at 2:6 is not closed before this line"),
        (
            "a: [b, c\n",
            "2:1: invalid YAML: the flow sequence opened at 1:4 is not closed; the file ends too early: is it cut short?"
        ),
        (
            "a: {b: c",
            "1:9: invalid YAML: the flow mapping opened at 1:4 is not closed; the file ends too early: is it cut short?"
        ),
        ("[a}", "1:3: invalid YAML: expected \",\" or \"]\" in the flow sequence opened at 1:1, found \"}\""),
        ("[a, }", "1:5: invalid YAML: \"}\" does not close the flow sequence opened at 1:1"),
        ("a:\n  b: [c,\n  d]\n", "3:3: invalid YAML: the flow sequence opened at 2:6 is not closed before this line"),
        ("{a: b c: d}", "1:8: invalid YAML: expected \",\" or \"}\" in the flow mapping opened at 1:1, found \":\""),
        ("[a, , b]", "1:5: invalid YAML: expected a value before \",\" in the flow sequence opened at 1:1"),
        (
            "a: \"abc",
            "1:8: invalid YAML: unterminated double-quoted string opened at 1:4; the file ends too early: is it cut short?"
        ),
        (
            "a: 'abc\nb: 1\n",
            "2:1: invalid YAML: unterminated single-quoted string opened at 1:4: this line is not indented enough to continue it; is the closing quote missing?"
        ),
        ("a: \"x\" y\n", "1:8: invalid YAML: expected the end of the line after the value of \"a\", found \"y\""),
        ("- [x] y\n", "1:7: invalid YAML: expected the end of the line after the list item, found \"y\""),
        ("a: b: c\n", "1:5: invalid YAML: \": \" cannot appear in a plain value; put the value in quotes: \"b: c\""),
        (
            "a: \"b\": c\n",
            "1:7: invalid YAML: a mapping cannot start on the same line as its key; start it on a line of its own, indented"
        ),
        (
            "a: - b\n",
            "1:4: invalid YAML: a list (\"- \") cannot start on the same line as its key; start it on a line of its own, indented"
        ),
        (
            "a:\n  b: 1\n   c: 2\n",
            "3:4: invalid YAML: this line continues the plain value above it, which cannot hold \": \"; if it starts a key, indent it like the keys next to it"
        ),
        (
            "a:\n    b: 1\n  c: 2\n",
            "3:3: invalid YAML: bad indentation: a key of this mapping belongs at column 1, like its first key at 1:1"
        ),
        (
            "- a\n- b\n c: 1\n",
            "3:2: invalid YAML: this line continues the plain value above it, which cannot hold \": \"; if it starts a key, indent it like the keys next to it"
        ),
        (
            "- \"a\"\n  b\n",
            "2:3: invalid YAML: bad indentation: an item of this list belongs at column 1, like its first item at 1:1"
        ),
        ("- a\nb: 1\n", "2:1: invalid YAML: expected a list item (\"- \") at the level of the list that starts at 1:1"),
        (
            "a: 1\n- b\n",
            "2:1: invalid YAML: a list item cannot be at the level of the keys of the mapping at 1:1; indent the list under its key"
        ),
        ("  a: 1\nb: 2\n", "2:1: invalid YAML: bad indentation: this line is indented less than the file's first key, at 1:3"),
        ("[a]\nb\n", "2:1: invalid YAML: expected the end of the file after the top-level value that starts at 1:1"),
        ("a: 1\n...\nb: 2\n", "3:1: invalid YAML: nothing but comments may follow \"...\", the end of the document"),
        ("a: ]\n", "1:4: invalid YAML: unexpected \"]\": no [ ] or { } is open here"),
        ("a: @b\n", "1:4: invalid YAML: a value cannot start with \"@\" unless it is quoted"),
        ("a: `b`\n", "1:4: invalid YAML: a value cannot start with \"`\" unless it is quoted"),
        (": a\n", "1:1: invalid YAML: a key is missing before \":\""),
        ("{: a}\n", "1:2: invalid YAML: a key is missing before \":\""),
        ("[- a]\n", "1:2: invalid YAML: a list inside [ ] or { } is written [a, b], not with \"- \""),
        ("[|\n  a]\n", "1:2: invalid YAML: block scalars (| and >) cannot be inside [ ] or { }; write a quoted string"),
        (
            "a: \"\\q\"\n",
            "1:5: invalid YAML: unknown escape: a backslash followed by \"q\" in a double-quoted string; write \"\\\\\" for a backslash"
        ),
        ("a: \"\\xZZ\"\n", "1:5: invalid YAML: the escape \\x needs 2 hexadecimal digits (0-9, A-F)"),
        ("a: \"\\uD800\"\n", "1:5: invalid YAML: the escape for U+D800 names no character"),
        ("a: \"\\U00110000\"\n", "1:5: invalid YAML: the escape for U+110000 names no character"),
        ("a: |0\n  x\n", "1:5: invalid YAML: a block scalar's indentation indicator is a digit from 1 to 9, not 0"),
        (
            "a: | x\n",
            "1:6: invalid YAML: expected the end of the line after the block scalar's header, found \"x\"; its text starts on the next line"
        ),
        (
            "a: |\n\n     \n  x\n",
            "4:3: invalid YAML: this block scalar's first line of text is indented less than a blank line before it; remove the spaces from the blank line"
        ),
        ("\"a\n b\": c\n", "1:1: invalid YAML: a key must fit on one line"),
        ("a: b\u{7}\n", "1:5: invalid YAML: control characters are not allowed"),
        ("a: \"b\u{0}\"\n", "1:6: invalid YAML: control characters are not allowed"),
        ("a: b\u{9F}\n", "1:5: invalid YAML: control characters are not allowed"),
        (
            "a: \"\n---\n\"",
            "2:1: invalid YAML: unterminated double-quoted string opened at 1:4: a document marker cannot be inside it"
        ),
        ("a: [\n---\n]", "2:1: invalid YAML: the flow sequence opened at 1:4 is not closed before this line"),
    ])
    func syntaxErrorsSayWhatAndWhere(_ text: String, _ expected: String) {
        #expect(Self.error(text) == expected)
    }

    @Test func theNextLineCharacterIsNoControlCharacter() throws {
        #expect(try Self.scalar("a: \"b\u{85}\"\n").text == "b\u{85}")
    }

    // MARK: - Depth and garbage

    @Test func nestingIsBoundedInBrackets() {
        let deepest =
            String(repeating: "[", count: YAMLParser.maximumDepth) + String(repeating: "]", count: YAMLParser.maximumDepth)
        #expect(Self.error(deepest) == "no error")
        #expect(
            Self.error(String(repeating: "[", count: 100_000))
                == "1:501: invalid YAML: lists and mappings are nested more than 500 deep")
    }

    @Test func nestingIsBoundedInBlocks() {
        let items = String(repeating: "- ", count: 600) + "x\n"
        #expect(Self.error(items) == "1:1001: invalid YAML: lists and mappings are nested more than 500 deep")
        let keys = (0..<600).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " x\n"
        #expect(Self.error(keys) == "501:501: invalid YAML: lists and mappings are nested more than 500 deep")
    }

    /// Every short text over YAML's punctuation reads or fails with a message, and none hangs or
    /// crashes: the same texts, from a fixed seed, every run.
    @Test func garbageNeverCrashesOrHangs() {
        let alphabet = Array(" \n\r\t-:[]{},#'\"|>?&*!%@.`\\a0é~".unicodeScalars)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            seed ^= seed << 13
            seed ^= seed >> 7
            seed ^= seed << 17
            return Int(seed % UInt64(Int.max))
        }
        for _ in 0..<30_000 {
            var text = ""
            for _ in 0..<(next() % 24) { text.unicodeScalars.append(alphabet[next() % alphabet.count]) }
            do {
                _ = try YAMLParser.parse(text)
            } catch {
                #expect(!error.message.isEmpty)
                #expect(error.mark.line >= 1 && error.mark.column >= 1)
            }
        }
    }

    /// What the writer produces reads back to the texts it was given, whichever style it chose.
    @Test func everyTextTheWriterQuotesReadsBack() throws {
        for text in ModelFileRoundTripTests.awkwardTexts + ["a\tb", "\u{85}", "x'y", "\\n"] {
            #expect(try Self.scalar("a: " + YAMLText.string(text)).text == text, "\(text.debugDescription)")
            let list = try Self.value("a: " + YAMLText.list([text, "b"]))
            #expect(Self.render(list).hasSuffix(", b]"), "\(text.debugDescription)")
        }
    }
}

/// Millions of one-letter values would take minutes and gigabytes to read and check: a file
/// holds at most a million list items and mapping entries, and more is an error at the place.
@Suite(.timeLimit(.minutes(1))) struct YAMLValueLimitTests {
    @Test func aMillionValuesAndOneIsRefused() {
        let text = "a: [" + String(repeating: "x,", count: YAMLParser.maximumValues) + "x]\n"
        #expect(throws: YAMLSyntaxError.self) { try YAMLParser.parse(text) }
        do {
            _ = try YAMLParser.parse(text)
        } catch {
            #expect(error.message.hasPrefix("the file holds more than 1000000 list items and mapping entries"))
            #expect(error.mark.line == 1)
        }
    }

    @Test func aMillionValuesAreRead() throws {
        let text = "a: [" + String(repeating: "x,", count: YAMLParser.maximumValues - 2) + "x]\n"
        guard case .mapping(let entries, _)? = try YAMLParser.parse(text), case .sequence(let items, _) = entries[0].value
        else { Issue.record("not a mapping of a list"); return }
        #expect(items.count == YAMLParser.maximumValues - 1)
    }
}
