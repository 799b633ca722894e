/// A theme as read from disk: template sources, interface strings per language, static assets.
public struct Theme: Sendable {
    /// Template source by name (`base`, `page`, `list`, `home`, `404`), with the file it came from.
    public var templates: [String: TemplateSource]
    public var strings: [String: UIStrings]
    /// Files copied as they are, with paths relative to the output folder (`assets/style.css`).
    public var assets: [OutputFile]

    public init(templates: [String: TemplateSource], strings: [String: UIStrings] = [:], assets: [OutputFile] = []) {
        self.templates = templates
        self.strings = strings
        self.assets = assets
    }

    public func strings(for language: String) -> UIStrings {
        strings[language] ?? strings[String(language.prefix { $0 != "-" })] ?? UIStrings(language: language)
    }
}

/// The text of one template and the file it was read from, for error messages.
public struct TemplateSource: Sendable {
    public var text: String
    public var file: String

    public init(text: String, file: String) {
        self.text = text
        self.file = file
    }
}
