import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Whether text is well-formed XML: `xmllint --noout` when installed, Foundation's parser always.
///
/// Inline SVG must be XML as well as HTML; xmllint is the stricter judge where it exists.
public enum XMLCheck {
    public static func problem(_ xml: String) -> String? {
        let parser = XMLParser(data: Data(xml.utf8))
        if !parser.parse() {
            return "XMLParser: \(parser.parserError.map { "\($0)" } ?? "failed") at line \(parser.lineNumber)"
        }
        return xmllintProblem(xml)
    }

    /// Every `<svg>…</svg>` element in an HTML page, as text.
    public static func svgElements(in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg"), let end = rest[start.lowerBound...].range(of: "</svg>") {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    private static func xmllintProblem(_ xml: String) -> String? {
        let path = "/usr/bin/xmllint"
        guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--noout", "-"]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        input.fileHandleForWriting.write(Data(xml.utf8))
        try? input.fileHandleForWriting.close()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : "xmllint: " + String(decoding: message, as: UTF8.self)
    }
}
