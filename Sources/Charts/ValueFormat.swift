import Foundation
import Numbers

/// Writes axis ticks and computed values the way the page writes its own figures.
///
/// With a reference figure from the table (`1 050,00`, `$0.90`, `1000万`, `5e-06`) labels copy
/// its currency, scale word, marks and exponent form through the Numbers module; without one they
/// use the page language's plain number format.
struct ValueFormat: Sendable {
    var locale: NumberLocale
    var reference: ScannedNumber?

    /// A tick on an axis whose ticks are `step` apart (or powers of ten, for a log axis).
    func tick(_ value: Decimal, step: Decimal) -> String {
        if value == 0 { return "0" }
        guard let reference else {
            return NumberFormatting.format(value, locale: locale, fractionDigits: DecimalMath.fractionDigits(step))
        }
        if reference.style.exponentForm != nil {
            return NumberFormatting.format(value, like: reference, locale: locale, fractionDigits: nil)
        }
        let scaled = step / DecimalMath.power(reference.scale?.powerOfTen ?? 0)
        return NumberFormatting.format(
            value, like: reference, locale: locale, fractionDigits: DecimalMath.fractionDigits(scaled))
    }

    /// A value the chart computed (a crossing, a check's expected figure), written with as many
    /// decimals as the reference shows, or `fractionDigits` when given.
    func value(_ value: Decimal, fractionDigits: Int? = nil) -> String {
        guard let reference else {
            return NumberFormatting.format(
                value, locale: locale, fractionDigits: fractionDigits ?? Swift.min(DecimalMath.fractionDigits(value), 4)
            )
        }
        let digits = fractionDigits ?? (reference.style.exponentForm == nil ? reference.precision.fractionDigits : nil)
        return NumberFormatting.format(value, like: reference, locale: locale, fractionDigits: digits)
    }

    /// The label of a stated point: its own text when the page gave one.
    func label(_ point: ChartPoint) -> String {
        point.text ?? value(point.value)
    }
}
