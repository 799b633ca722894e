import Numbers
import TextKit

/// Whether a row or line label names a total, from the words of every language profile.
///
/// A label is a total when it is, starts with, or ends with a total word (`Total`, `Grand total`,
/// `Coût total`, `费用合计`); Latin words match whole words only, so `Consumption` is no sum. A
/// label that goes on after the word (`Total other income/(expense), net`) is *extended*: such a
/// row totals a group only where it closes one, which the table rule decides.
enum TotalWords {
    enum Kind: Equatable {
        case total(extended: Bool)
        case subtotal
    }

    private static let latinTotals = Set(
        LanguageProfile.all.flatMap(\.totalWords).filter(\.isLatin).map { $0.lowercased() })
    private static let latinSubtotals = Set(
        LanguageProfile.all.flatMap(\.subtotalWords).filter(\.isLatin).map { $0.lowercased() })
    private static let cjkTotals = LanguageProfile.all.flatMap(\.totalWords).filter { !$0.isLatin }
    private static let cjkSubtotals = LanguageProfile.all.flatMap(\.subtotalWords).filter { !$0.isLatin }
    /// Words after a total word that only say what it is counted in: `Total (€)`, `Total HT`.
    private static let unitWords: Set<String> = [
        "eur", "usd", "cny", "jpy", "rmb", "ht", "ttc", "net", "nette", "brut", "hors", "taxe", "taxes",
        "mensuel", "mensuelle", "annuel", "annuelle", "monthly", "annual", "yearly", "cost", "costs", "coût", "coûts",
        "par", "per", "mois", "month", "an", "year", "jahr", "monat", "kosten", "betrag", "amount", "montant",
    ]

    /// Total words that may also end a label.
    private static let closingTotalWords: Set<String> = ["total", "totale", "totaux", "gesamt", "insgesamt"]
    /// The ASCII words of the Latin total and subtotal words (`grand`, `total`, `sous-total`, the
    /// `total` of `total général`): a label whose words name a total has one of them, found in one
    /// pass over its bytes without lowercasing the label or splitting it into words. Below
    /// U+2000 only ASCII letters lower to ASCII letters alone (the Kelvin sign is above), so a
    /// word equal to one is its bytes in some case.
    private static let latinPieces = LiteralSet(
        latinTotalPhrases.flatMap { $0.split(separator: " ").filter(\.isASCIIWord) }.map(String.init),
        foldingASCIICase: true)
    private static let latinTotalPhrases = latinTotals.union(latinSubtotals).union(closingTotalWords)
    /// Whether `latinPieces` can rule a label out: every total word has an ASCII word, and the
    /// total suffixes are all ideographs, which a label of scalars below U+2000 cannot end with.
    private static let latinPiecesDecide =
        suffixesAreCJK && lowestScalarLooked >= 0x2000
        && latinTotalPhrases.allSatisfy { $0.split(separator: " ").contains(where: \.isASCIIWord) }
    private static let categoryPrepositions: Set<String> = ["of", "for", "des", "de", "du", "pour", "der", "für"]
    private static let derivationWords: Set<String> = [
        "after", "net", "less", "minus", "excluding", "après", "hors", "moins", "nach", "netto", "abzüglich",
    ]

    /// Whether a lowercased Latin word is a total word of some language (`total`, `summe`).
    static func isLatinTotal(_ word: String) -> Bool { latinTotals.contains(word) }

    static func kind(of label: String) -> Kind? {
        // A label that is a link names a page (`[Two Sum](…)`), not a total.
        if label.containsLiteral("](") { return nil }
        // Most labels are names (`svc-A85`, `Serveur GPU`) or lines of Latin prose: one without a
        // piece of a Latin total word names no total, for no CJK word or suffix (lead byte E2 and
        // above) stands in it either.
        if latinPiecesDecide, label.utf8.allSatisfy({ $0 < 0xE2 }), !latinPieces.occurs(in: label) { return nil }
        let lowered = label.lowercased()
        // A CJK word or suffix cannot stand in an ASCII label (most English and French ones).
        let isASCII = lowered.utf8.allSatisfy { $0 < 0x80 }
        // Nor can one in a label whose only other letters are Latin ones (`calls × $`, `Coût`).
        let mayHoldCJK = !isASCII && Self.mayHoldCJK(lowered)
        // `熱泵乾燥機（兩台合計）`: a total word in brackets after a name qualifies the name.
        let named = mayHoldCJK ? Self.outsideBrackets(lowered) : lowered
        if mayHoldCJK, cjkSubtotals.contains(where: { named.containsLiteral($0) }) { return .subtotal }
        let words = latinWords(lowered)
        if let first = words.first {
            let pair = words.count > 1 ? "\(first) \(words[1])" : ""
            if latinSubtotals.contains(first) || latinSubtotals.contains(pair) { return .subtotal }
            if latinTotals.contains(pair) { return .total(extended: isExtended(words.dropFirst(2))) }
            if latinTotals.contains(first) { return .total(extended: isExtended(words.dropFirst())) }
            // `Monthly total`, `Coût total`; but not `Two Sum` or `Path Sum`, which are names.
            if let last = words.last, words.count <= 3, closingTotalWords.contains(last) {
                return .total(extended: false)
            }
            // `Other direct subtotal`, `Technology subtotal`: a section's subtotal named before the word.
            if let last = words.last, words.count <= 3, latinSubtotals.contains(last) { return .subtotal }
        }
        if isASCII, suffixesAreCJK { return nil }
        if mayHoldCJK, cjkTotals.contains(where: { named.containsLiteral($0) }) { return .total(extended: false) }
        return suffixedKind(of: lowered)
    }

    /// The label without what it holds in brackets, when a name stands outside them; else the label.
    private static func outsideBrackets(_ label: String) -> String {
        guard label.contains(where: { $0 == "（" || $0 == "(" }) else { return label }
        var outside = "", depth = 0
        for character in label {
            switch character {
            case "（", "(": depth += 1
            case "）", ")": depth = max(0, depth - 1)
            default: if depth == 0 { outside.append(character) }
            }
        }
        return outside.contains(where: \.isLetter) ? outside : label
    }

    /// Whether `text` has a UTF-8 lead byte of U+2000 or above (E2–F4), as every scalar of a
    /// non-Latin word (U+2E80 and above) has: the CJK words are looked for only then.
    private static func mayHoldCJK(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0xE2 }
    }

    private static let totalSuffixes = LanguageProfile.all.compactMap { profile in
        profile.totalSuffix.map { (suffix: $0, exceptions: profile.totalSuffixExceptions) }
    }
    private static let suffixesAreCJK = totalSuffixes.allSatisfy { !$0.suffix.isLatin }
    /// Marks a total label may put around its suffix (`（計）`, `*計*`).
    private static let suffixMarks = Set("*_:：（）()")

    /// `計` alone is a total; `支出計` closes the group of expenses, a subtotal.
    private static func suffixedKind(of label: String) -> Kind? {
        guard mayEndWithSuffix(label) else { return nil }
        // `Q3 計`, `2024年度計`: a period before the mark still totals everything above.
        let bare = label.filter {
            !$0.isWhitespace && !suffixMarks.contains($0) && !($0.isASCII && ($0.isLetter || $0.isNumber))
        }
        for (suffix, exceptions) in totalSuffixes where bare.hasSuffix(suffix) && bare.count <= 6 {
            if bare == suffix || bare == "年度" + suffix || bare == "年" + suffix { return .total(extended: false) }
            if !exceptions.contains(where: bare.hasSuffix) { return .subtotal }
        }
        return nil
    }

    /// Whether `label` could leave at most six Characters, ending in a total suffix, once spaces,
    /// marks and ASCII letters and digits are dropped: it has a suffix (or a compatibility
    /// ideograph, which compares equal to one) and no more than six kana or ideographs, which
    /// are never dropped and never join another Character. Most labels ruled out here are
    /// whole lines of prose, whose Characters need not be read.
    private static func mayEndWithSuffix(_ label: String) -> Bool {
        var kept = 0, hasSuffix = false
        for scalar in label.unicodeScalars where scalar.value >= lowestScalarLooked {
            let value = scalar.value
            if suffixScalars.contains(scalar) || (0xF900...0xFAFF).contains(value)
                || (0x2F800...0x2FA1F).contains(value)
            {
                hasSuffix = true
            }
            if (0x3041...0x3096).contains(value) || (0x30A1...0x30FA).contains(value)
                || (0x4E00...0x9FFF).contains(value)
            {
                kept += 1
                if kept > 6 { return false }
            }
        }
        return hasSuffix
    }

    /// The last scalar of each total suffix (`計`): a label without one cannot end with a suffix.
    private static let suffixScalars = Set(totalSuffixes.compactMap(\.suffix.unicodeScalars.last))
    /// Below this no scalar is a suffix's, a kana or an ideograph.
    private static let lowestScalarLooked = min(0x3000, suffixScalars.map(\.value).min() ?? 0x3000)

    private static let latinAverages = Set(LanguageProfile.all.flatMap(\.averageWords).filter(\.isLatin))
    private static let cjkAverages = LanguageProfile.all.flatMap(\.averageWords).filter { !$0.isLatin }

    /// Whether a column header names a rate, an average or a share (`单价`, `CPA`, `Taux`, `Ø pro Monat`).
    static func isAverageHeader(_ header: String) -> Bool {
        let lowered = header.lowercased()
        // `Évolution (%)`, `Écart (%)`: percentages of different bases do not add up.
        if mayHoldCJK(lowered) && cjkAverages.contains(where: { lowered.containsLiteral($0) })
            || lowered.mayContain("ø")
            || lowered.mayContain("%")
        {
            return true
        }
        let words = latinWords(lowered)
        let pairs = zip(words, words.dropFirst()).map { "\($0) \($1)" }
        // `per`, `pro`, `par`, `je` say "per" only before what it is per (`pro Monat`, `per seat`):
        // a column named `Pro (円)` is a plan.
        let said = words.enumerated().contains { index, word in
            latinAverages.contains(word) && (!Self.perWords.contains(word) || index + 1 < words.count)
        }
        return said || pairs.contains(where: latinAverages.contains)
    }

    private static let perWords: Set<String> = ["per", "pro", "par", "je"]

    /// Whether a header names an amount per some unit and nothing averaged (`Cost per plate (RM)`,
    /// `Coût par élève`): the rows' parts of one unit's cost add up to the unit's cost.
    static func isPerUnitHeader(_ header: String) -> Bool {
        let lowered = header.lowercased()
        guard !lowered.mayContain("%"), !lowered.mayContain("ø"),
            !(mayHoldCJK(lowered) && cjkAverages.contains(where: { lowered.containsLiteral($0) }))
        else { return false }
        let words = latinWords(lowered)
        let pairs = zip(words, words.dropFirst()).map { "\($0) \($1)" }
        let saysPer = words.dropLast().contains(where: perWords.contains)
        let saysAverage =
            words.contains { latinAverages.contains($0) && !perWords.contains($0) }
            || pairs.contains(where: latinAverages.contains)
        return saysPer && !saysAverage
    }

    /// Whether `gap` says nothing but a unit and a total word after a bracket or comma: `部（合計`, `, total `.
    static func isOnlyTotalWord(_ gap: String) -> Bool {
        // What follows the last bracket or comma is the total word; before it at most a unit (`部`).
        let marks: Set<Character> = ["（", "(", ",", "，", "、", ":", "："]
        guard let split = gap.lastIndex(where: marks.contains),
            gap[..<split].filter(\.isLetter).count <= 3
        else { return false }
        let letters = gap[gap.index(after: split)...].lowercased().filter { $0.isLetter || $0 == "-" }
        guard !letters.isEmpty, letters.count <= 12 else { return false }
        return cjkTotals.contains(letters) || latinTotals.contains(letters)
    }

    /// `Total prévu pour avril`, `Total budgeted for March`: a plan and its month name no other thing summed.
    private static let periodAndPlanWords = Set(
        LanguageProfile.all.flatMap { $0.monthNames + $0.planWords }.map { $0.lowercased() })

    private static let stopWords: Set<String> = [
        "the", "of", "and", "for", "des", "les", "pour", "et", "der", "die", "das", "und", "für", "von",
    ]

    /// How many words after the total word name something (`Gesamt netto nach Beitrag` → 3,
    /// `Total des charges` → 1, `Total` → 0) other than the section's heading; Latin labels only.
    static func namingWordsAfterTotal(_ label: String, section: String = "") -> Int {
        let words = latinWords(label.lowercased())
        guard let first = words.first, latinTotals.contains(first) || latinSubtotals.contains(first) else { return 0 }
        // `total des charges du trimestre`, `total of monthly fees`: the words name what is summed,
        // unless they say it is taken after something (`Gesamt netto nach Beitrag`).
        if words.count > 1, categoryPrepositions.contains(words[1]), !words.contains(where: derivationWords.contains) {
            return 0
        }
        let naming = words.dropFirst().filter {
            $0.count >= 3 && !unitWords.contains($0) && !stopWords.contains($0) && !latinTotals.contains($0)
                && !periodAndPlanWords.contains($0)
        }
        // `Total frais annexes` under the heading `Frais annexes` names the section it closes.
        let heading = Set(latinWords(section.lowercased()))
        if !naming.isEmpty, !words.contains(where: derivationWords.contains), naming.allSatisfy(heading.contains) {
            return 0
        }
        return naming.count
    }

    static func isSubtotal(_ label: String) -> Bool { kind(of: label) == .subtotal }

    /// Whether a total word stands anywhere in `text` (lowercased): `共计`, `in total`, `au total`.
    static func appears(in text: String) -> Bool {
        if cjkTotals.contains(where: { text.containsLiteral($0) }) { return true }
        return latinWords(text).contains { latinTotals.contains($0) }
    }

    static func isTotal(_ label: String) -> Bool { kind(of: label) != nil }

    /// Whether words after the total word name something beyond its unit or period.
    private static func isExtended(_ rest: ArraySlice<String>) -> Bool {
        rest.contains { $0.count >= 3 && !unitWords.contains($0) }
    }

    /// The label's Latin words, hyphenated words kept whole (`sous-total`); other text ends a word.
    static func latinWords(_ text: String) -> [String] {
        // Most labels are ASCII: split their bytes without asking Unicode about every Character.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.split { !(($0 | 0x20) &- 0x61 < 26 || $0 == UInt8(ascii: "-")) }.compactMap { word in
                let hyphen = UInt8(ascii: "-")
                guard let first = word.firstIndex(where: { $0 != hyphen }) else { return nil }
                let last = word.lastIndex(where: { $0 != hyphen })!
                return String(decoding: word[first...last], as: UTF8.self)
            }
        }
        var words: [String] = []
        var current = ""
        // Where each scalar is a Character (most CJK and accented labels), scalars are read: a
        // one-scalar Character is a letter as its scalar's properties say. At the first scalar
        // that may join a neighbour, the words are read again by Characters.
        var scalarsAreCharacters = true
        for scalar in text.unicodeScalars {
            guard CharacterColumns.isOneScalarCharacter(scalar) else {
                scalarsAreCharacters = false
                break
            }
            if scalar.properties.isAlphabetic && scalar.value < 0x2E80 || scalar == "-" && !current.isEmpty {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.trimmingCharacters(in: "-"))
                current = ""
            }
        }
        if scalarsAreCharacters {
            if !current.isEmpty { words.append(current.trimmingCharacters(in: "-")) }
            return words.filter { !$0.isEmpty }
        }
        words = []
        current = ""
        for character in text {
            if character.isLetter && character.unicodeScalars.allSatisfy({ $0.value < 0x2E80 })
                || character == "-" && !current.isEmpty
            {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current.trimmingCharacters(in: "-"))
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.trimmingCharacters(in: "-")) }
        return words.filter { !$0.isEmpty }
    }
}

extension Substring {
    fileprivate var isASCIIWord: Bool { utf8.allSatisfy { $0 < 0x80 } }
}

private extension String {
    var isLatin: Bool { unicodeScalars.allSatisfy { $0.value < 0x2E80 } }

    func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}
