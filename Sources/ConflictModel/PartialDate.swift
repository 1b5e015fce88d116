/// A calendar date known to the day, the month or only the year: reports often say no more.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Precision: String, Sendable, CaseIterable {
        case day, month, year
    }

    public var year: Int
    public var month: Int?
    public var day: Int?

    public var precision: Precision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else, including impossible days.
    /// Only digits: `Int` alone would also take a sign, so that `+786` read as a year `description`
    /// cannot write back.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        func isDigits(_ part: Substring, _ count: Int) -> Bool {
            part.utf8.count == count && part.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
        guard (1...3).contains(parts.count), isDigits(parts[0], 4), let year = Int(parts[0]),
            parts.dropFirst().allSatisfy({ isDigits($0, 2) })
        else { return nil }
        self.year = year
        if parts.count >= 2 {
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count == 3, let month {
            guard let day = Int(parts[2]), (1...PartialDate.days(inMonth: month, year: year)).contains(day) else {
                return nil
            }
            self.day = day
        }
    }

    /// Always four digits for the year, as it was read: the year 786 is `0786`.
    public var description: String {
        var text = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        if let month { text += "-" + Self.twoDigits(month) }
        if let day { text += "-" + Self.twoDigits(day) }
        return text
    }

    /// The first and the last day the date could be: 2026-02 is 2026-02-01 to 2026-02-28.
    public var firstDay: PartialDate { PartialDate(year: year, month: month ?? 1, day: day ?? 1) }
    public var lastDay: PartialDate {
        let lastMonth = month ?? 12
        return PartialDate(year: year, month: lastMonth, day: day ?? Self.days(inMonth: lastMonth, year: year))
    }

    /// Orders by the earliest day each date could be.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
