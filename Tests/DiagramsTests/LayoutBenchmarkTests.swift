import Foundation
import Graphviz
import Testing

@testable import Diagrams

/// The speed bound: 100 flowcharts of about ten nodes parsed, laid out and drawn in under
/// a second. Timing depends on the machine's load, so it runs only when asked:
/// `SITEGEN_BENCHMARK=1 swift test -c release --filter LayoutBenchmarkTests`.
@Suite(
    .enabled(if: ProcessInfo.processInfo.environment["SITEGEN_BENCHMARK"] == "1" && GraphvizLibrary.system.isAvailable))
struct LayoutBenchmarkTests {
    /// Ten nodes, eleven edges, a subgraph, styles and CJK labels, varied per diagram so no two are the same text.
    static func source(_ i: Int) -> String {
        """
        graph TD
            A\(i)[候选版本 \(i)] --> B[公开基准评测]
            B --> C{过门槛了吗？}
            C -->|没有| D[出局]
            C -->|过了| E[业务数据评测]
            subgraph S [上线前的两道关]
                F[推理成本估算] --> G[延迟压测]
            end
            E --> F
            G --> H[人工抽检]
            H --> I([选定上线])
            B -.->|自动指标| J[指标排行 \(i % 7)]
            E -.-> J
            style A\(i) fill:#e3f2fd,stroke:#1565c0
            style I fill:#c8e6c9,stroke:#388e3c
        """
    }

    @Test func hundredDiagramsInUnderASecond() throws {
        let renderer = DiagramRenderer()
        _ = renderer.svg(DiagramFixtures.flowchart(Self.source(0)), id: "warm")
        let start = ContinuousClock.now
        var bytes = 0
        for i in 0..<100 {
            let chart = DiagramFixtures.flowchart(Self.source(i))
            bytes += try #require(renderer.svg(chart, id: "d\(i)")).utf8.count
        }
        let elapsed = ContinuousClock.now - start
        print("100 diagrams parsed, laid out and drawn in \(elapsed) (\(bytes / 100) bytes of SVG each)")
        #expect(elapsed < .seconds(1))
    }
}
