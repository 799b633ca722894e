import Content
import Foundation
import TestSupport
import Testing
import Workspace

/// Builds the repository's own `Content/` with `Templates/`, as a new user's first build does.
@Suite struct SampleSiteBuildTests {
    @Test func sampleSiteBuildsIntoOneTreePerLanguage() throws {
        let (report, out) = SampleSite.built
        #expect(report.published, "\(report.diagnostics)")
        #expect(!report.diagnostics.hasErrors)
        let files = out.snapshot("Output").keys
        for lang in ["zh", "ja", "fr"] {
            #expect(files.contains("\(lang)/index.html"))
            #expect(files.contains("\(lang)/atom.xml"))
            #expect(files.contains("\(lang)/reports/model-costs/index.html"))
        }
        #expect(files.contains("index.html") && files.contains("404.html") && files.contains("sitemap.xml"))

        let zh = try #require(out.read("Output/zh/reports/model-costs/index.html"))
        #expect(zh.contains("<html lang=\"zh\">"))
        #expect(zh.contains("href=\"../../../ja/reports/model-costs/index.html\" hreflang=\"ja\""))
        #expect(zh.contains("href=\"../../../fr/reports/model-costs/index.html\" hreflang=\"fr\""))
        #expect(zh.contains("<link rel=\"alternate\" hreflang=\"x-default\""))
        #expect(zh.contains("href=\"../../../assets/style.css\""))
        // No internal link may be absolute: the site has to open from disk.
        for (path, data) in out.snapshot("Output") where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("href=\"/") && !html.contains("src=\"/"), "\(path)")
        }
    }

    @Test func glossaryWithoutJapaneseIsListedButNotLinkedFromJapanese() throws {
        let out = SampleSite.built.output
        let jaIndex = try #require(out.read("Output/ja/index.html"))
        #expect(jaIndex.contains("class=\"other-languages\""))
        #expect(jaIndex.contains("../zh/notes/glossary/index.html"))
        let zhGlossary = try #require(out.read("Output/zh/notes/glossary/index.html"))
        #expect(!zhGlossary.contains("hreflang=\"ja\""))
    }
}
