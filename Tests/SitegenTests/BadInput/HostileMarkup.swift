import Foundation
import TestSupport
import Testing

/// Finds markup in built pages that hostile input could have smuggled in.
///
/// Reads every tag of every HTML, SVG and XML file the way a browser tokenizer would (names,
/// quoted and unquoted attribute values) rather than searching for strings, so escaped text
/// such as `&lt;svg onload=…&gt;` in a title is fine and an unquoted or broken attribute is not.
enum HostileMarkup {
    /// The markers planted in the hostile fixtures; the theme itself never uses them.
    static let markers = ["pwn(", "alert("]

    /// Problems in one file's markup: event handlers, script URLs, or scripts with planted code.
    static func problems(in markup: String, allowRawHTML: Bool = false) -> [String] {
        var found: [String] = []
        let chars = Array(markup.unicodeScalars)
        var i = 0
        while i < chars.count {
            guard chars[i] == "<", i + 1 < chars.count, chars[i + 1].properties.isAlphabetic else { i += 1; continue }
            let (name, attributes, end) = readTag(chars, from: i + 1)
            let tag = name.lowercased()
            for (name, value) in attributes {
                let lowered = decodeEntities(value).lowercased().filter { !$0.isWhitespace }
                if name.hasPrefix("on"), !allowRawHTML { found.append("<\(tag) \(name)=\(value)>") }
                if ["href", "src", "action", "formaction", "xlink:href"].contains(name),
                    ["javascript:", "vbscript:", "data:text"].contains(where: lowered.hasPrefix)
                {
                    found.append("<\(tag) \(name)=\"\(value)\">")
                }
                if markers.contains(where: name.contains) { found.append("attribute name \(name) in <\(tag)>") }
            }
            if tag == "script", !allowRawHTML {
                let body = String(String.UnicodeScalarView(chars[end..<min(chars.count, end + 200)]))
                if markers.contains(where: body.contains) { found.append("<script>\(body.prefix(40))") }
            }
            if tag == "svg", attributes.contains(where: { $0.name.hasPrefix("on") }) {
                found.append("<svg> with an event handler")
            }
            i = max(end, i + 1)
        }
        return found
    }

    /// A tag's name and attributes, and the index after its `>`.
    private static func readTag(_ c: [Unicode.Scalar], from start: Int) -> (
        String, [(name: String, value: String)], Int
    ) {
        var i = start
        var name = ""
        while i < c.count, !c[i].properties.isWhitespace, c[i] != ">", c[i] != "/" {
            name.unicodeScalars.append(c[i]); i += 1
        }
        var attributes: [(name: String, value: String)] = []
        while i < c.count, c[i] != ">" {
            while i < c.count, c[i].properties.isWhitespace || c[i] == "/" { i += 1 }
            var attribute = ""
            while i < c.count, !c[i].properties.isWhitespace, c[i] != "=", c[i] != ">" {
                attribute.unicodeScalars.append(c[i]); i += 1
            }
            var value = ""
            if i < c.count, c[i] == "=" {
                i += 1
                if i < c.count, c[i] == "\"" || c[i] == "'" {
                    let quote = c[i]
                    i += 1
                    while i < c.count, c[i] != quote { value.unicodeScalars.append(c[i]); i += 1 }
                    i += 1
                } else {
                    while i < c.count, !c[i].properties.isWhitespace, c[i] != ">" {
                        value.unicodeScalars.append(c[i]); i += 1
                    }
                }
            }
            if !attribute.isEmpty { attributes.append((attribute.lowercased(), value)) }
        }
        return (name, attributes, min(c.count, i + 1))
    }

    /// Numeric character references and the few named ones a URL could hide behind.
    private static func decodeEntities(_ text: String) -> String {
        var out = text.replacingOccurrences(of: "&colon;", with: ":").replacingOccurrences(of: "&Tab;", with: "\t")
        while let range = out.range(of: #"&#x?[0-9a-fA-F]+;?"#, options: .regularExpression) {
            let digits = out[range].dropFirst(2).filter { $0 != ";" }
            let isHex = out[range].hasPrefix("&#x") || out[range].hasPrefix("&#X")
            let value = UInt32(isHex ? String(digits.dropFirst()) : String(digits), radix: isHex ? 16 : 10) ?? 0x3F
            out.replaceSubrange(range, with: String(Unicode.Scalar(value).map(Character.init) ?? "?"))
        }
        return out
    }

    /// Every built file a browser or feed reader would parse.
    static func markupFiles(in project: FixtureProject) -> [(path: String, text: String)] {
        project.snapshot("Output").compactMap { path, data in
            guard [".html", ".xml", ".svg"].contains(where: path.hasSuffix) else { return nil }
            return (path, String(decoding: data, as: UTF8.self))
        }.sorted { $0.path < $1.path }
    }

    /// Without `allowRawHTML`, no planted string is live anywhere, and every chart is well-formed XML.
    /// Formulas and code blocks with markup in them stay text: in MathML, in highlighted code, or
    /// shown as code when they cannot be read; prices stay prices.
    static func expectFormulasAndCodeInert(in project: FixtureProject) {
        let page = project.read("Output/en/formulas/index.html") ?? ""
        #expect(problems(in: page).isEmpty, "\(problems(in: page))")
        #expect(!page.contains("<script>alert") && !page.contains("<img src=x"))
        #expect(page.contains("Prices stay prices: $5 and $10, $0.05/M tokens, US$ 12, 49,4 k$ and a lone $ sign."))
        #expect(page.contains("<math"), "the readable formulas are typeset (is katex installed?)")
    }

    static func expectRawHTMLEscaped(in project: FixtureProject) {
        let files = markupFiles(in: project)
        #expect(files.contains { $0.path == "en/hostile/index.html" })
        for (path, text) in files {
            let problems = problems(in: text)
            #expect(problems.isEmpty, "\(path): \(problems)")
            for svg in XMLCheck.svgElements(in: text) {
                #expect(XMLCheck.problem(svg) == nil, "\(path): chart is not well-formed XML")
            }
        }
        let page = project.read("Output/en/hostile/index.html") ?? ""
        #expect(
            page.contains("&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;"), "raw HTML in the body is shown as text"
        )
    }

    /// Mermaid blocks: the good one is an SVG whose hostile labels are text, the bad ones stay
    /// code, and no page carries live markup.
    static func expectMermaidDrawnOrCode(in project: FixtureProject) {
        let page = project.read("Output/en/diagrams/index.html") ?? ""
        for (path, text) in markupFiles(in: project) {
            #expect(problems(in: text).isEmpty, "\(path): \(problems(in: text))")
        }
        let svgs = XMLCheck.svgElements(in: page)
        #expect(svgs.count == 1, "one of the five blocks can be drawn")
        for svg in svgs { #expect(XMLCheck.problem(svg) == nil, "diagram is not well-formed XML") }
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && page.contains("&lt;/svg&gt;&lt;img src=x"))
        #expect(
            page.components(separatedBy: "<code class=\"language-mermaid\">").count - 1 == 4, "the other four stay code"
        )
    }

    /// With `allowRawHTML: true` the body's HTML is kept as written, but front matter, settings,
    /// chart text and link targets are still escaped or dropped.
    static func expectRawHTMLKept(in project: FixtureProject) {
        let page = project.read("Output/en/hostile/index.html") ?? ""
        #expect(
            page.contains("<div onmouseover=\"pwn('block')\"><script>alert('block')</script></div>"),
            "the opt-in keeps raw HTML")
        #expect(
            page.contains("<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), "the title is still escaped")
        for (path, text) in markupFiles(in: project) {
            let problems = problems(in: text, allowRawHTML: true)
            #expect(problems.isEmpty, "\(path): \(problems)")
            for svg in XMLCheck.svgElements(in: text) {
                #expect(XMLCheck.problem(svg) == nil, "\(path): chart is not well-formed XML")
            }
        }
        // Outside the page body, nothing the author wrote is raw: the language index and feed.
        for path in ["Output/en/index.html", "Output/en/atom.xml", "Output/index.html"] {
            #expect(problems(in: project.read(path) ?? "").isEmpty, "\(path)")
        }
    }
}
