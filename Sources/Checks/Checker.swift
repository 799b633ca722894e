import Content
import Foundation
import Numbers

/// Runs every rule over a site's pages and gathers the findings; `check` and `build` share it.
public struct Checker: Sendable {
    public init() {}

    /// The summary figures of a check, for the closing line.
    public struct Summary: Sendable, Equatable {
        public var files = 0
        public var figures = 0
        public var relations = 0
        public var errors = 0
        public var warnings = 0

        public init() {}
    }

    public struct Findings: Sendable {
        public var diagnostics: [Diagnostic]
        public var summary: Summary
        /// Figures read per page file, for the page's own summary line.
        public var figuresPerFile: [String: Int]
    }

    /// Checks every page; `displayPath` maps a page's content-relative file to the name users see.
    ///
    /// Each translation group is checked on its own core, its pages' rules and then the
    /// comparison of its versions: the figures of a page, the largest thing a check makes, live
    /// only while its group is checked, instead of a site's worth being compared and freed on
    /// one core at the end.
    ///
    /// `reading`, when given, sees each page's figures as they are read, so a caller that keeps
    /// them (the build's figure record) does not read every page a second time.
    public func check(
        _ content: ContentSet, displayPath: @Sendable (String) -> String,
        reading: (@Sendable (Page, PageFigures) -> Void)? = nil
    ) -> Findings {
        let groups = content.groups.keys.sorted().map { content.groups[$0]! }
        let results = groups.parallelMap { members -> GroupResult in
            var group = GroupResult()
            var versions: [PageFigures] = []
            var errorsPerFile: [String: Int] = [:]
            var errorPlaces: Set<SourceLocation> = []
            for index in members {
                let page = content.pages[index]
                let file = displayPath(page.file)
                let figures = PageFigures(page: page, file: file)
                reading?(page, figures)
                var report = RuleReport()
                report.diagnostics = figures.diagnostics
                for rule in Self.pageRules { rule.check(figures, file: file, into: &report) }
                // `费用可以减少30%以上`, `総額は税込で 3,100 € 強`: a bound is no value a change, a comparison or a
                // restatement works out.
                // `l'aide ne peut excéder 30 % du budget` over a share of 28.5 %: a bound the value keeps.
                report.diagnostics.removeAll {
                    Self.boundBlindRules.contains($0.rule) && figures.isBound(at: $0.location)
                        || $0.values?.isCutOff == true && figures.notesRoundingDown(on: $0.location.line)
                        || $0.values.map { [location = $0.location] values in
                            figures.boundHolds(at: location, computed: values.computed)
                        } == true
                }
                report.diagnostics = SlipDistance.demoteBeyondSlip(
                    Self.withoutEchoes(report.diagnostics), guessedRules: Self.guessedRules)
                group.files.append((file, figures.figureCount))
                group.relations += report.relationsChecked
                group.diagnostics += report.diagnostics
                let errors = report.diagnostics.filter { $0.severity == .error }
                errorsPerFile[page.file] = errors.count
                errorPlaces.formUnion(errors.map(\.location))
                versions.append(figures)
            }
            var translation = RuleReport()
            TranslationAgreementRule(errorPlaces: errorPlaces).check(
                group: versions, languages: content.languages, errorsPerFile: errorsPerFile, displayPath: displayPath,
                into: &translation)
            group.relations += translation.relationsChecked
            group.diagnostics += translation.diagnostics
            return group
        }
        var summary = Summary()
        summary.files = content.pages.count
        var diagnostics: [Diagnostic] = []
        var figuresPerFile: [String: Int] = [:]
        figuresPerFile.reserveCapacity(content.pages.count)
        for group in results {
            for (file, count) in group.files {
                figuresPerFile[file] = count
                summary.figures += count
            }
            summary.relations += group.relations
            diagnostics += group.diagnostics
        }
        diagnostics = Self.oneFindingPerFigure(diagnostics)
        summary.errors = diagnostics.filter { $0.severity == .error }.count
        summary.warnings = diagnostics.filter { $0.severity == .warning }.count
        return Findings(diagnostics: diagnostics, summary: summary, figuresPerFile: figuresPerFile)
    }

    /// A guessed restatement whose stated and computed values are another finding's computed and
    /// stated ones (a summary's `14.2%` against a cell `14.7%` whose own row works out 14.23 %):
    /// the figure it was held against is the wrong one, which the other finding reports.
    static func withoutEchoes(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let worked = diagnostics.filter { $0.severity == .error && !restatingRules.contains($0.rule) }.compactMap(
            \.values)
        guard !worked.isEmpty else { return diagnostics }
        return diagnostics.filter { finding in
            guard restatingRules.contains(finding.rule), let values = finding.values else { return true }
            return !worked.contains { other in
                guard other.stated == values.computed else { return false }
                let miss: Decimal = (other.computed - values.stated).magnitude
                let slip: Decimal = (other.stated - other.computed).magnitude
                return miss < slip / 2
            }
        }
    }

    /// What checking one translation group found.
    private struct GroupResult: Sendable {
        var files: [(file: String, figures: Int)] = []
        var relations = 0
        var diagnostics: [Diagnostic] = []
    }

    /// Two rules can catch the same wrong figure (a total column is also an inferred sum); the
    /// reader needs one finding there, the first rule's, which is the more specific.
    /// An error there outranks a warning of an earlier rule.
    static func oneFindingPerFigure(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<SourceLocation> = []
        let errorsFirst = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity != .error }
        let kept = errorsFirst.filter { d in d.stated == nil || seen.insert(d.location).inserted }
        return kept.sorted { $0.location < $1.location }
    }

    /// The rules that hold a figure against another the page states, not against arithmetic.
    static let restatingRules: Set = [
        StaleFigureRule.id, NamedCellRule.id, SummaryFigureRule.id, RestatedFigureRule.id,
    ]

    /// The rules whose figure a bound word after it (`以上`, `or more`, `強`) makes no value.
    static let boundBlindRules: Set = [
        PercentChangeRule.id, StaleTotalRule.id, StaleFigureRule.id, SummaryFigureRule.id, RestatedFigureRule.id,
        NamedCellRule.id, PaybackRule.id,
    ]

    static let guessedRules = Set(pageRules.compactMap { type(of: $0).guessesRelation ? type(of: $0).id : nil })

    static let pageRules: [any PageRule] = [
        InlineCalculationRule(), TableTotalRule(), ListTotalRule(), DeclaredFormulaRule(), CodeOutputRule(),
        InferredRelationRule(), RateScaleRule(), RestatedFigureRule(), PercentChangeRule(), SummaryFigureRule(),
        ComputedRangeRule(), ShareRule(), StaleTotalRule(), StaleFigureRule(), PercentagePointRule(),
        RestatedRangeRule(),
        ParenthesizedShareRule(),
        ScaleSlipRule(),
        RatioTableRule(), ExpressionCellRule(),
        FigureRangeRule(),
        AnnualisedFigureRule(), NamedCellRule(), RestatedDifferenceRule(), PercentOfAmountRule(), TokenCostColumnRule(),
        PerUnitProductRule(), PaybackRule(), TimesRatioRule(), EarlierPeriodChangeRule(), ConjoinedSumRule(),
        FractionShareRule(), HeaderRateRule(), NetAmountRule(), TokenPriceConversionRule(),
        TakingsShareRule(), EquivalentFigureRule(),
    ]
}
