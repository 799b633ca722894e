import Content
import Foundation
import Freshness

/// The checks that depend on time rather than arithmetic: prices older than `staleAfterDays`,
/// and translations whose source changed since they were made. `check` and `build` both run them.
enum FreshnessChecks {
    static func findings(_ content: ContentSet, settings: SiteSettings, contentPath: String) -> [Diagnostic] {
        let display = { (file: String) in ProjectFiles.join(contentPath, file) }
        let (limit, problem) = StalePrices.limit(in: settings, file: display("site.yaml"))
        let pages = content.pages.filter { !$0.source.isEmpty }
        return (problem.map { [$0] } ?? [])
            + StalePrices.findings(pages, staleAfterDays: limit, today: Today.date(), displayPath: display)
            + TranslationSource.findings(content, displayPath: display).filter { d in
                pages.contains { display($0.file) == d.location.file }
            }
    }
}

/// Today's date in UTC; `SITEGEN_TODAY=YYYY-MM-DD` fixes it, for tests and reproducible runs.
public enum Today {
    public static func date() -> PageDate {
        if let fixed = ProcessInfo.processInfo.environment["SITEGEN_TODAY"], let date = PageDate(parsing: fixed) {
            return date
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return PageDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    public static func string() -> String { date().isoDate }
}
