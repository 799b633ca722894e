import Content
import Site

/// `check`'s results kept per translation group, so a save re-checks only its own group.
///
/// Every rule looks at one page, except translation agreement, which compares the versions of one
/// group; so checking the changed groups alone gives, for their pages, exactly what checking the
/// whole site gives. A group is re-checked when any member's file, text or language differs.
struct CheckCache {
    private struct Entry {
        var signature: [String]
        var checks: [String: PageCheck]
        var findings: [Diagnostic]
    }

    private var groups: [String: Entry] = [:]
    private var languages: [String]?

    /// Forgets everything, for when settings change what pages mean.
    mutating func reset() {
        groups = [:]
        languages = nil
    }

    /// Checks per page file and every finding, re-running the rules on changed groups only.
    mutating func run(_ content: ContentSet, settings: SiteSettings, pipeline: BuildPipeline) -> ([String: PageCheck], [Diagnostic]) {
        if content.languages != languages { reset() }
        languages = content.languages
        var signatures: [String: [String]] = [:]
        for (key, members) in content.groups {
            signatures[key] = members.map { content.pages[$0] }.map { "\($0.file)\u{0}\($0.language)\u{0}\($0.source)" }
        }
        groups = groups.filter { signatures[$0.key] == $0.value.signature }
        let stale = Set(signatures.keys).subtracting(groups.keys)
        if !stale.isEmpty {
            let pages = content.pages.filter { stale.contains($0.translationKey) }
            var subset = ContentSet.assemble(pages, settings: settings).0
            subset.languages = content.languages
            let (checks, findings) = pipeline.runChecks(subset, settings: settings)
            let displayed = Dictionary(pages.map { (ProjectFiles.join(pipeline.loader.contentPath, $0.file), $0.translationKey) },
                                       uniquingKeysWith: { a, _ in a })
            for key in stale {
                let files = Set(pages.filter { $0.translationKey == key }.map(\.file))
                groups[key] = Entry(signature: signatures[key]!, checks: checks.filter { files.contains($0.key) },
                                    findings: findings.filter { displayed[$0.location.file] == key })
            }
        }
        var checks: [String: PageCheck] = [:]
        var findings: [Diagnostic] = []
        for entry in groups.values {
            checks.merge(entry.checks) { a, _ in a }
            findings += entry.findings
        }
        return (checks, findings.sorted { $0.location < $1.location })
    }
}
