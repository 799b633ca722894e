import GFM

/// Turns one file's text into a `Page` and the diagnostics found on the way.
public struct PageLoader: Sendable {
    public var settings: SiteSettings
    /// Nesting deeper than this is refused rather than rendered, so no input can exhaust the stack.
    public static let maxNesting = 100

    public init(settings: SiteSettings) {
        self.settings = settings
    }

    /// Loads `text` from `file` (relative to the content folder); nil only when nothing is usable.
    public func load(file: String, text: String) -> (Page?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let split: FrontMatterSplitter.Split
        switch FrontMatterSplitter.split(text) {
        case .success(let s): split = s
        case .failure(.unterminated(let line)):
            let at = SourceLocation(file: file, line: line, column: 1)
            return (
                nil,
                [
                    Diagnostic(
                        .error, rule: "front-matter",
                        "front matter opened with '---' is never closed; add a '---' line after it", at: at)
                ]
            )
        }
        var frontMatter = FrontMatter()
        if let yaml = split.yaml {
            let (meta, yamlDiagnostics) = YAMLReader.read(yaml, file: file, firstLine: 2)
            let (fm, keyDiagnostics) = FrontMatter.interpret(meta, file: file)
            frontMatter = fm
            diagnostics += yamlDiagnostics + keyDiagnostics
        }
        let parsed = MarkdownParser.parse(split.body, lineOffset: split.bodyLineOffset)
        if parsed.maxDepth > Self.maxNesting {
            let at = SourceLocation(file: file, line: split.bodyLineOffset + 1, column: 1)
            diagnostics.append(
                Diagnostic(
                    .error, rule: "nesting",
                    "lists, quotes or emphasis nest \(parsed.maxDepth) levels deep; at most \(Self.maxNesting) are allowed",
                    at: at))
            return (nil, diagnostics)
        }
        diagnostics += TableShape.problems(in: parsed.document, text: text, file: file)
        diagnostics += Self.unsupportedNodes(parsed, file: file)
        let (document, math) = PageMath.read(
            body: split.body, document: parsed.document, lineOffset: split.bodyLineOffset)
        let path = PagePath(file, settings: settings)
        // Front matter over the file-name suffix over the language folder, each overriding the next.
        let language = frontMatter.lang ?? path.language ?? path.folderLanguage ?? settings.defaultLanguage
        diagnostics += Self.languageConflicts(file: file, frontMatter: frontMatter, path: path)
        if !settings.languages.isEmpty, !settings.languages.contains(language) {
            let position = frontMatter.positions["lang"]
            let at = SourceLocation(file: file, line: position?.line ?? 1, column: position?.column ?? 0)
            diagnostics.append(
                Diagnostic(
                    .error, rule: "language",
                    "unknown language '\(language)'; the site's languages are \(settings.languages.joined(separator: ", "))",
                    at: at))
        }
        var page = Page(
            file: file, source: text, frontMatter: frontMatter, language: language,
            translationKey: frontMatter.translationKey ?? path.translationKey,
            directory: path.directory, slug: frontMatter.slug ?? path.stem,
            title: frontMatter.title ?? Self.firstHeading(in: parsed.document) ?? path.stem,
            document: document, bodyLineOffset: split.bodyLineOffset)
        page.math = math
        return (page, diagnostics)
    }

    /// A language stated two ways that disagree: the stronger statement wins, and the author hears of it.
    static func languageConflicts(file: String, frontMatter: FrontMatter, path: PagePath) -> [Diagnostic] {
        let folder = path.folderLanguage.map { ("the folder '\(path.languageFolder)/'", $0) }
        let suffix = path.language.map { ("the file-name suffix", $0) }
        let weaker = [suffix, folder].compactMap { $0 }
        // `lang: ja-JP` in `report.ja.md` says the same language more precisely.
        func agree(_ stated: String, _ other: String) -> Bool {
            let (a, b) = (stated.lowercased(), other.lowercased())
            return a == b || a.hasPrefix(b + "-") || b.hasPrefix(a + "-")
        }
        if let stated = frontMatter.lang, let other = weaker.first(where: { !agree(stated, $0.1) }) {
            let position = frontMatter.positions["lang"]
            let at = SourceLocation(file: file, line: position?.line ?? 1, column: position?.column ?? 1)
            return [
                Diagnostic(
                    .warning, rule: "language-conflict",
                    "'lang: \(stated)' disagrees with \(other.0), which says '\(other.1)'; the front matter wins",
                    at: at)
            ]
        }
        if frontMatter.lang == nil, let suffix = path.language, let folder = path.folderLanguage, suffix != folder {
            return [
                Diagnostic(
                    .warning, rule: "language-conflict",
                    "the file-name suffix says '\(suffix)' but the folder '\(path.languageFolder)/' says '\(folder)'; the suffix wins",
                    at: SourceLocation(file: file, line: 1, column: 1))
            ]
        }
        return []
    }

    /// A node cmark-gfm made that the tree does not model is left out of the page, so the author
    /// hears of it rather than finding text silently missing.
    static func unsupportedNodes(_ parsed: ParsedMarkdown, file: String) -> [Diagnostic] {
        parsed.unsupported.map { node in
            guard case .unsupported(let typeName) = node.kind else {
                preconditionFailure("ParsedMarkdown.unsupported holds only .unsupported nodes")
            }
            return Diagnostic(
                .warning, rule: "markdown",
                "cmark-gfm read a '\(typeName)' here, which sitegen does not know how to show; it is left out of the page",
                at: SourceLocation(file: file, line: node.span.start.line, column: node.span.start.column))
        }
    }

    static func firstHeading(in document: Node) -> String? {
        var finder = FirstHeading()
        finder.walk(document)
        return finder.title
    }
}

/// What a content file's path says: its folder, its name without language suffix, its language,
/// and the language of the top folder it sits in, which is left out of its URL and its group.
struct PagePath {
    var directory: String
    var stem: String
    var language: String?
    var folderLanguage: String?
    /// The top folder as written (`zh-cn`), when it names a language.
    var languageFolder = ""

    init(_ file: String, settings: SiteSettings = SiteSettings()) {
        var parts = file.split(separator: "/").map(String.init)
        if parts.count >= 2, let language = settings.language(ofFolder: parts[0]) {
            folderLanguage = language
            languageFolder = parts.removeFirst()
        }
        directory = parts.dropLast().joined(separator: "/")
        let name = parts.last ?? file
        if let suffix = LanguageTag.suffix(ofFileName: name) {
            stem = suffix.stem
            language = suffix.language
        } else {
            stem = name.split(separator: ".").dropLast().joined(separator: ".")
            if stem.isEmpty { stem = name }
        }
    }

    /// The group key when front matter names none: the path without language suffix or extension.
    var translationKey: String { directory.isEmpty ? stem : "\(directory)/\(stem)" }
}

/// The text of a document's first heading; the walk goes no deeper once it has one.
private struct FirstHeading: MarkupWalker {
    var title: String?

    mutating func enter(_ node: Node) -> WalkDecision {
        guard title == nil else { return .skipChildren }
        if case .heading = node.kind {
            title = node.plainText
            return .skipChildren
        }
        return .visitChildren
    }
}
