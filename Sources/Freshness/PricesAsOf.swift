import Content
import TextKit

/// When a page's prices were read: `prices_as_of:` in front matter, or an "as of" date in the
/// caption line right above a table (`Prices as of 2025-09-01`, `价格截至 2025-09-01`).
public enum PricesAsOf {
    public static let key = "prices_as_of"

    public static func date(of page: Page) -> (date: PageDate, location: SourceLocation)? {
        if let value = page.frontMatter.extra.first(where: { $0.key == key })?.value, let text = value.string,
            let date = PageDate(parsing: text)
        {
            let position = page.frontMatter.positions[key]
            return (
                date,
                SourceLocation(
                    file: page.file, line: position?.line ?? value.line, column: position?.column ?? value.column)
            )
        }
        let lines = SourceLines(page.source)
        guard lines.count > page.bodyLineOffset else { return nil }
        // Each line's first bytes are looked at before its Characters: few lines open a table.
        for number in (page.bodyLineOffset + 1)..<lines.count {
            let next = lines[number + 1]
            guard
                next.utf8.first(where: { $0 != 0x20 }) == 0x7C && next.drop(while: { $0 == " " }).hasPrefix("|")
                    || next.isEmpty && number + 2 <= lines.count && lines[number + 2].utf8.first == 0x7C
                        && lines[number + 2].hasPrefix("|")
            else { continue }
            if let (date, column) = captionDate(in: lines[number]) {
                return (date, SourceLocation(file: page.file, line: number, column: column))
            }
        }
        return nil
    }

    /// Words that put a date on prices, in each language the profiles know.
    static let markers = ["as of", "as at", "截至", "截止", "時点", "时点", "au ", "en date du", "Stand", "stand"]

    private static let markerBytes = markers.map { Array($0.utf8) }

    /// Whether `marker` occurs in `line`, byte for byte: Foundation's `contains` bridged every
    /// line above every table of every page to NSString for a locale-aware search.
    private static func occurs(_ marker: [UInt8], in line: Substring) -> Bool {
        func search(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let first = marker.first, marker.count <= text.count else { return false }
            for i in 0...(text.count - marker.count) where text[i] == first {
                if text[i..<(i + marker.count)].elementsEqual(marker) { return true }
            }
            return false
        }
        if let found = line.utf8.withContiguousStorageIfAvailable(search) { return found }
        var copy = String(line)
        return copy.withUTF8(search)
    }

    /// A `YYYY-MM-DD` date after (or, for `時点`, before) an as-of word on a caption line, and its column.
    static func captionDate(in line: Substring) -> (PageDate, Int)? {
        guard markerBytes.contains(where: { occurs($0, in: line) }) else { return nil }
        let chars = Array(line)
        var i = 0
        while i + 10 <= chars.count {
            if let date = PageDate(parsing: String(chars[i..<(i + 10)])), i == 0 || !chars[i - 1].isNumber {
                return (date, i + 1)
            }
            i += 1
        }
        return nil
    }
}

extension PageDate {
    /// Days since 1970-01-01, for the difference of two dates (proleptic Gregorian calendar).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }
}
