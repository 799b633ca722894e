/// A calendar date (and optional time of day) as written in front matter, without time zones.
///
/// Kept as plain fields so that formatting in each language, sorting and feeds never depend on
/// the machine's clock, time zone or locale.
public struct PageDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Reads `2025-09-06`, `2025-09-06 10:30`, `2025-09-06T10:30:00Z` or with an offset.
    public init?(parsing text: String) {
        let chars = Array(text.trimmingCharacters(in: " "))
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count else { return nil }
            let digits = chars[range]
            guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(String(digits))
        }
        guard chars.count >= 10, chars[4] == "-", chars[7] == "-",
            let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
            (1...12).contains(m), (1...PageDate.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
        guard chars.count > 10 else { return }
        // `2025-11-15 8:00:00`: blogs write the hour with one digit; read it as `08`.
        if chars.count > 12, chars[10] == " " || chars[10] == "T", chars[11].isASCII, chars[11].isNumber,
            chars[12] == ":"
        {
            guard let parsed = PageDate(parsing: String(chars[..<11]) + "0" + String(chars[11...])) else { return nil }
            self = parsed
            return
        }
        guard chars[10] == "T" || chars[10] == " ", let h = number(11..<13), chars.count > 13, chars[13] == ":",
            let mi = number(14..<16), h < 24, mi < 60
        else { return nil }
        hour = h
        minute = mi
        if chars.count >= 19, chars[16] == ":", let s = number(17..<19), s < 60 { second = s }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.year, a.month, a.day, a.hour, a.minute, a.second) < (b.year, b.month, b.day, b.hour, b.minute, b.second)
    }

    /// RFC 3339 in UTC, as Atom feeds and sitemaps want it.
    public var rfc3339: String {
        "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(second))Z"
    }

    /// `YYYY-MM-DD`, for `<time datetime>` and sitemaps.
    public var isoDate: String { "\(pad(year, 4))-\(pad(month))-\(pad(day))" }

    private func pad(_ n: Int, _ width: Int = 2) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> Substring {
        let start = firstIndex { $0 != set } ?? endIndex
        let end = lastIndex { $0 != set }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
