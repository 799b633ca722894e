import Content

/// `--format github`: one workflow command per finding, so GitHub shows it on the line.
enum GitHubAnnotations {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { d in
            let level = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
            var properties = ["file=\(property(d.location.file))"]
            if d.location.line > 0 { properties.append("line=\(d.location.line)") }
            if d.location.column > 0 { properties.append("col=\(d.location.column)") }
            properties.append("title=\(property("sitegen \(d.rule)"))")
            return "::\(level) \(properties.joined(separator: ","))::\(data(d.message))\n"
        }.joined()
    }

    /// The escaping GitHub documents for a command's message.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Property values also escape the characters that separate properties.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
