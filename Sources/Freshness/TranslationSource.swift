import Content
import TextKit

/// A translation's record of its source: `translatedFrom: zh` and `sourceHash:`, the hash of the
/// source's text when it was translated. The source changed since when the hashes differ.
public enum TranslationSource {
    public static let languageKey = "translatedFrom"
    public static let hashKey = "sourceHash"
    public static let rule = "outdated-translation"

    /// What a translation says it was made from, and how its source stands now.
    public struct Status: Sendable {
        public var source: Page
        public var recordedHash: String?
        public var currentHash: String
        public var isOutdated: Bool { recordedHash != nil && recordedHash != currentHash }
    }

    /// A hash of the page's text below its front matter (FNV-1a, 64 bits, hex): editing the
    /// front matter or re-saving with other line endings does not make translations outdated.
    public static func hash(of page: Page) -> String {
        hash(SourceLines(page.source), from: page.bodyLineOffset + 1)
    }

    /// The same hash for a page's text below its front matter, given alone.
    public static func hash(ofBody body: String) -> String {
        hash(SourceLines(body), from: 1)
    }

    private static func hash(_ lines: SourceLines, from first: Int) -> String {
        var h = FNV1a()
        if lines.count >= first {
            for number in first...lines.count {
                h.add(lines[number].utf8)
                h.add(0x0A)
            }
        }
        return h.hex
    }

    /// The status of `page` when it names a source language, found among `versions`.
    public static func status(of page: Page, versions: [Page]) -> Status? {
        guard let language = value(languageKey, of: page), language != page.language,
            let source = versions.first(where: { $0.language == language && $0.file != page.file })
        else { return nil }
        return Status(source: source, recordedHash: value(hashKey, of: page), currentHash: hash(of: source))
    }

    /// Outdated translations as warnings, a translation without a recorded hash as a note
    /// saying which hash to record, and a source language the group lacks as a warning.
    public static func findings(_ content: ContentSet, displayPath: (String) -> String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for page in content.pages {
            guard let language = value(languageKey, of: page), language != page.language else { continue }
            let versions = content.translations(of: page)
            let at = location(of: languageKey, in: page, displayPath: displayPath)
            guard let status = status(of: page, versions: versions) else {
                found.append(
                    Diagnostic(
                        .warning, rule: rule,
                        "translatedFrom: \(language), but the translation group '\(page.translationKey)' has no \(language) version",
                        at: at))
                continue
            }
            if status.recordedHash == nil {
                found.append(
                    Diagnostic(
                        .info, rule: rule,
                        "record the version translated: add 'sourceHash: \(status.currentHash)' to the front matter",
                        at: at))
            } else if status.isOutdated {
                found.append(
                    Diagnostic(
                        .warning, rule: rule,
                        "the \(language) source \(displayPath(status.source.file)) changed since this translation was made; update it and set sourceHash: \(status.currentHash)",
                        at: location(of: hashKey, in: page, displayPath: displayPath)))
            }
        }
        return found
    }

    static func value(_ key: String, of page: Page) -> String? {
        page.frontMatter.extra.first { $0.key == key }?.value.string
    }

    static func location(of key: String, in page: Page, displayPath: (String) -> String) -> SourceLocation {
        let position = page.frontMatter.positions[key]
        return SourceLocation(file: displayPath(page.file), line: position?.line ?? 1, column: position?.column ?? 1)
    }
}
