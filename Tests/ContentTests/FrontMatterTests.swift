import Content
import Testing

@Suite struct FrontMatterTests {
    let loader = PageLoader(settings: SiteSettings())

    @Test func validFrontMatterIsTypedAndKeepsUnknownKeys() throws {
        let text =
            "---\ntitle: 成本报告\ndate: 2025-09-06\nlang: zh\ntags: [ai, cost]\ndraft: false\nsummary: 简介\ntranslationKey: ai-cost\naudio: false\n---\n\n# 标题\n"
        let (page, diagnostics) = loader.load(file: "r.md", text: text)
        #expect(diagnostics.isEmpty)
        let p = try #require(page)
        #expect(p.title == "成本报告")
        #expect(p.date == PageDate(year: 2025, month: 9, day: 6))
        #expect(p.language == "zh" && p.translationKey == "ai-cost")
        #expect(p.frontMatter.tags == ["ai", "cost"])
        #expect(p.frontMatter.extra.map(\.key) == ["audio"])
        // The heading sits on line 12 of the file, not line 2 of the body.
        #expect(p.document.children.first?.span.start.line == 12)
    }

    @Test func absentFrontMatterTakesTitleFromFirstHeading() throws {
        let (page, diagnostics) = loader.load(file: "ch59.md", text: "第 59 章\n\n## 模型选型成本矩阵\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(page).title == "模型选型成本矩阵")
    }

    @Test func yamlErrorIsReportedAtItsLineInTheWholeFile() {
        let text = "---\ntitle: ok\ndate: 2025-09-06\ntags: [a, b\nlang: zh\n---\nbody\n"
        let (_, diagnostics) = loader.load(file: "bad.md", text: text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.rule == "yaml")
        #expect(diagnostics.first.map { $0.location.line } == 5, "\(diagnostics)")
    }

    /// `title: A : B` is not YAML, but what the author meant is plain: the title is read as text,
    /// with a warning at its line asking for quotes; the page is built and checked.
    @Test func aColonInsideAPlainValueIsReadAsTextWithAWarning() throws {
        let (page, diagnostics) = loader.load(
            file: "p.fr.md", text: "---\ntitle: Piscine des Glacis : rénovation énergétique\nlang: fr\n---\n# T\n")
        #expect(try #require(page).title == "Piscine des Glacis : rénovation énergétique")
        #expect(diagnostics.map(\.severity) == [.warning] && diagnostics.first?.location.line == 2, "\(diagnostics)")
    }

    @Test func unterminatedFrontMatterIsAnError() {
        let (page, diagnostics) = loader.load(file: "open.md", text: "---\ntitle: x\n\n# body\n")
        #expect(page == nil)
        #expect(diagnostics.first?.location.description == "open.md:1:1")
        #expect(diagnostics.first?.message.contains("never closed") == true)
    }

    @Test(arguments: [
        ("date: yesterday", "'date': 'yesterday' is not a date"),
        ("date: 2025-02-30", "'date': '2025-02-30' is not a date"),
        ("lang: 42", "'lang': '42' is not a language code"),
        ("tags: {a: 1}", "'tags': expected a list of tags"),
        ("draft: maybe", "'draft': expected true or false"),
        ("title: [a, b]", "'title': expected a text value"),
        ("slug: ../../etc", "'slug': '../../etc' is not a single path segment"),
    ])
    func wronglyTypedKeysAreReportedAtTheirValue(line: String, message: String) throws {
        let (_, diagnostics) = loader.load(file: "t.md", text: "---\nkind: note\n\(line)\n---\nbody\n")
        let d = try #require(diagnostics.first)
        #expect(d.message.hasPrefix(message), "\(d.message)")
        #expect(d.location.line == 3 && d.location.column > 1)
    }

    @Test func crlfAndBOMFrontMatter() throws {
        let text = "\u{FEFF}---\r\ntitle: Rapport\r\nlang: fr\r\n---\r\n\r\n# Titre\r\n"
        let (page, diagnostics) = loader.load(file: "r.md", text: text)
        #expect(diagnostics.isEmpty)
        let p = try #require(page)
        #expect(p.title == "Rapport" && p.language == "fr")
        #expect(p.document.children.first?.span.start.line == 6)
    }

    @Test func emptyFrontMatterIsNoMetadata() throws {
        let (page, diagnostics) = loader.load(file: "e.md", text: "---\n---\n# Hi\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(page).title == "Hi")
    }

    @Test func splitterReportsBodyOffset() throws {
        let split = try FrontMatterSplitter.split("---\na: 1\n---\nbody").get()
        #expect(split.yaml == "a: 1\n" && split.body == "body" && split.bodyLineOffset == 3)
        #expect(try FrontMatterSplitter.split("no front matter").get().yaml == nil)
        #expect(try FrontMatterSplitter.split("--- not a fence\n").get().yaml == nil)
    }

    @Test func dateWithOneDigitHourIsRead() throws {
        let date = try #require(PageDate(parsing: "2025-11-15 8:00:00"))
        #expect(date.hour == 8 && date.minute == 0 && date.day == 15)
        #expect(PageDate(parsing: "2025-11-15 8:0") == nil)
    }
}
