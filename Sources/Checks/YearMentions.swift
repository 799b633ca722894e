/// Years written in text (`2024年1月`, `par rapport au T1 2024`): dates are no figures, so a year
/// that dates an amount is looked for in the characters themselves.
enum YearMentions {
    /// Each four-digit 19xx or 20xx standing alone within `range` (no digit, `,` or `.` beside it:
    /// `1,2024` and `2024.5` are amounts).
    static func years(in chars: [Character], within range: Range<Int>) -> [Int] {
        let isDigit = { (i: Int) in
            i >= range.lowerBound && i < range.upperBound && chars[i].isASCII && chars[i].isNumber
        }
        var years: [Int] = []
        var i = range.lowerBound
        while i + 3 < range.upperBound {
            if chars[i] == "1" && chars[i + 1] == "9" || chars[i] == "2" && chars[i + 1] == "0", isDigit(i + 2),
                isDigit(i + 3),
                !isDigit(i - 1), !isDigit(i + 4), i == 0 || !",.".contains(chars[i - 1]),
                i + 4 >= chars.count || !",.".contains(chars[i + 4]),
                let year = Int(String(chars[i...(i + 3)]))
            {
                years.append(year)
            }
            i += 1
        }
        return years
    }
}
