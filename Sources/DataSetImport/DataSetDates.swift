import ConflictModel

/// The ways the data sets write a day: `2013-01-03` (UCDP, ACLED now), with a time of midnight
/// after it in some exports (`2013-01-03 00:00:00.000`), `03 January 2013` (ACLED's older
/// exports) and `20130103` (GDELT).
enum DataSetDates {
    static func day(_ text: String) -> PartialDate? {
        if let date = PartialDate(text), date.day != nil, date.minutes == nil { return date }
        // A date with midnight written after it, as spreadsheets and databases export them.
        if text.count > 10, let date = PartialDate(String(text.prefix(10))), date.day != nil {
            let rest = text.dropFirst(10)
            if rest.allSatisfy({ " T:.0Z".contains($0) }) { return date }
        }
        if text.count == 8, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let year = text.prefix(4), month = text.dropFirst(4).prefix(2), day = text.suffix(2)
            return PartialDate("\(year)-\(month)-\(day)")
        }
        let words = text.split(separator: " ")
        if words.count == 3, let day = Int(words[0]), let month = months[words[1].lowercased()], words[2].count == 4,
            words[2].allSatisfy({ $0.isASCII && $0.isNumber })
        {
            func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return PartialDate("\(words[2])-\(twoDigits(month))-\(twoDigits(day))")
        }
        return nil
    }

    private static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
}

extension ColumnLayout.Fields {
    /// A day, written as one of the data sets writes them.
    func day(_ name: String) throws(ImportProblem) -> PartialDate {
        let text = try required(name)
        guard let date = DataSetDates.day(text) else {
            throw problem(name, "\"\(text)\" is not a day; expected YYYY-MM-DD" + (PartialDate.impossibility(of: text).map { " (\($0))" } ?? ""))
        }
        return date
    }
}
