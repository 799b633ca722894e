import Content
import Foundation
import Freshness

/// A translation that names its source (`translatedFrom:`) but records no `sourceHash:` gets
/// one from git: the hash of the source as it was in the last commit that changed the
/// translation. The source changed since then when that differs from its text now.
enum GitTranslationHistory {
    /// `pages` with a derived `sourceHash` on each such translation, when `contentPath` is in a
    /// git work tree; unchanged otherwise (no git, a file never committed, a source that did not exist then).
    static func apply(to pages: inout [Page], all: [Page], contentPath: String) {
        let candidates = pages.indices.filter { i in
            let page = pages[i]
            return !page.source.isEmpty && value(TranslationSource.languageKey, of: page) != nil
                && value(TranslationSource.hashKey, of: page) == nil
        }
        guard !candidates.isEmpty else { return }
        let git = GitRevision(revision: "HEAD", folder: contentPath.isEmpty ? "." : contentPath)
        guard (try? git.run(["rev-parse", "--is-inside-work-tree"])) != nil else { return }
        let loader = PageLoader(settings: SiteSettings())
        for i in candidates {
            let page = pages[i]
            guard let language = value(TranslationSource.languageKey, of: page),
                let source = all.first(where: { $0.translationKey == page.translationKey && $0.language == language }),
                let commit = try? git.run(["log", "-1", "--format=%H", "--", page.file]).trimmingCharacters(
                    in: .whitespacesAndNewlines),
                !commit.isEmpty,
                let then = try? git.run(["show", "\(commit):./\(source.file)"]),
                let sourceThen = loader.load(file: source.file, text: then).0
            else { continue }
            let position = page.frontMatter.positions[TranslationSource.languageKey] ?? (1, 1)
            pages[i].frontMatter.extra.append(
                (
                    TranslationSource.hashKey,
                    .scalar(
                        TranslationSource.hash(of: sourceThen), isPlain: true, line: position.line,
                        column: position.column)
                ))
        }
    }

    private static func value(_ key: String, of page: Page) -> String? {
        page.frontMatter.extra.first { $0.key == key }?.value.string
    }
}
