import Site
import Testing

@Suite struct RelativeURLTests {
    @Test(arguments: [
        ("zh/a/index.html", "ja/a/index.html", "../../ja/a/index.html"),
        ("zh/a/index.html", "zh/index.html", "../index.html"),
        ("index.html", "fr/index.html", "fr/index.html"),
        ("zh/reports/x/index.html", "assets/style.css", "../../../assets/style.css"),
        ("ja/index.html", "ja/日本/index.html", "%E6%97%A5%E6%9C%AC/index.html"),
    ])
    func linksAreRelativeAndEncoded(from: String, to: String, expected: String) {
        #expect(RelativeURL.link(from: from, to: to) == expected)
    }

    /// Links are made in bytes; they must be what splitting the paths into strings gave, for
    /// every shape of path (empty segments, a file at the root, CJK and reserved characters).
    @Test func linksInBytesAreLinksInStrings() {
        func stringLink(from: String, to: String) -> String {
            let fromDir = from.split(separator: "/").dropLast()
            let target = to.split(separator: "/")
            var common = 0
            while common < fromDir.count, common < target.count - 1,
                fromDir[common].utf8.elementsEqual(target[common].utf8)
            {
                common += 1
            }
            var parts = Array(repeating: "..", count: fromDir.count - common)
            for segment in target[common...] { parts.append(RelativeURL.encodeSegment(String(segment))) }
            return parts.joined(separator: "/")
        }
        let segments = ["zh", "ja", "a", "成本", "a b", "x%y", "index.html", "", "tags", "c&d", "é", "e\u{301}"]
        var paths: [String] = ["", "/", "index.html", "a//b/index.html", "/zh/a/"]
        for a in segments {
            for b in segments { paths.append("\(a)/\(b)/index.html") }
            paths.append("\(a)/index.html")
        }
        for from in paths {
            for to in paths { #expect(RelativeURL.link(from: from, to: to) == stringLink(from: from, to: to)) }
        }
        func stringAbsolute(base: String, path: String) -> String {
            var segments = path.split(separator: "/").map(String.init)
            let isIndex = segments.last == "index.html"
            if isIndex { segments.removeLast() }
            let joined = segments.map(RelativeURL.encodeSegment).joined(separator: "/")
            return base + joined + (isIndex && !segments.isEmpty ? "/" : "")
        }
        for path in paths + ["index.html/", "a/index.html/x", "été"] {
            for base in ["https://x.test/", "https://例え.test/r/"] {
                #expect(RelativeURL.absolute(base: base, path: path) == stringAbsolute(base: base, path: path))
            }
        }
    }

    @Test func absoluteURLsDropIndexFile() {
        #expect(
            RelativeURL.absolute(base: "https://x.test/r/", path: "zh/成本/index.html")
                == "https://x.test/r/zh/%E6%88%90%E6%9C%AC/")
        #expect(RelativeURL.absolute(base: "https://x.test/", path: "index.html") == "https://x.test/")
        #expect(RelativeURL.absolute(base: "https://x.test/", path: "zh/atom.xml") == "https://x.test/zh/atom.xml")
    }

    @Test(arguments: [
        ("成本 & 预算", "成本-预算"), ("Coût par 1M tokens", "coût-par-1m-tokens"), ("59.3 本地部署", "59-3-本地部署"), ("!!!", ""),
    ])
    func headingSlugsKeepScripts(text: String, slug: String) {
        #expect(HeadingAnchors.slug(text) == slug)
    }
}
