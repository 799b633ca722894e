import Graphviz
import TestSupport
import Testing

@testable import Diagrams

/// Drawn SVGs as goldens: every node shape, every edge kind, subgraphs, CJK labels and the
/// decision flow with author styles. They need Graphviz, which CI installs.
@Suite(.enabled(if: GraphvizLibrary.system.isAvailable, "Graphviz (libgvc) is not installed"))
struct DiagramGoldenTests {
    static let cases: [(name: String, source: String)] = [
        (
            "shapes",
            """
            graph LR
            A[rectangle] --> B(rounded) --> C([stadium]) --> D[[subroutine]] --> E[(cylinder)]
            F((circle)) --> G(((double))) --> H{diamond} --> I{{hexagon}} --> J[/lean right/]
            K[\\lean left\\] --> L[/trapezoid\\] --> M[\\inverted/] --> N>flag]
            """
        ),
        (
            "edges",
            """
            graph TD
            A --> B
            A --- C
            A -.-> D
            A -.- E
            A ==> F
            A ~~~ G
            B --o H
            C --x I
            D <--> J
            E -->|label| K
            F -- text --> L
            G ----> M
            linkStyle 0 stroke:#d32f2f,stroke-width:3px
            """
        ),
        (
            "subgraphs",
            """
            flowchart LR
            subgraph outer [Outer group]
                A --> B
                subgraph inner [Inner group]
                    C --> D
                end
            end
            B --> C
            D --> outer2
            subgraph outer2 [Second]
                E
            end
            """
        ),
        (
            "cjk",
            """
            graph TD
            开始([收到需求]) --> 判断{预算够吗？}
            判断 -->|够| 采购[采购四卡服务器]
            判断 -->|不够| 云端[使用云端 API<br>按量计费]
            云端 --> 结束((完成))
            采购 --> 結束2[本地部署・運用開始]
            """
        ),
        ("decision-flow", DiagramFixtures.decisionFlow),
        ("subgraph-direction", DiagramFixtures.ownDirection),
    ]

    @Test(arguments: cases.map(\.name))
    func golden(_ name: String) throws {
        let chart = DiagramFixtures.flowchart(try #require(Self.cases.first { $0.name == name }).source)
        let svg = try #require(DiagramRenderer().svg(chart, id: "d-\(name)"))
        #expect(XMLCheck.problem(svg) == nil)
        assertGolden(svg, named: "svg/\(name).svg")
    }

    @Test func everyNodeIsLaidOutAndEveryVisibleEdgeDrawn() throws {
        let chart = DiagramFixtures.flowchart(try #require(Self.cases.first { $0.name == "edges" }).source)
        let layout = try #require(DiagramRenderer().layout(chart))
        #expect(layout.nodes.count == chart.nodes.count)
        let svg = try #require(DiagramRenderer().svg(chart, id: "e"))
        #expect(
            svg.components(separatedBy: "<g class=\"edge ").count - 1
                == chart.edges.filter { $0.stroke != .invisible }.count)
        #expect(svg.contains("<circle") && svg.contains("stroke-dasharray:3 4") && svg.contains("stroke-width:3.2"))
    }

    /// A subgraph with its own direction is laid out in it and placed as one box: its nodes
    /// run across while the chart runs down, they sit inside the box under its title, and the
    /// edges to the subgraph end on the box's border.
    @Test func subgraphWithItsOwnDirectionIsLaidOutInIt() throws {
        let chart = DiagramFixtures.flowchart(DiagramFixtures.ownDirection)
        #expect(chart.ownLayout == [0])
        let layout = try #require(DiagramRenderer().layout(chart))
        func center(_ id: String) throws -> GraphLayout.Point {
            let i = try #require(chart.nodes.firstIndex { $0.id == id })
            return try #require(layout.nodes["n\(i)"]).center
        }
        let (a, b, c) = (try center("A"), try center("B"), try center("C"))
        #expect(abs(a.y - b.y) < 0.5 && abs(b.y - c.y) < 0.5 && a.x < b.x && b.x < c.x)
        let (start, done) = (try center("Start"), try center("Done"))
        let box = try #require(layout.clusters.first { $0.name == "cluster_s0" })
        #expect(start.y < box.y && done.y > box.y + box.height)
        for p in [a, b, c] {
            #expect(p.x > box.x && p.x < box.x + box.width && p.y > box.y + 20 && p.y < box.y + box.height)
        }
        let title = try #require(box.labelCenter)
        #expect(title.y < a.y - 10)
        // Start → steps ends on the box's top; steps → Done leaves from its bottom.
        let into = try #require(layout.edges.first { $0.id == "e2" }?.end)
        let out = try #require(layout.edges.first { $0.id == "e3" }?.spline.first)
        #expect(abs(into.y - box.y) < 1.5 && abs(out.y - (box.y + box.height)) < 1.5)
        #expect(layout.nodes.keys.allSatisfy { $0.hasPrefix("n") })
    }

    @Test func cjkLabelsAreMeasuredBySitegensMetrics() throws {
        let chart = DiagramFixtures.flowchart("graph TD\nA[四个汉字]")
        let box = try #require(DiagramRenderer().layout(chart)?.nodes["n0"])
        // Four full-width characters at 14 units, plus the box margin of 0.16 in on each side
        // (Graphviz rounds sizes up to a hundredth of an inch).
        #expect(abs(box.width - (4 * 14 + 2 * 0.16 * 72)) < 1.5)
    }

    @Test func hostileLabelsStayText() throws {
        let chart = DiagramFixtures.flowchart(
            """
            graph TD
            A["<script>alert(1)</script>"] -->|"a & b"| B[say "hi" onload='x']
            subgraph S ["<img src=x onerror=alert(1)>"]
            C
            end
            """)
        let svg = try #require(DiagramRenderer().svg(chart, id: "h"))
        #expect(XMLCheck.problem(svg) == nil)
        #expect(svg.contains("say &quot;hi&quot; onload=&#39;x&#39;") || svg.contains("say \"hi\" onload='x'"))
        #expect(!svg.contains("<script") && !svg.contains("<img"))
        #expect(
            svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && svg.contains("a &amp; b")
                && svg.contains("&lt;img src=x"))
    }
}
