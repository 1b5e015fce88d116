import Foundation

/// The format of golden files, in the sqllogictest manner: a query, a line `----`, the expected
/// output, and a blank line before the next case. Lines starting with `#` before a query are
/// comments; a file's first comments may also say how its cases run (`# model: timeline`).
public enum GoldenCases {
    public struct Case: Sendable {
        public var file: String
        public var line: Int
        public var query: String
        public var expected: String
    }

    /// The cases of every `.test` file in `directory`, files in name order.
    public static func cases(in directory: URL) -> [Case] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".test") }.sorted().flatMap { name in
            parse((try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? "", file: name)
        }
    }

    public static func parse(_ text: String, file: String) -> [Case] {
        var cases: [Case] = []
        let lines = text.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            if lines[index].trimmingCharacters(in: .whitespaces).isEmpty || lines[index].hasPrefix("#") {
                index += 1
                continue
            }
            let start = index
            var query: [String] = []
            while index < lines.count, lines[index] != "----" {
                query.append(lines[index])
                index += 1
            }
            index += 1
            var expected: [String] = []
            while index < lines.count, !lines[index].isEmpty {
                expected.append(lines[index])
                index += 1
            }
            cases.append(
                Case(file: file, line: start + 1, query: query.joined(separator: "\n"), expected: expected.joined(separator: "\n")))
        }
        return cases
    }

    /// The value of a `# key: value` line among the comments that open a file, or nil.
    public static func setting(_ key: String, in text: String) -> String? {
        for line in text.components(separatedBy: "\n") {
            guard line.hasPrefix("#") else { break }
            if line.hasPrefix("# \(key): ") { return String(line.dropFirst("# \(key): ".count)) }
        }
        return nil
    }

    /// Rewrites every file of `directory` with the outputs the program gives now, for review
    /// with `git diff`.
    public static func update(in directory: URL, output: (_ query: String, _ file: String) -> String) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".test") }
        for name in files {
            let url = directory.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            for golden in parse(text, file: name).reversed() {
                let queryLines = golden.query.components(separatedBy: "\n").count
                let expectedStart = golden.line - 1 + queryLines + 1
                let expectedCount = golden.expected.isEmpty ? 0 : golden.expected.components(separatedBy: "\n").count
                lines.replaceSubrange(
                    expectedStart..<expectedStart + expectedCount,
                    with: output(golden.query, name).components(separatedBy: "\n"))
            }
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }
}
