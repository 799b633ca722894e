import Foundation

/// What sitegen knows of one language's way of writing reports: its number marks, and the words
/// that label totals, subtotals and scaled amounts. One file per language (`LanguageProfile+fr`…);
/// adding a language is adding one such file and the theme's strings.
///
/// Words are matched case-insensitively; Latin words match whole words only (`sum` is not in
/// `Consumption`), CJK words anywhere in a label.
public struct LanguageProfile: Sendable {
    public var locale: NumberLocale
    /// Labels of a grand total row or line: `合计`, `Total`, `Summe`.
    public var totalWords: [String]
    /// Labels of a subtotal, which closes a section inside a larger total.
    public var subtotalWords: [String]
    /// Words of a column header whose values no total row sums: rates, averages, shares, running balances.
    public var averageWords: [String]
    /// Words that introduce the same amount said again, rounded or in another scale:
    /// `1 354 400 €, soit environ 1,35 M€`, `191,808 歐元，約 19.18 萬歐元`.
    public var restatementWords: [String]
    /// Words that say an amount changed by a percentage: `baisse`, `growth`, `下降`, `削減`.
    public var changeWords: [String]
    /// Headings of the sections that restate the body's results: `Summary`, `Synthèse`, `总结`, `まとめ`.
    public var summaryWords: [String]
    /// Words that say a part's share of a whole: `accounts for`, `représente`, `占`, `を占める`, `macht … aus`.
    public var shareWords: [String]
    /// The change words that say "less": the percentage of a difference is then on the larger amount.
    public var decreaseWords: [String]
    /// Words for a margin: what remains of an amount, always on the larger amount.
    public var marginWords: [String]
    /// Words right around a percentage comparing two amounts: "x % lower", "超支 p%".
    public var lessThanWords: [String]
    public var moreThanWords: [String]
    /// Words joining a part to its whole: `A sur B`, `A out of B`.
    public var outOfWords: [String]
    /// Scale words that may stand after a space, with their power of ten: `Md`, `Mio.`, `bn`.
    public var spacedScaleWords: [(String, Int)]
    /// Capitalised words that open a sentence before a count and never name a product, so the
    /// count stays a figure: `For 5 to 8 students`, `Add 3 seats` (but `Hermes 3`, `RTX 4090`).
    public var sentenceOpeners: [String] = []
    /// A mark that ends a short label to say "the sum of": `計` in `支出計`, `収入計`, or alone; and
    /// the words that end with the same mark and mean something else (`設計`, `会計`, `統計`).
    public var totalSuffix: String?
    public var totalSuffixExceptions: [String] = []
    /// Words that set an amount against an earlier one, which is the base of the change between
    /// them: `455 cette saison, contre 412`, `$1.2M, up from $0.9M`.
    public var againstWords: [String] = []
    /// Words that join a quantity to its price each, so the two multiply: `4 kg à 33,50 €`,
    /// `12 licences at $40`, `3 Stück zu je 19,90 €`. Only between figures of a calculation with a result.
    public var unitPriceWords: [String] = []
    /// Words that state a calculation's result without an equals sign: `11 km zu je 320 Tsd. €
    /// ergeben 3,52 Mio. €`, `3 nights at $186 comes to $558`. Only after an operator's calculation.
    public var resultWords: [String] = []
    /// Words right before an amount that say it is for a whole year, worked out from an amount
    /// for a shorter period said just before: `月费 46,800 元，全年约 56.2万元`, `soit 38 400 € par an`.
    public var annualWords: [String] = []
    /// Words of a column header that say its amounts are per month, and per year: a column of
    /// yearly amounts beside a monthly one is that column × 12 (`月费用` → `年费用`, `Monthly` → `Annual`).
    public var monthWords: [String] = []
    public var yearWords: [String] = []
    /// Words after a count that make it a number of months (`12 个月`, `12 か月`, `12 months`, `sur
    /// 12 mois`): an amount right after such a count is for that many months, not one.
    public var monthCountWords: [String] = []
    /// Words that name an earlier period or a reference an amount is compared with: `last year`,
    /// `par rapport à`, `去年`, `相比`, `先月`, `Vorjahr`. An amount in such a sentence is the base.
    public var earlierPeriodWords: [String] = []
    /// Words that name the period an amount is for now, set against an earlier one said before
    /// it: `去年 12,000 元，今年 13,800 元`, `last season …; this season …`.
    public var currentPeriodWords: [String] = []
    /// Words of a note right after a result that say it was cut or rounded to its last written
    /// digits: `1,266,000 円（千円未満切り捨て）`, `(arrondi au millier inférieur)`, `(rounded down)`.
    public var roundingNoteWords: [String] = []
    /// Words before a thing an amount is said for, one at a time: `Each full session earns
    /// €277.80`, `chaque session`, `jede Führung`.
    public var eachWords: [String] = []
    /// Words right after an amount in a cell that give it to each of several things its row
    /// names (`| Lots 2 et 3 | 140 chacun |`): such a cell is not the row's amount to add up.
    public var apieceWords: [String] = []
    /// Words after a margin's percentage that take it over the cost, not the price (a markup):
    /// `22 % du coût`, `on cost`, `成本的`, `原価の`.
    public var costBaseWords: [String] = []
    /// Words right before a count an amount was worked out for, after that amount: `… at 120
    /// sessions`, `à 120 sessions`, `bei 120 Führungen`.
    public var countLeadWords: [String] = []
    /// Words right before a bare number that labels rather than counts (`version 2`, `round 3`,
    /// `3e tour`: also `ordinalSuffixes` after it), which another language may write in words.
    public var labelWords: [String] = []
    public var ordinalSuffixes: [String] = []
    /// Words that say an amount is planned or allowed rather than spent: `budget`, `prévu`, `预算`,
    /// `予算`, `geplant`, and ceilings (`bis zu`, `up to`, `上限`). Such an amount restates no total
    /// of what was spent.
    public var planWords: [String] = []
    /// Words that name a budget, as a column's header or in `6.2 % above budget`.
    public var budgetWords: [String] = []
    /// Words right after a figure that make it a bound rather than a value: `30%以上`, `20 % or
    /// more`. No change or comparison works a bound out.
    public var boundWords: [String] = []
    /// Words that say a change or comparison goes up: `rise`, `over budget`, `hausse`, `涨幅`, `超過`,
    /// `teurer`. A difference over the smaller of two amounts is a rise on it; over the larger, a
    /// fall from it (`decreaseWords`).
    public var increaseWords: [String] = []
    /// Words for a change either way (`増減率`, `涨跌`, `variation`): a direction word within
    /// them says nothing.
    public var eitherWayWords: [String] = []
    /// Words that name the base a percentage is taken on (`以分期總額為基準`, `on the basis of`):
    /// the author chose it, and says so.
    public var baseWords: [String] = []
    /// Words that label a row or column as a count of things rather than an amount: `数量`,
    /// `quantity`, `Anzahl`.
    public var quantityWords: [String] = []
    /// Words that open a list item taking its amount off the others: `less`, `moins`, `abzüglich`, `减`.
    public var deductionOpeners: [String] = []
    /// Words right before an amount that is the difference of two others: `saving`, `écart de`,
    /// `reliquat`, `比 B 方案低`, `差額`, `Differenz`. The two are named in the same sentence.
    public var differenceWords: [String] = []
    /// Words that take a second amount off a first, the rest said after them: `差し引いた`, `扣除`,
    /// `after`, `net of`, `déduite`, `abzüglich`. Lowercased.
    public var deductionWords: [String] = []
    /// Abbreviations whose full stop ends no sentence: `i.e.`, `env.`, `bzw.`, `z. B.`.
    public var abbreviations: [String] = []
    /// Words that say an amount adds up several periods (`十年累计`, `cumulative`, `sur dix ans`):
    /// a power of ten from a yearly amount is then arithmetic, not a slipped scale.
    public var cumulativeWords: [String] = []
    /// Words that say an amount is for a quarter: `a quarter`, `par trimestre`, `每季度`, `四半期`.
    public var quarterWords: [String] = []
    /// Words right before a figure that make it the denominator of a rate, not a factor:
    /// `每 100 次约 800 元`, `per 1,000 calls`, `par 100 km`, `pro 100 km`.
    public var perWords: [String] = []
    /// Words right before an amount that say it adds everything up, where no total word is
    /// written: `共 7.1 万元`, `全部で`, `all in`, `en tout`, `zusammen`.
    public var totalLeadWords: [String] = []
    /// Words that say an amount is what was spent in the end, not what was planned: `最终花费`,
    /// `実績`, `final cost`, `au final`, `tatsächlich`.
    public var actualWords: [String] = []
    /// What one of several options is called, named by a letter: `方案 B`, `B案`, `option B`, `Variante B`.
    public var optionWords: [String] = []
    /// Words of a column header that make it a price per piece, so that the column beside it
    /// times this one is the amount: `单价`, `每件工钱`, `単価`, `unit price`, `prix unitaire`, `Einzelpreis`.
    public var unitPriceHeaderWords: [String] = []
    /// Words of a column header that name a price, which a per word or `/` after them makes a
    /// price per piece: `Price (₩ per 1M tokens)`, `Prix (€ par colis)`, `价格（元/件）`.
    public var priceHeaderWords: [String] = []
    /// Words that put a restated amount per day, month or year (`即每天约 135 万次`, `soit par mois`):
    /// a calculation's result said again for the period it divided by.
    public var perPeriodWords: [String] = []
    /// Words right after an amount that say it includes more than what it names: `31,190 元（含教练工时）`,
    /// `コーチ代込み`, `including freight`, `y compris`, `inkl. Fracht`.
    public var inclusionWords: [String] = []
    /// Words that set an amount apart as leaving something out, or as what would have been: `Ohne
    /// Indexierung wären es 744.000 €`, `不含运费`, `sans remise`, `excluding VAT`.
    public var exclusionWords: [String] = []
    /// Words that hold an inclusion word and mean something else: `見込み` (expected) holds `込み`.
    public var inclusionWordLookalikes: [String] = []
    /// The names of the months, lowercased: `Total prévu pour avril` names its period, not what it adds up.
    public var monthNames: [String] = []
    /// Words that say a duration is how long an outlay takes to pay for itself: `payback`, `回本`,
    /// `回収`, `rentabilisé`, `Amortisation`.
    public var paybackWords: [String] = []
    /// Words right after a figure that make it a difference of two percentages, in points:
    /// `3.8 ポイント`, `2.7 个百分点`, `23 percentage points`, `4 points`, `2 Prozentpunkte`.
    public var pointWords: [String] = []
    /// Words that set an amount against another (`€304 less than`, `より 304 €`, `比 B 方案低`): an
    /// amount said with one is a difference or a bound, not a figure restated.
    public var thanWords: [String] = []
    /// Words between a change word and its amount (`rose by £850`, `La hausse est de 57 t`, `增加了
    /// 850 元`): the amount after them is the change.
    public var changeLinkWords: [String] = []
    /// Words a translation says itself with, near its top (`translated from French`, `traduit de
    /// l'anglais`, `フランス語原本…の翻訳`, `译自`): that version is not the original.
    public var translationNoteWords: [String] = []
    /// Shares said as fractions, lowercased, with their value: `四分之一` 1/4, `半分` 1/2,
    /// `a quarter`, `un tiers`, `die Hälfte`.
    public var fractionWords: [String: Decimal] = [:]
    /// Counters of tenths written after a number: `3割` (ja), `7成` (zh).
    public var tenthWords: [String] = []
    /// The word between one and a count that says "one of every": `1 in 4`, `un sur cinq`.
    public var oneInWords: [String] = []
    /// Words right before a figure that make it an upper bound, lowercased: `under 900`, `moins de
    /// 6 mois`, `不到 900 元`, `weniger als`. A value below it agrees with it.
    public var upperBoundLeadWords: [String] = []
    /// Words right before a figure that make it a lower bound: `more than`, `plus de`, `超过`, `über`.
    public var lowerBoundLeadWords: [String] = []
    /// Words for money spent or earned as a whole, lowercased: `of the final spend`, `des dépenses`,
    /// `费用`. A percentage of one is no share of a count of things.
    public var spendWords: [String] = []
    /// Words right before a figure that set it as a ceiling a rule or a contract imposes, lowercased:
    /// `ne peut excéder`, `may not exceed`, `不得超过`. A value within it keeps it.
    public var capLeadWords: [String] = []
    /// Restatement words that only hedge (`environ`, `about`, `rund`): after a comma and what an
    /// amount is, they open the next amount rather than say the same one again.
    public var hedgeWords: [String] = []
    /// Words that name what was paid for what is sold, next to its amount, lowercased: `cost`,
    /// `d'achats`, `成本`, `原価`, `Wareneinsatz`.
    public var costWords: [String] = []
    /// Margins taken on the price by definition or by what they say, lowercased: `gross margin`,
    /// `粗利率`, `毛利率`, `taux de marque` (a French `taux de marge` is taken on cost).
    public var priceMarginWords: [String] = []
    /// Words shortly before an amount that make it one thing's, lowercased: `1組あたりの費用は`,
    /// `户均`, `per owner`, `par personne`, `pro Kopf`. Said of one, it restates no total.
    public var perOneWords: [String] = []
    /// Phrases that open with a per word and say no rate, lowercased: `par rapport au budget`,
    /// `par exemple`, `per cent`.
    public var perLookalikes: [String] = []
    /// Words for money taken in, lowercased: `revenue`, `chiffre d'affaires`, `收入`, `売上`. What is
    /// left of it once costs are paid is a share of it, not of the costs.
    public var takingsWords: [String] = []
    /// Words that say on which tax basis an amount is given, lowercased: `HT`, `TTC`, `incl. VAT`,
    /// `税込`, `含税`. One amount said on both bases is one amount, not two compared.
    public var taxBasisWords: [String] = []
    /// Words right before a percentage that make it the level something falls or rises to, not the
    /// change: `降到 9%`, `增至 15%`.
    public var levelLeadWords: [String] = []

    /// The profile of `locale`.
    public static func of(_ locale: NumberLocale) -> LanguageProfile {
        switch locale {
        case .zh: .chinese
        case .ja: .japanese
        case .fr: .french
        case .en: .english
        case .de: .german
        }
    }

    /// Every language's profile; reports mix languages in labels (`Total` on a Chinese page).
    public static let all: [LanguageProfile] = NumberLocale.allCases.map(of)
}
