/// A calendar date known to the day, the month or only the year: reports often say no more. A date
/// known to the day may also carry the time of day a report gives ("as of 4pm"), in the report's
/// own local time: reports rarely name a time zone, so none is assumed.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Precision: String, Sendable, CaseIterable {
        case day, month, year
    }

    public var year: Int
    public var month: Int?
    public var day: Int?
    /// Minutes after midnight, only for a date known to the day.
    public var minutes: Int?

    public var precision: Precision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    public init(year: Int, month: Int? = nil, day: Int? = nil, minutes: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.minutes = day == nil ? nil : minutes
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` (24-hour); nil for anything
    /// else, including impossible days and times. Only digits: `Int` alone would also take a sign,
    /// so that `+786` read as a year `description` cannot write back.
    public init?(_ text: String) {
        var text = text
        guard let date = text.withUTF8(Self.parse) else { return nil }
        self = date
    }

    /// `init?(_:)` byte by byte: a large model has dates in every claim, and splitting each into
    /// substrings and reading those as numbers cost more than the rest of reading the claim.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> PartialDate? {
        /// The number written in exactly `count` ASCII digits at `start`, followed by `separator`
        /// unless they end the text.
        func digits(at start: Int, _ count: Int, then separator: UInt8?) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            if start + count < bytes.count && bytes[start + count] != separator { return nil }
            return value
        }
        // YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DD HH:MM: each part starts at a fixed place.
        guard let year = digits(at: 0, 4, then: UInt8(ascii: "-")) else { return nil }
        guard bytes.count > 4 else { return PartialDate(year: year) }
        guard let month = digits(at: 5, 2, then: UInt8(ascii: "-")), (1...12).contains(month) else { return nil }
        guard bytes.count > 7 else { return PartialDate(year: year, month: month) }
        guard let day = digits(at: 8, 2, then: UInt8(ascii: " ")), (1...days(inMonth: month, year: year)).contains(day)
        else { return nil }
        guard bytes.count > 10 else { return PartialDate(year: year, month: month, day: day) }
        guard bytes.count == 16, let hour = digits(at: 11, 2, then: UInt8(ascii: ":")), hour < 24,
            let minute = digits(at: 14, 2, then: nil), minute < 60
        else { return nil }
        return PartialDate(year: year, month: month, day: day, minutes: hour * 60 + minute)
    }

    /// Always four digits for the year, as it was read: the year 786 is `0786`.
    public var description: String {
        var text = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        if let month { text += "-" + Self.twoDigits(month) }
        if let day { text += "-" + Self.twoDigits(day) }
        if let minutes { text += " " + Self.twoDigits(minutes / 60) + ":" + Self.twoDigits(minutes % 60) }
        return text
    }

    /// The day alone, without its time.
    public var withoutTime: PartialDate { PartialDate(year: year, month: month, day: day) }

    /// The first and the last day the date could be: 2026-02 is 2026-02-01 to 2026-02-28.
    public var firstDay: PartialDate { PartialDate(year: year, month: month ?? 1, day: day ?? 1) }
    public var lastDay: PartialDate {
        let lastMonth = month ?? 12
        return PartialDate(year: year, month: lastMonth, day: day ?? Self.days(inMonth: lastMonth, year: year))
    }

    /// Orders by the earliest day each date could be; on one day, a date without a time comes
    /// before the times of that day.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0, lhs.minutes ?? -1) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0, rhs.minutes ?? -1)
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// Why text written as a date names none: "February 2026 has 28 days", "there is no month
    /// 13". Nil when it is a date, or is not written as one at all (which the caller says its way).
    public static func impossibility(of text: String) -> String? {
        let numbers = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).map { Int($0) }
        let shape = text.map { $0.isNumber ? "9" : String($0) }.joined()
        guard ["9999-99", "9999-99-99", "9999-99-99 99:99"].contains(shape), PartialDate(text) == nil,
            numbers.allSatisfy({ $0 != nil })
        else { return nil }
        let parts = numbers.map { $0! }
        guard (1...12).contains(parts[1]) else { return "there is no month \(parts[1])" }
        if parts.count >= 3 {
            let days = Self.days(inMonth: parts[1], year: parts[0])
            guard (1...days).contains(parts[2]) else { return "\(monthNames[parts[1] - 1]) \(parts[0]) has \(days) days" }
        }
        if parts.count == 5 { return "\(twoDigits(parts[3])):\(twoDigits(parts[4])) is no time of day (00:00 to 23:59)" }
        return nil
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
