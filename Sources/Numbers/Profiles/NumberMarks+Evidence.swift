extension NumberMarks {
    /// The marks a document uses, decided from its numbers rather than from its language alone.
    ///
    /// Unambiguous numbers vote: `12,500.50` and `1,234,567` for a decimal point, `1.234,56` and
    /// `1.234.567` for a decimal comma grouped by points, `3,5` or `0,05` (a comma then one, two
    /// or four or more digits) for a decimal comma, `3.5` or `0.05` for a decimal point. Every
    /// other number (`5,000`, `1.500`) is read as the language writes it. The language's
    /// own marks win unless the other side has at least twice as many votes and three or more.
    public static func evidence(in text: String, default marks: NumberMarks) -> NumberMarks {
        var pointVotes = 0, commaVotes = 0, pointGroupVotes = 0, pointThousands = 0
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else { index += 1; continue }
            // Only the start of a number: a digit glued to a letter belongs to a name.
            if index > 0, isWordByte(bytes[index - 1]) { index = skipRun(bytes, from: index); continue }
            let shape = NumberShape(bytes, from: index)
            switch shape.verdict {
            case .decimalPoint: pointVotes += 1
            case .decimalComma: commaVotes += 1
            case .decimalCommaPointGroups: commaVotes += 1; pointGroupVotes += 1
            case .unknown: if shape.isPointThousands { pointThousands += 1 }
            }
            index = max(index + 1, shape.end)
        }
        if marks.decimalComma {
            // `693.000` beside `16,5`, with decimal points only in a listing (`rep = 0.22`) if at
            // all: the point groups thousands.
            let groupsWithPoints =
                pointGroupVotes > 0 || (commaVotes >= 1 && commaVotes >= pointVotes && pointThousands >= 3)
            guard pointVotes >= 3, pointVotes >= 2 * commaVotes else {
                return groupsWithPoints && !marks.pointGroups
                    ? NumberMarks(decimalComma: true, pointGroups: true, spaceGroups: marks.spaceGroups) : marks
            }
            return NumberMarks(decimalComma: false, spaceGroups: marks.spaceGroups)
        }
        // `3.780 €` and `1.000 kg` beside `1,2 Mio.` and `0,90`: decimals with commas, thousands grouped by points.
        if commaVotes >= 3, commaVotes >= 2 * pointVotes {
            return NumberMarks(
                decimalComma: true, pointGroups: pointGroupVotes > 0 || pointThousands >= 3, spaceGroups: true)
        }
        // `2 400`, `11 972`, `1 150` in a page whose language was not said: thousands grouped by spaces.
        if !marks.spaceGroups, spaceGroupVotes(bytes) >= 3 {
            var spaced = marks
            spaced.spaceGroups = true
            return spaced
        }
        return marks
    }

    /// Numbers written as one to three digits, a space (plain, no-break or narrow no-break) and
    /// exactly three digits, not followed by another digit or mark: `2 400`, `11 972`.
    private static func spaceGroupVotes(_ bytes: [UInt8]) -> Int {
        var votes = 0, index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]), index == 0 || !isWordByte(bytes[index - 1]) && !isDigit(bytes[index - 1])
            else { index += 1; continue }
            var end = index
            while end < bytes.count, isDigit(bytes[end]) { end += 1 }
            let lead = end - index
            var gap = 0
            if end < bytes.count, bytes[end] == 0x20 {
                gap = 1
            } else if end + 1 < bytes.count, bytes[end] == 0xC2, bytes[end + 1] == 0xA0 {
                gap = 2
            } else if end + 2 < bytes.count, bytes[end] == 0xE2, bytes[end + 1] == 0x80, bytes[end + 2] == 0xAF {
                gap = 3
            }
            let groupStart = end + gap
            if (1...3).contains(lead), gap > 0, groupStart + 3 <= bytes.count,
                bytes[groupStart..<groupStart + 3].allSatisfy(isDigit),
                groupStart + 3 == bytes.count
                    || !isDigit(bytes[groupStart + 3]) && bytes[groupStart + 3] != UInt8(ascii: ".")
            {
                votes += 1
            }
            index = max(end, index + 1)
        }
        return votes
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
    }

    private static func skipRun(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count,
            isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",")
        { index += 1 }
        return index
    }

    /// The digit groups and marks of one number, as ASCII bytes.
    private struct NumberShape {
        enum Verdict { case decimalPoint, decimalComma, decimalCommaPointGroups, unknown }

        var groups: [Int] = []
        var marks: [UInt8] = []
        var end: Int

        init(_ bytes: [UInt8], from start: Int) {
            var index = start
            var count = 0
            while index < bytes.count {
                let byte = bytes[index]
                if NumberMarks.isDigit(byte) {
                    count += 1
                    index += 1
                } else if (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")), index + 1 < bytes.count,
                    NumberMarks.isDigit(bytes[index + 1])
                {
                    groups.append(count)
                    marks.append(byte)
                    count = 0
                    index += 1
                } else {
                    break
                }
            }
            groups.append(count)
            end = index
        }

        /// `693.000`: one point before three digits, which groups thousands or ends a decimal.
        var isPointThousands: Bool {
            marks == [UInt8(ascii: ".")] && groups[0] <= 3 && groups.last == 3
        }

        var verdict: Verdict {
            guard !marks.isEmpty, marks.count <= 4 else { return .unknown }
            let comma = UInt8(ascii: ","), point = UInt8(ascii: ".")
            let inner = groups.dropFirst().dropLast()
            guard groups[0] <= 3 || marks.count == 1, inner.allSatisfy({ $0 == 3 }) else { return .unknown }
            let last = groups.last!
            if marks.count == 1 {
                // `5,000` and `1.500` could be either; `3,5`, `0,05`, `2,3456` can only be decimals.
                if last == 3, groups[0] <= 3 { return .unknown }
                return marks[0] == comma ? .decimalComma : .decimalPoint
            }
            let decimalMark = marks.last!
            let groupMarks = marks.dropLast()
            if groupMarks.allSatisfy({ $0 == comma }), decimalMark == point { return .decimalPoint }
            if groupMarks.allSatisfy({ $0 == point }), decimalMark == comma { return .decimalCommaPointGroups }
            if marks.allSatisfy({ $0 == comma }), last == 3 { return .decimalPoint }
            if marks.allSatisfy({ $0 == point }), last == 3 { return .decimalCommaPointGroups }
            return .unknown
        }
    }
}
