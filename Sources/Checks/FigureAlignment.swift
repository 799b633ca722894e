import Foundation
import Numbers

/// Aligns two versions' figures by value, as a diff aligns lines, and names the single figures
/// that differ between agreeing neighbours: the drifts of a translation.
enum FigureAlignment {
    /// Index pairs `(a, b)` where one figure of `a` stands against one of `b` with a different
    /// value, the same kind of amount, between agreeing figures (or a text's start or end), where
    /// at least `context` figures agree in all.
    static func substitutions(_ a: [LocatedFigure], _ b: [LocatedFigure], context: Int) -> [(Int, Int)] {
        let n = a.count, m = b.count
        guard n > 0, m > 0, n * m <= 4_000_000 else { return [] }
        let left = Amounts(a), right = Amounts(b)
        // `sameAmount`, with its first two tests on values worked out once per figure: every
        // figure of one version meets every figure of the other.
        func same(_ i: Int, _ j: Int) -> Bool {
            let gap = abs(left.doubles[i] - right.doubles[j])
            let isBeyondRounding = gap > max(left.quanta[i], right.quanta[j])
            // Most pairs are far apart: equal values are within a few units of the last place of
            // each other as `Double`s, so a gap beyond a billionth of them tells they differ.
            if isBeyondRounding, gap > 1e-9 * max(abs(left.doubles[i]), abs(right.doubles[j])) { return false }
            if left.values[i] == right.values[j] { return true }
            guard !isBeyondRounding else { return false }
            return sameAmount(a[i].number, b[j].number)
        }
        let matched = longestCommonRun(n: n, m: m, same: same)
        var found: [(Int, Int)] = []
        guard matched.count >= context else { return [] }
        // A gap of exactly one figure on each side, between matches or the ends of both texts.
        let anchors = [(-1, -1)] + matched + [(n, m)]
        for k in 0..<(anchors.count - 1) {
            let (ai, bj) = anchors[k], (an, bn) = anchors[k + 1]
            let onA = (ai + 1)..<an, onB = (bj + 1)..<bn
            guard !onA.isEmpty, !onB.isEmpty else { continue }
            guard onA.count <= 3, onB.count <= 3 else {
                if let pair = edgePair(a, b, after: (ai, bj), first: (onA.lowerBound, onB.lowerBound)) {
                    found.append(pair)
                }
                continue
            }
            // Within a short gap, a figure drifted when exactly one figure on the other side is of
            // its kind and it is exactly one figure's counterpart (a translation may add a figure).
            for x in onA {
                let partners = onB.filter { y in pairable(a[x].number, b[y].number) }
                guard partners.count == 1, let y = partners.first,
                    onA.filter({ pairable(a[$0].number, b[y].number) }).count == 1
                else { continue }
                found.append((x, y))
            }
        }
        return found + slipsAcrossGaps(a, b, anchors: anchors, found: found)
    }

    /// Index pairs of the longest common subsequence of two sequences, by `same`; filled from the
    /// end so the walk goes forward. The walk takes every pair `same` holds for where it stands, so
    /// the figures both versions open with are matched before the table is filled, and the table
    /// covers only what follows them.
    private static func longestCommonRun(n: Int, m: Int, same: (Int, Int) -> Bool) -> [(Int, Int)] {
        var matched: [(Int, Int)] = []
        var start = 0
        while start < n, start < m, same(start, start) {
            matched.append((start, start))
            start += 1
        }
        let rows = n - start + 1, width = m - start + 1
        guard rows > 1, width > 1 else { return matched }
        // One buffer, row by row: nested arrays checked each row's uniqueness on every write.
        var lengths = [Int32](repeating: 0, count: rows * width)
        lengths.withUnsafeMutableBufferPointer { table in
            for i in stride(from: n - 1, through: start, by: -1) {
                let row = (i - start) * width, below = row + width
                for j in stride(from: m - 1, through: start, by: -1) {
                    let column = j - start
                    table[row + column] =
                        same(i, j)
                        ? table[below + column + 1] + 1 : max(table[below + column], table[row + column + 1])
                }
            }
        }
        func length(_ i: Int, _ j: Int) -> Int32 { lengths[(i - start) * width + (j - start)] }
        var i = start, j = start
        while i < n, j < m {
            if same(i, j), length(i, j) == length(i + 1, j + 1) + 1 {
                matched.append((i, j))
                i += 1
                j += 1
            } else if length(i + 1, j) >= length(i, j + 1) {
                i += 1
            } else {
                j += 1
            }
        }
        return matched
    }

    /// `9.3 %` then `36 列` against `9.3 %` then `38 trams`, before gaps of different lengths (one
    /// version works out more in the paragraph below): the figures right after an agreeing one,
    /// as many lines below it in both versions, of one kind, stand for each other.
    private static func edgePair(
        _ a: [LocatedFigure], _ b: [LocatedFigure], after anchor: (Int, Int), first: (Int, Int)
    ) -> (Int, Int)? {
        let (ai, bj) = anchor, (x, y) = first
        guard ai >= 0, bj >= 0, x < a.count, y < b.count, pairable(a[x].number, b[y].number),
            a[x].line - a[ai].line == b[y].line - b[bj].line, a[x].line != a[ai].line
        else { return nil }
        // Alone on their line: a sentence of several figures may order them differently.
        let aloneA = a.filter { $0.line == a[x].line }.count == 1, aloneB = b.filter { $0.line == b[y].line }.count == 1
        return aloneA && aloneB ? (x, y) : nil
    }

    /// Translations reorder a sentence (`€24,000, funded over 2025 and 2026` against `2025年度と
    /// 2026年度の…予備費42,000ユーロ`), so a drifted figure may stand in the next gap over. There
    /// only a slip of the pen counts: two digits swapped or one digit changed, and only one
    /// unmatched figure of the other version within a gap either side reads so.
    private static func slipsAcrossGaps(
        _ a: [LocatedFigure], _ b: [LocatedFigure], anchors: [(Int, Int)], found: [(Int, Int)]
    ) -> [(Int, Int)] {
        let matchedA = Set(anchors.map(\.0)).union(found.map(\.0)),
            matchedB = Set(anchors.map(\.1)).union(found.map(\.1))
        var pairs: [(Int, Int)] = []
        for k in 0..<(anchors.count - 1) {
            let lowB = anchors[max(0, k - 1)].1, highB = anchors[min(anchors.count - 1, k + 2)].1
            for x in (anchors[k].0 + 1)..<anchors[k + 1].0 where !matchedA.contains(x) {
                let candidates = ((lowB + 1)..<max(lowB + 1, highB)).filter { y in
                    !matchedB.contains(y) && pairable(a[x].number, b[y].number)
                        && DigitSlip.isSlip(a[x].number, b[y].number)
                }
                guard candidates.count == 1, let y = candidates.first, !pairs.contains(where: { $0.1 == y }) else {
                    continue
                }
                pairs.append((x, y))
            }
        }
        return pairs
    }

    /// The same amount as each version writes it: `66.4万元` and `CNY 0.66 million` agree at the
    /// coarser of their two precisions.
    /// One version's values, as `Decimal` and `Double`, and the quantum of each (`sameAmount`'s bound).
    private struct Amounts {
        var values: [Decimal] = [], doubles: [Double] = [], quanta: [Double] = []

        init(_ figures: [LocatedFigure]) {
            for figure in figures {
                values.append(figure.number.value)
                doubles.append(figure.number.value.asDouble)
                quanta.append(pow(10, Double(figure.number.quantumExponent)))
            }
        }
    }

    static func sameAmount(_ x: ScannedNumber, _ y: ScannedNumber) -> Bool {
        if x.value == y.value { return true }
        // Rounding moves a value by half a quantum at most: anything further apart is another amount.
        let quantum = pow(10, Double(max(x.quantumExponent, y.quantumExponent)))
        guard abs(x.value.asDouble - y.value.asDouble) <= quantum else { return false }
        var (coarse, fine) = x.quantumExponent >= y.quantumExponent ? (x, y) : (y, x)
        // Rounding only: `≈ ¥468,833` is not `¥466,833` said loosely.
        coarse.isApproximate = false
        return Agreement.compare(stated: coarse, computed: fine.value).isAgreement
    }

    private static func pairable(_ x: ScannedNumber, _ y: ScannedNumber) -> Bool {
        sameKind(x, y) && x.rangePart == .none && y.rangePart == .none && !sameAmount(x, y)
    }

    /// Both amounts of the same currency, both percentages, or both plain numbers.
    private static func sameKind(_ x: ScannedNumber, _ y: ScannedNumber) -> Bool {
        // A drift is a slip of the pen (`1,450` → `1,540`, `$34,700` → `3.74万美元`): the same order of
        // magnitude. `120` against `120 M` is a reading difference, not a drift.
        guard x.value != 0, y.value != 0 else { return false }
        let ratio = (x.value / y.value).magnitude
        guard ratio > Decimal(string: "0.1")!, ratio < 10 else { return false }
        return switch (x.unit?.measure, y.unit?.measure) {
        case (.currency(let c)?, .currency(let d)?): c == d
        case (.percent?, .percent?): true
        case (nil, nil): true
        case (.count?, .count?): x.unit?.per == nil && y.unit?.per == nil
        default: false
        }
    }
}
