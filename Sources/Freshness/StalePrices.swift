import Content

/// `stale-prices`: a page whose prices are older than `staleAfterDays` (site.yaml), counted to
/// today or to the page's own date, whichever is later.
public enum StalePrices {
    public static let rule = "stale-prices"

    public static func findings(_ pages: [Page], staleAfterDays: Int?, today: PageDate, displayPath: (String) -> String)
        -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        for page in pages {
            if let value = page.frontMatter.extra.first(where: { $0.key == PricesAsOf.key })?.value,
                value.string.flatMap(PageDate.init(parsing:)) == nil
            {
                let position = page.frontMatter.positions[PricesAsOf.key]
                found.append(
                    Diagnostic(
                        .warning, rule: rule, "'\(PricesAsOf.key)': expected a date such as 2026-01-15",
                        at: SourceLocation(
                            file: displayPath(page.file), line: position?.line ?? value.line,
                            column: position?.column ?? value.column)))
                continue
            }
            guard let limit = staleAfterDays, let (asOf, location) = PricesAsOf.date(of: page) else { continue }
            var at = location
            at.file = displayPath(location.file)
            let age = today.dayNumber - asOf.dayNumber
            if let date = page.date, date.dayNumber - asOf.dayNumber > limit {
                found.append(
                    Diagnostic(
                        .warning, rule: rule,
                        "prices are as of \(asOf.isoDate), \(date.dayNumber - asOf.dayNumber) days before the page's date \(date.isoDate) (staleAfterDays: \(limit)); check them again and update prices_as_of",
                        at: at))
            } else if age > limit {
                found.append(
                    Diagnostic(
                        .warning, rule: rule,
                        "prices are as of \(asOf.isoDate), \(age) days ago (staleAfterDays: \(limit)); check them again and update prices_as_of",
                        at: at))
            }
        }
        return found
    }
}

extension StalePrices {
    /// `staleAfterDays` from site.yaml: nil when not set, and a finding when it is not a number of days.
    public static func limit(in settings: SiteSettings, file: String) -> (Int?, Diagnostic?) {
        guard let value = settings.extra.first(where: { $0.key == "staleAfterDays" })?.value else { return (nil, nil) }
        if let text = value.string, let days = Int(text), days > 0 { return (days, nil) }
        return (
            nil,
            Diagnostic(
                .error, rule: "settings", "'staleAfterDays': expected a number of days, such as 180",
                at: SourceLocation(file: file, line: value.line, column: value.column))
        )
    }
}
