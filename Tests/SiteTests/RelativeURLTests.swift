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
