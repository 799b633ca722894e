/// Numbers that are not amounts: dates, times, identifiers, ordinals, list and heading numbers.
///
/// Each check is local (a few Characters either side, or back to the line start), so the
/// scan stays linear.
struct Exclusions {
    let text: ScanText

    /// The end of a date or time starting at `index` (`2025-09-06`, `06/09/2025`, `2025年9月6日`,
    /// `9月6日`, `9月`, `12:30`), or `nil`.
    func dateOrTimeEnd(at index: Int) -> Int? {
        let first = digitRun(at: index)
        let afterFirst = index + first
        if let end = calendarDateEnd(at: index, firstRun: first) { return end }
        if first <= 2, text[afterFirst] == ":", digitRun(at: afterFirst + 1) == 2 {
            var end = afterFirst + 3
            if text[end] == ":", digitRun(at: end + 1) == 2 { end += 3 }
            return end
        }
        if first == 4, text[afterFirst] == "年", isPlausibleYear(at: index) {
            var end = afterFirst + 1
            if let month = monthDayEnd(at: end) { end = month }
            return end
        }
        guard first <= 2 else { return nil }
        // `9月` is September (a duration is `9个月` or `9ヶ月`); `9月6日` is a date.
        if text[afterFirst] == "月" { return monthDayEnd(at: index) ?? afterFirst + 1 }
        // `9 月共计…`: a month written with a space before `月`.
        if text.isInlineSpace(afterFirst), text[afterFirst + 1] == "月",
            let month = Int(String((index..<afterFirst).compactMap { text[$0] })),
            (1...12).contains(month)
        {
            return afterFirst + 2
        }
        // `4月12日—13日`: the second day of a date range.
        if text[afterFirst] == "日", let before = text[index - 1], "—–-~〜至到".contains(before), text[index - 2] == "日" {
            return afterFirst + 1
        }
        return nil
    }

    /// The end of a size written as a fraction glued to its unit (`4/3mm` wetsuits, `1/2in` pipe),
    /// or `nil`: a product's name, no division.
    func specificationEnd(at index: Int) -> Int? {
        let first = digitRun(at: index)
        guard first > 0, first <= 2, text[index + first] == "/" else { return nil }
        let second = digitRun(at: index + first + 1)
        guard second > 0, second <= 2, text.isLatinLetter(index + first + 1 + second) else { return nil }
        var end = index + first + 1 + second
        while text.isLatinLetter(end) { end += 1 }
        return end
    }

    /// Whether the digit at `index` continues an identifier (`GPT-4o`, `Llama-3.2`, `A100`, `v2`),
    /// a time (`:30`) or a path (`page/2025`).
    func isInsideIdentifier(at index: Int) -> Bool {
        guard let previous = text[index - 1] else { return false }
        if CharacterFolding.isIdentifierCharacter(previous) { return true }
        if previous == "/" {
            // A path or URL segment (`page/2025`), but not a fraction or rate (`1/3`, `$/1M`).
            return text.isLatinLetter(index - 2)
        }
        // `[I@7852e922`, `name@2x`: glued after `@` it is an object's hash or a handle, not `@2.50` a price.
        if previous == "@", let before = text[index - 2], !before.isWhitespace { return true }
        // An index in brackets after a name (`dp[2]`, `w[0]`) is a subscript, not an amount.
        if previous == "[", let name = text[index - 2], CharacterFolding.isIdentifierCharacter(name) { return true }
        // The rest of a number whose start was skipped as a name (`port:8,080`) is no figure either.
        if previous == ",", text.isDigit(index - 2), !text.isClauseComma(index - 1) { return true }
        // A full-width `：` introduces a figure (`kWh：31,560`); only an ASCII `:` joins a name and a number.
        let isASCIIColon = previous == ":" && text.original(index - 1) == ":"
        // `３００－１８４`, `300−184`: a real minus sign subtracts; only a hyphen joins a name.
        if previous == "-", text.original(index - 1) == "－" || text.original(index - 1) == "−" { return false }
        guard previous == "-" || previous == "." || previous == "_" || isASCIIColon else { return false }
        return text[index - 2].map(CharacterFolding.isIdentifierCharacter) ?? false
    }

    /// The end of the identifier around `index`, to skip it whole.
    func identifierEnd(from index: Int) -> Int {
        var position = index
        while let character = text[position] {
            if CharacterFolding.isIdentifierCharacter(character) {
                position += 1
            } else if character == "-" || character == "." || character == "_",
                text[position + 1].map(CharacterFolding.isIdentifierCharacter) ?? false
            {
                position += 2
            } else {
                break
            }
        }
        return position
    }

    /// Whether a bare day or year stands next to a month's name (`June 12, 2025`, `1er janvier
    /// 2026`, `12. März`): a date, not an amount.
    func isBesideMonthName(start: Int, end: Int) -> Bool {
        func word(endingBefore index: Int) -> String {
            var position = index - 1
            while position >= 0, text.isInlineSpace(position) || text[position] == "." || text[position] == "," {
                position -= 1
            }
            var letters: [Character] = []
            while let character = text[position], CharacterFolding.isLatinLetter(character) {
                letters.append(character); position -= 1
            }
            // Most figures stand beside no word: no String is made for them.
            return letters.isEmpty ? "" : String(letters.reversed()).lowercased()
        }
        func word(startingAt index: Int) -> String {
            var position = index
            while text.isInlineSpace(position) || text[position] == "." || text[position] == "," { position += 1 }
            var letters: [Character] = []
            while let character = text[position], CharacterFolding.isLatinLetter(character) {
                letters.append(character); position += 1
            }
            return letters.isEmpty ? "" : String(letters).lowercased()
        }
        if Self.monthNames.contains(word(endingBefore: start)) || Self.monthNames.contains(word(startingAt: end)) {
            return true
        }
        // `August 29–30`, `les 29 et 30 août`: the other day of a pair beside the month's name.
        var after = end
        while text.isInlineSpace(after) { after += 1 }
        let joiners: [[Character]] = [
            ["e", "t"], ["a", "n", "d"], ["u", "n", "d"], ["t", "o"], ["a", "u"], ["b", "i", "s"],
        ]
        if let c = text[after], "–-—&".contains(c) {
            after += 1
        } else if let joiner = joiners.first(where: { text.matches($0, at: after, ignoringCase: true) }) {
            after += joiner.count
        }
        while text.isInlineSpace(after) { after += 1 }
        if after > end, text.isDigit(after) {
            var digitsEnd = after
            while text.isDigit(digitsEnd) { digitsEnd += 1 }
            if digitsEnd - after <= 2, Self.monthNames.contains(word(startingAt: digitsEnd)) { return true }
        }
        // `les 20, 21 et 22 décembre`: the first of a list of days the month's name closes.
        var cursor = end
        for _ in 0..<4 {
            guard text[cursor] == "," else { break }
            cursor += 1
            while text.isInlineSpace(cursor) { cursor += 1 }
            let dayStart = cursor
            while text.isDigit(cursor) { cursor += 1 }
            guard cursor > dayStart, cursor - dayStart <= 2 else { break }
            var next = cursor
            while text.isInlineSpace(next) { next += 1 }
            if let joiner = joiners.first(where: { text.matches($0, at: next, ignoringCase: true) }) {
                next += joiner.count
                while text.isInlineSpace(next) { next += 1 }
                let lastStart = next
                while text.isDigit(next) { next += 1 }
                if next > lastStart, next - lastStart <= 2, Self.monthNames.contains(word(startingAt: next)) {
                    return true
                }
            }
        }
        var before = start - 1
        while text.isInlineSpace(before) { before -= 1 }
        if let c = text[before], "–-—&".contains(c) {
            before -= 1
            while text.isInlineSpace(before) { before -= 1 }
            var digitsStart = before
            while text.isDigit(digitsStart) { digitsStart -= 1 }
            if before - digitsStart >= 1, before - digitsStart <= 2,
                Self.monthNames.contains(word(endingBefore: digitsStart + 1))
            {
                return true
            }
        }
        return false
    }

    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
        "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
    ]

    /// The end of a phone number after its `+`: the country code, then two or more groups of
    /// digits joined by spaces or hyphens (`+86 138 0013 5521`, `+33 1-23-45-67-89`).
    func phoneNumberEnd(from index: Int) -> Int? {
        var position = index, groups = 0
        while text.isDigit(position) {
            while text.isDigit(position) { position += 1 }
            groups += 1
            guard text.isInlineSpace(position) || text[position] == "-", text.isDigit(position + 1) else { break }
            position += 1
        }
        return groups >= 3 ? position : nil
    }

    /// Whether `第` (an ordinal, `第 59 章`) or `No.`/`n°`/`#` comes just before `start`.
    func isOrdinal(at start: Int) -> Bool {
        var position = start - 1
        if text.isInlineSpace(position) { position -= 1 }
        return text[position] == "第" || text[position] == "#" || text[position] == "°"
            || text.matches(["N", "o", "."], endingBefore: position + 1)
            || text.matches(["n", "o", "."], endingBefore: position + 1) && text.isInlineSpace(position - 3)
    }

    /// Whether only Markdown markers and spaces stand between the line start and `start`.
    func isAtLineStart(_ start: Int) -> Bool {
        var position = start - 1
        while let character = text[position], character != "\n", character != "\r\n" {
            guard CharacterFolding.isInlineSpace(character) || "#>*-+".contains(character) else { return false }
            position -= 1
        }
        return position >= 0 || !text.startsMidLine
    }

    private func calendarDateEnd(at index: Int, firstRun: Int) -> Int? {
        guard firstRun == 4 || firstRun <= 2, let separator = text[index + firstRun], "-/.".contains(separator) else {
            return nil
        }
        let secondStart = index + firstRun + 1
        let second = digitRun(at: secondStart)
        // `Saison 2026/27`, `FY 2025/2026`: a season or fiscal year, the second year the next one.
        if firstRun == 4, separator != ".", isPlausibleYear(at: index), second == 2 || second == 4,
            !text.isDigit(secondStart + second),
            let year = Int(String((index..<(index + 4)).compactMap { text[$0] })),
            let next = Int(String((secondStart..<(secondStart + second)).compactMap { text[$0] })),
            next == (second == 2 ? (year + 1) % 100 : year + 1)
        {
            return secondStart + second
        }
        guard (1...2).contains(second) else { return nil }
        let thirdStart = secondStart + second + 1
        let third = text[thirdStart - 1] == separator ? digitRun(at: thirdStart) : 0
        if firstRun == 4, (1...2).contains(third) { return thirdStart + third }
        if firstRun <= 2, third == 4 { return thirdStart + third }
        // A year and month (`2025-09`): only with `-`, a plausible year and a two-digit month.
        if firstRun == 4, third == 0, separator == "-", second == 2, isPlausibleYear(at: index),
            !text.isDigit(secondStart + 2)
        {
            return secondStart + 2
        }
        return nil
    }

    private func monthDayEnd(at index: Int) -> Int? {
        let month = digitRun(at: index)
        guard (1...2).contains(month), text[index + month] == "月" else { return nil }
        let day = digitRun(at: index + month + 1)
        guard (1...2).contains(day), text[index + month + 1 + day] == "日" else { return nil }
        return index + month + day + 2
    }

    private func isPlausibleYear(at index: Int) -> Bool {
        guard let d0 = text[index], let d1 = text[index + 1] else { return false }
        return (d0 == "1" && d1 == "9") || (d0 == "2" && d1 == "0")
    }

    /// The number of consecutive ASCII digits at `index`, counting at most 5.
    private func digitRun(at index: Int) -> Int {
        var count = 0
        while count < 5, text.isDigit(index + count) { count += 1 }
        return count
    }
}
