import Foundation

/// What a figure measures: money, a count of something, or a percentage, possibly per a denominator.
///
/// `$/M` is USD per 1,000,000 tokens, `美元/百万token` the same, `$/kWh` USD per 1 kWh, `次/天` calls
/// per day. Two units are equal when they measure the same thing; `written` (the text as on the
/// page, such as `美元` or `$`) is kept for messages and formatting but never compared.
public struct FigureUnit: Sendable, Equatable, CustomStringConvertible {
    /// What is counted or paid.
    public var measure: Measure
    /// The "per …" part of a rate, if any.
    public var per: Denominator?
    /// The unit as written on the page, for messages; ignored by `==`.
    public var written: String

    public init(_ measure: Measure, per: Denominator? = nil, written: String = "") {
        self.measure = measure
        self.per = per
        self.written = written
    }

    /// The unit without its denominator, as a rate times its denominator gives.
    public var withoutDenominator: FigureUnit { FigureUnit(measure, written: measure.description) }

    public static func == (lhs: FigureUnit, rhs: FigureUnit) -> Bool {
        lhs.measure == rhs.measure && lhs.per == rhs.per
    }

    public var description: String {
        guard let per else { return measure.description }
        return "\(measure)/\(per)"
    }
}

/// The numerator of a unit: a currency, a counted thing, or percent.
public enum Measure: Sendable, Hashable, CustomStringConvertible {
    case currency(Currency)
    case count(CountedThing)
    case percent

    public var description: String {
        switch self {
        case .currency(let currency): currency.code
        case .count(let thing): thing.description
        case .percent: "%"
        }
    }
}

/// The "per" part of a rate: an amount of a thing, such as 1,000,000 tokens or 1 month.
public struct Denominator: Sendable, Hashable, CustomStringConvertible {
    /// How many of the thing the rate is per: 1 for `/kWh`, 1000000 for `/M`.
    public var amount: Decimal
    /// The thing counted, `nil` when the page does not say.
    public var thing: CountedThing?

    public init(amount: Decimal = 1, thing: CountedThing?) {
        self.amount = amount
        self.thing = thing
    }

    public var description: String {
        let thingText = thing?.description ?? "?"
        return amount == 1 ? thingText : "\(amount) \(thingText)"
    }
}

/// Something a figure counts; `other` carries unknown unit text as written.
public enum CountedThing: Sendable, Hashable, CustomStringConvertible {
    case tokens, calls, words, times
    case watts, kilowatts, wattHours, kilowattHours
    case seconds, hours, days, months, years
    case megabytes, gigabytes, terabytes
    case other(String)

    /// Whether the thing is a span of time a rate may be per (`/月`, `per year`).
    public var isPeriod: Bool {
        switch self {
        case .seconds, .hours, .days, .months, .years: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case .other(let text): text
        case .tokens: "tokens"
        case .calls: "calls"
        case .words: "words"
        case .times: "times"
        case .watts: "W"
        case .kilowatts: "kW"
        case .wattHours: "Wh"
        case .kilowattHours: "kWh"
        case .seconds: "s"
        case .hours: "h"
        case .days: "days"
        case .months: "months"
        case .years: "years"
        case .megabytes: "MB"
        case .gigabytes: "GB"
        case .terabytes: "TB"
        }
    }
}
