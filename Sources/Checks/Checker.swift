import Content
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

    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var summary: Summary
        /// Figures read per page file, for the page's own summary line.
        public var figuresPerFile: [String: Int]
    }

    /// Checks every page; `displayPath` maps a page's content-relative file to the name users see.
    public func check(_ content: ContentSet, displayPath: @Sendable (String) -> String) -> Result {
        let pages = content.pages
        let results = pages.parallelMap { page -> (PageFigures, RuleReport) in
            let file = displayPath(page.file)
            let figures = PageFigures(page: page, file: file)
            var report = RuleReport()
            report.diagnostics = figures.diagnostics
            for rule in Self.pageRules { rule.check(figures, file: file, into: &report) }
            return (figures, report)
        }
        var translation = RuleReport()
        TranslationAgreementRule().check(results.map(\.0), content: content, displayPath: displayPath, into: &translation)

        var summary = Summary()
        summary.files = pages.count
        var diagnostics: [Diagnostic] = []
        var figuresPerFile: [String: Int] = [:]
        for (page, (figures, report)) in zip(pages, results) {
            let count = figures.allFigures.count
            figuresPerFile[displayPath(page.file)] = count
            summary.figures += count
            summary.relations += report.relationsChecked
            diagnostics += report.diagnostics
        }
        summary.relations += translation.relationsChecked
        diagnostics += translation.diagnostics
        diagnostics = Self.oneFindingPerFigure(diagnostics)
        summary.errors = diagnostics.filter { $0.severity == .error }.count
        summary.warnings = diagnostics.filter { $0.severity == .warning }.count
        return Result(diagnostics: diagnostics, summary: summary, figuresPerFile: figuresPerFile)
    }

    /// Two rules can catch the same wrong figure (a total column is also an inferred sum); the
    /// reader needs one finding there, the first rule's, which is the more specific.
    static func oneFindingPerFigure(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<SourceLocation> = []
        let kept = diagnostics.filter { d in d.stated == nil || seen.insert(d.location).inserted }
        return kept.sorted { $0.location < $1.location }
    }

    static let pageRules: [any PageRule] = [
        InlineCalculationRule(), TableTotalRule(), ListTotalRule(), DeclaredFormulaRule(),
        InferredRelationRule(), RateScaleRule(), RestatedFigureRule(), FigureRangeRule(),
    ]
}
