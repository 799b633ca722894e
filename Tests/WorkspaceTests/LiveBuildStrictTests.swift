import Content
import Foundation
import TestSupport
import Testing

@testable import Workspace

/// `sitegen serve --strict`: a wrong figure fails the rebuild, as it fails `build --strict`, and
/// the last good site stays served until the figure is fixed.
@Suite struct LiveBuildStrictTests {
    @Test func wrongFigureFailsTheRebuildAndKeepsTheLastGoodSite() throws {
        let fixture = LiveBuildTests()
        let p = try fixture.project()
        defer { p.remove() }
        let live = LiveBuild(loader: fixture.loader(p), strict: true)
        let good = live.update(to: fixture.scan(p))
        #expect(good.outcome == .full)
        let table = "| 项目 | 金额（美元） |\n|---|---:|\n| 硬件摊销 | 2,222 |\n| 电费 | 115 |\n| 合计 | %@ |\n"
        let page = "---\ntitle: 成本\ndate: 2025-09-01\n---\n"
        try p.write("Content/reports/cost.zh.md", page + table.replacingOccurrences(of: "%@", with: "2,338"))
        let wrong = live.update(to: fixture.scan(p))
        #expect(wrong.outcome == .failed)
        #expect(wrong.diagnostics.contains { $0.severity == .error && $0.stated == "2,338" })
        #expect(wrong.files == good.files)
        try p.write("Content/reports/cost.zh.md", page + table.replacingOccurrences(of: "%@", with: "2,337"))
        let fixed = live.update(to: fixture.scan(p))
        #expect(fixed.outcome != .failed && !fixed.diagnostics.hasErrors, "\(fixed.diagnostics)")
        #expect(fixed.files == (try fixture.fullBuild(p)))
    }
}
