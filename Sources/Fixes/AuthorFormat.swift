import Foundation
import Numbers

/// A value written the way the author wrote the figure it replaces: marks, precision, scale
/// word, unit, currency position, and full-width digits where the figure used them.
enum AuthorFormat {
    /// `value` in the units of `stated` (after any scale its column or word applies), written
    /// like it at its own precision; a wider precision only when the stated one would still
    /// read as wrong. Nil when the figure cannot be read on its own.
    static func rewrite(
        _ stated: String, statedValue: Decimal, as value: Decimal, locale: NumberLocale, marks: NumberMarks
    ) -> String? {
        let folded = String(stated.map(Self.foldWidth))
        let scanner = NumberScanner(locale: locale, marks: marks, skipsCode: false)
        guard let reference = scanner.scan(folded).first, reference.text == folded else { return nil }
        // A column header can scale its cells (`万元`): the finding's values are after that scale.
        var target = value
        if reference.value != statedValue {
            guard reference.value != 0, statedValue != 0 else { return nil }
            target = value * reference.value / statedValue
        }
        var text = NumberFormatting.format(
            target, like: reference, locale: locale, fractionDigits: reference.precision.fractionDigits)
        if let reread = scanner.scan(text).first, reread.text == text,
            !Agreement.compare(stated: reread, computed: target).isAgreement
        {
            text = NumberFormatting.format(target, like: reference, locale: locale)
        }
        return stated == folded ? text : widen(text, like: stated)
    }

    /// ASCII digits and marks back to the full-width forms `original` used.
    static func widen(_ text: String, like original: String) -> String {
        let wide = Set(original.filter { $0 != foldWidth($0) })
        return String(
            text.map { c in
                let w = widthForms[c]
                return w.map { wide.contains($0) || (c.isNumber && wide.contains { $0 >= "０" && $0 <= "９" }) } == true
                    ? w! : c
            })
    }

    static func foldWidth(_ c: Character) -> Character {
        narrowForms[c] ?? c
    }

    private static let pairs: [(Character, Character)] = Array(zip("0123456789.,%$+-", "０１２３４５６７８９．，％＄＋－"))
    private static let widthForms: [Character: Character] = Dictionary(uniqueKeysWithValues: pairs)
    private static let narrowForms: [Character: Character] = Dictionary(uniqueKeysWithValues: pairs.map { ($1, $0) })
}
