import ConflictModel

/// Days and times a report gives in words, resolved against the day it came out: "on Saturday",
/// "since Thursday", "last Sunday", "yesterday", "as of 4pm".
enum ReportDates {
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Months written out, in order.
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// A weekday's or a month's name, which a capital and a possessive do not make a name of a state.
    static func isCalendarWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        return weekdays.contains(lower) || months.contains(lower) || ["today", "yesterday", "tomorrow"].contains(lower)
    }

    /// The day a weekday named in a report of `reported` means: the latest such day on or before
    /// the report's, or strictly before it after "last".
    static func day(named weekday: String, before reported: PartialDate, strictly: Bool) -> PartialDate? {
        guard let target = weekdays.firstIndex(of: weekday.lowercased()), let day = reported.day, let month = reported.month
        else { return nil }
        let today = weekdayIndex(year: reported.year, month: month, day: day)
        var back = (today - target + 7) % 7
        if back == 0 && strictly { back = 7 }
        return adding(-back, to: reported)
    }

    /// The day that many days from `date` (negative for earlier), known to the day.
    static func adding(_ days: Int, to date: PartialDate) -> PartialDate? {
        guard var day = date.day, var month = date.month else { return nil }
        var year = date.year
        day += days
        while day < 1 {
            month -= 1
            if month < 1 { (month, year) = (12, year - 1) }
            day += daysIn(month, year)
        }
        while day > daysIn(month, year) {
            day -= daysIn(month, year)
            month += 1
            if month > 12 { (month, year) = (1, year + 1) }
        }
        return PartialDate(year: year, month: month, day: day)
    }

    /// 0 for Monday: Sakamoto's method.
    static func weekdayIndex(year: Int, month: Int, day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let sunday0 = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
        return (sunday0 + 6) % 7
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A time of day written "4pm", "4 pm", "4 p.m.", "16:00" or "4:30 pm" at word `index`, in
    /// minutes after midnight; nil for a bare number, which is no time.
    static func minutes(_ sentence: Sentence, at index: Int) -> Int? {
        let words = sentence.words
        guard index < words.count else { return nil }
        var text = words[index].lower
        var half = ""
        for mark in ["am", "pm"] where text.hasSuffix(mark) {
            half = mark
            text.removeLast(2)
        }
        // "9.12pm": the minutes after a point, where "am" or "pm" says it is a time ("21.12" may be a figure).
        var minute: Int?
        if !half.isEmpty, let point = text.firstIndex(of: "."), let given = Int(text[text.index(after: point)...]), given < 60,
            text.distance(from: point, to: text.endIndex) == 3
        {
            minute = given
            text = String(text[..<point])
        }
        guard let hour = Int(text), hour < 24 else { return nil }
        var next = index + 1
        if minute == nil, half.isEmpty, next + 1 < words.count, words[next].text == ":", let given = Int(words[next + 1].lower),
            given < 60
        {
            minute = given
            next += 2
        }
        if half.isEmpty, next < words.count {
            let word = words[next].lower
            let spelled = next + 2 < words.count && words[next + 1].text == "." && words[next + 2].lower == "m"
            if word == "pm" || (word == "p" && spelled) { half = "pm" }
            if word == "am" || (word == "a" && spelled) { half = "am" }
        }
        guard !half.isEmpty || minute != nil else { return nil }
        guard hour <= 12 || half.isEmpty else { return nil }
        var hours = hour
        if half == "pm" && hours < 12 { hours += 12 }
        if half == "am" && hours == 12 { hours = 0 }
        return hours * 60 + (minute ?? 0)
    }
}
