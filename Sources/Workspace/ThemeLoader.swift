import Content
import Foundation
import Site

/// Reads a theme folder: `*.mustache` templates, `i18n/<lang>.yaml` strings, `assets/**`.
struct ThemeLoader {
    let path: String

    func load(languages: [String]) -> (Theme, [Diagnostic]) {
        let root = URL(fileURLWithPath: path)
        var diagnostics: [Diagnostic] = []
        var templates: [String: TemplateSource] = [:]
        guard FileManager.default.fileExists(atPath: root.path) else {
            let d = Diagnostic(
                .error, rule: "template", "templates folder not found",
                at: SourceLocation(file: path, line: 0, column: 0))
            return (Theme(templates: [:]), [d])
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let display = ProjectFiles.join(path, name)
            switch ProjectFiles.readText(root.appendingPathComponent(name), display: display) {
            case .success(let text):
                templates[String(name.dropLast(".mustache".count))] = TemplateSource(text: text, file: display)
            case .failure(let d): diagnostics.append(d)
            }
        }
        var strings: [String: UIStrings] = [:]
        for language in languages {
            let display = ProjectFiles.join(path, "i18n/\(language).yaml")
            let url = root.appendingPathComponent("i18n/\(language).yaml")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            switch ProjectFiles.readText(url, display: display) {
            case .success(let text):
                let parsed = UIStrings.parse(text, language: language, file: display)
                strings[language] = parsed.0
                diagnostics += parsed.1
            case .failure(let d): diagnostics.append(d)
            }
        }
        let assetsRoot = root.appendingPathComponent("assets")
        let (assetFiles, assetDiagnostics) = ProjectFiles.list(
            root: assetsRoot,
            extensions: [
                "css", "js", "svg", "png", "jpg", "jpeg", "gif", "webp", "ico", "woff", "woff2", "txt", "json",
            ],
            displayRoot: ProjectFiles.join(path, "assets"))
        var assets: [OutputFile] = []
        for file in assetFiles {
            if let data = FileManager.default.contents(atPath: assetsRoot.appendingPathComponent(file).path) {
                assets.append(OutputFile(path: "assets/\(file)", contents: [UInt8](data)))
            }
        }
        return (
            Theme(templates: templates, strings: strings, assets: assets),
            diagnostics + (FileManager.default.fileExists(atPath: assetsRoot.path) ? assetDiagnostics : [])
        )
    }
}
