@testable import Diagrams

/// Mermaid sources the tests share; the decision flow follows seed 003's shape in new words.
enum DiagramFixtures {
    /// A chart running down with one subgraph running across (its own `direction`).
    static let ownDirection = """
        graph TD
            subgraph steps [每月三个步骤 Monthly steps]
                direction LR
                A[读取账单] --> B[归类费用] --> C[生成报告]
            end
            Start([开始]) --> steps
            steps --> Done((完成))
            style B fill:#e3f2fd,stroke:#1565c0
        """

    static let decisionFlow = """
        graph TD
            POOL[候选模型池] --> BENCH[公开基准评测]
            BENCH --> PASS{达到门槛?}
            PASS -->|否| DROP[淘汰]
            PASS -->|是| DOMAIN[业务数据评测]
            DOMAIN --> COST[推理成本估算]
            COST --> PICK([最终选定])
            BENCH -.->|ROUGE / F1| AUTO[自动指标排名]
            style POOL fill:#e3f2fd,stroke:#1565c0,stroke-width:2px
            style PICK fill:#c8e6c9,stroke:#388e3c,stroke-width:2px
            style DROP fill:#ffcdd2,stroke:#c62828,stroke-width:2px
        """

    static func flowchart(_ text: String) -> Flowchart {
        guard case .flowchart(let chart)? = MermaidParser.parse(text).0 else { fatalError("not a flowchart: \(text)") }
        return chart
    }
}
