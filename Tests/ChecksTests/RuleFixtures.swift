/// Fixtures per rule and language; each planted text differs from its clean twin in one figure.
enum RuleFixtures {
    static let tableTotal: [RuleFixture] = [
        RuleFixture(
            name: "r.zh.md",
            planted: """
                | 项目 | 金额（美元） |
                |---|---:|
                | 硬件摊销 | 2,222.22 |
                | 电费 | 115.20 |
                | 运维 | 2,000.00 |
                | 合计 | 4,339.42 |
                """, wrong: "4,339.42", right: "4,337.42"),
        RuleFixture(
            name: "r.ja.md",
            planted: """
                | 項目 | 金額（ドル） |
                |---|---:|
                | 償却 | 2,222 |
                | 電気代 | 115 |
                | 運用 | 2,000 |
                | 合計 | 4,437 |
                """, wrong: "4,437", right: "4,337"),
        RuleFixture(
            name: "r.fr.md",
            planted: """
                | Poste | Montant ($) |
                |---|---:|
                | Amortissement | 2 222,22 |
                | Électricité | 115,20 |
                | Exploitation | 2 000,00 |
                | Total | 4 337,24 |
                """, wrong: "4 337,24", right: "4 337,42"),
        RuleFixture(
            name: "r.en.md",
            planted: """
                | Item | Input | Output | Total |
                |---|---:|---:|---:|
                | Model A | 0.50 | 0.25 | 0.75 |
                | Model B | 50.00 | 80.00 | 13.00 |
                | Model C | 0.60 | 1.00 | 1.60 |
                """, wrong: "13.00", right: "130.00"),
    ]

    static let inlineCalculation: [RuleFixture] = [
        RuleFixture(name: "r.zh.md", planted: "- 1000万输入token × 5e-06美元 = 0.05美元\n", wrong: "0.05美元", right: "50美元"),
        RuleFixture(
            name: "r.ja.md", planted: "- 500万出力トークン × 16ドル/100万トークン = 0.08ドル\n", wrong: "0.08ドル", right: "80ドル"),
        RuleFixture(
            name: "r.fr.md", planted: "- 10M tokens d'entrée × 0,06 $/M tokens = 6,00 $\n", wrong: "6,00 $",
            right: "0,60 $"),
        RuleFixture(
            name: "r.en.md", planted: "Amortisation: $80,000 / 36 = $2,223.22 a month.\n", wrong: "$2,223.22",
            right: "$2,222.22"),
    ]

    static let listTotal: [RuleFixture] = [
        RuleFixture(
            name: "r.zh.md",
            planted:
                "- 输入：1000万token × 0.05美元/百万token = 0.50美元\n- 输出：500万token × 0.05美元/百万token = 0.25美元\n- 合计：**0.57美元**\n",
            wrong: "0.57美元", right: "0.75美元"),
        RuleFixture(
            name: "r.ja.md",
            planted: "- 入力：1000万トークン × 5ドル/100万トークン = 50ドル\n- 出力：500万トークン × 16ドル/100万トークン = 80ドル\n- 合計：**13ドル**\n",
            wrong: "13ドル", right: "130ドル"),
        RuleFixture(
            name: "r.fr.md", planted: "- Entrée : 600,00 $\n- Sortie : 1 000,00 $\n- Total : **1 060,00 $**\n",
            wrong: "1 060,00 $", right: "1 600,00 $"),
        RuleFixture(
            name: "r.en.md", planted: "- Hardware: $2,222\n- Power: $115\n- Operations: $2,000\n- Total: **$4,373**\n",
            wrong: "$4,373", right: "$4,337"),
    ]

    static let formula: [RuleFixture] = [
        RuleFixture(
            name: "r.zh.md",
            planted: """
                ---
                days: 30
                ---
                | 模型 | 日成本 | 月成本 |
                |---|---:|---:|
                | A | $8.55 | $256.50 |
                | B | $35.00 | $1,050.00 |
                | C | $46.50 | $1,390.00 |

                <!-- formula: 月成本 = 日成本 × days -->
                """, wrong: "$1,390.00", right: "$1,395.00"),
        RuleFixture(
            name: "r.ja.md",
            planted: """
                | モデル | 入力単価 | 出力単価 | 1回あたり |
                |---|---:|---:|---:|
                | GPT-4o | 2.50 | 10.00 | 0.035 |
                | Claude | 3.00 | 15.00 | 0.0456 |

                <!-- formula: [1回あたり] = (8000 × 入力単価 + 1500 × 出力単価) / 1e6 -->
                """, wrong: "0.0456", right: "0.0465"),
        RuleFixture(
            name: "r.fr.md",
            planted: """
                | Modèle | Coût par jour | Coût par mois |
                |---|---:|---:|
                | A | 2,10 | 63,00 |
                | B | 17,50 | 52,50 |

                <!-- formula: #3 = round(#2 * 30, 2) -->
                """, wrong: "52,50", right: "525,00"),
        RuleFixture(
            name: "r.en.md",
            planted: """
                | Config | Fixed cost | Calls per day |
                |---|---:|---:|
                | A | 636.00 | 456 |
                | B | 1,544.00 | 1,170 |

                <!-- formula: [Calls per day] = round([Fixed cost] / 30 / 0.0465, 0) -->
                """, wrong: "1,170", right: "1,107"),
    ]

    static let inferredRelation: [RuleFixture] = [
        RuleFixture(
            name: "r.zh.md",
            planted: """
                | 模型 | 日成本 | 月成本 |
                |---|---:|---:|
                | A | 8.55 | 256.50 |
                | B | 35.00 | 1,050.00 |
                | C | 46.50 | 1,359.00 |
                | D | 17.50 | 525.00 |
                """, wrong: "1,359.00", right: "1,395.00"),
        RuleFixture(
            name: "r.ja.md",
            planted: """
                | モデル | 入力 | 出力 | 入出力 |
                |---|---:|---:|---:|
                | A | 0.50 | 0.25 | 0.75 |
                | B | 50.00 | 80.00 | 130.00 |
                | C | 0.60 | 1.00 | 1.60 |
                | D | 1.50 | 3.00 | 4.05 |
                """, wrong: "4.05", right: "4.50"),
        RuleFixture(
            name: "r.fr.md",
            planted: """
                | Config | GPU | Prix unitaire | Matériel |
                |---|---:|---:|---:|
                | A | 1 | 3 600 | 3 600 |
                | B | 4 | 3 600 | 14 400 |
                | C | 4 | 20 000 | 80 000 |
                | D | 8 | 20 000 | 16 000 |
                """, wrong: "16 000", right: "160 000"),
        RuleFixture(
            name: "r.en.md",
            planted: """
                | Config | Monthly fixed | vs A | vs B |
                |---|---:|---:|---:|
                | One | $636.00 | 456次/天 | 606次/天 |
                | Two | $1,544.00 | 1,107次/天 | 1,470次/天 |
                | Three | $4,337.42 | 3,190次/天 | 4,131次/天 |
                | Four | $7,674.84 | 5,502次/天 | 7,309次/天 |

                A call costs $0.0465/次 on A and $0.035/次 on B.
                """, wrong: "3,190次/天", right: "3,109次/天"),
    ]

    static let rateScale: [RuleFixture] = [
        RuleFixture(
            name: "r.zh.md", planted: "| 模型 | 每百万输入token（美元） |\n|---|---:|\n| A | 5.00 |\n| B | 6e-08 |\n",
            wrong: "6e-08", right: "0.06"),
        RuleFixture(
            name: "r.ja.md", planted: "| モデル | 100万入力トークンあたり（USD） |\n|---|---:|\n| A | 5e-06 |\n| B | 0.06 |\n",
            wrong: "5e-06", right: "5.00"),
        RuleFixture(
            name: "r.fr.md", planted: "| Modèle | Coût par 1M tokens (USD) |\n|---|---:|\n| A | 1,6e-05 |\n",
            wrong: "1,6e-05", right: "16,00"),
        RuleFixture(
            name: "r.en.md", planted: "| Model | $/M input |\n|---|---:|\n| A | 0.0000025 |\n", wrong: "0.0000025",
            right: "2.50"),
    ]

    static let restatedFigure: [RuleFixture] = [
        RuleFixture(
            name: "r.zh.md",
            planted: """
                每月预算从 1.60美元（Qwen2.5-Coder）到 160美元（Llama-3.2）。

                - **Llama-3.2-90B-Vision-Instruct**：
                  - 1000万输入token × 5美元/百万token = 50美元
                  - 500万输出token × 16美元/百万token = 80美元
                  - 合计：**130美元**
                - **Qwen2.5-Coder-32B-Instruct**：
                  - 1000万输入token × 0.06美元/百万token = 0.60美元
                  - 500万输出token × 0.20美元/百万token = 1.00美元
                  - 合计：**1.60美元**
                """, wrong: "160美元（", right: "130美元（"),
        RuleFixture(
            name: "r.fr.md",
            planted: """
                Le budget mensuel va de 0,75 $ (DeepSeek-R1) à 160,00 $ (Llama-3.2).

                - **DeepSeek-R1-Distill-Llama-8B** :
                  - Coût = 15M tokens × 0,05 $/M tokens = **0,75 $**
                - **Llama-3.2-90B-Vision-Instruct** :
                  - 10M tokens × 5,00 $/M tokens = 50,00 $
                  - 5M tokens × 16,00 $/M tokens = 80,00 $
                  - Total : **130,00 $**
                """, wrong: "160,00 $ (", right: "130,00 $ ("),
        RuleFixture(
            name: "r.ja.md",
            planted: """
                毎月の予算は 0.57ドル（DeepSeek-R1）から 130.00ドル（Llama-3.2）までです。

                - **DeepSeek-R1-Distill-Llama-8B**：
                  - コスト = 1500万トークン × 0.05ドル/100万トークン = **0.75ドル**
                - **Llama-3.2-90B-Vision-Instruct**：
                  - 1000万入力トークン × 5.00ドル/100万トークン = 50.00ドル
                  - 500万出力トークン × 16.00ドル/100万トークン = 80.00ドル
                  - 合計：**130.00ドル**
                """, wrong: "0.57ドル（", right: "0.75ドル（"),
        RuleFixture(
            name: "r.en.md",
            planted: """
                The cheapest model, DeepSeek-R1-Distill-Llama-8B, costs $7.50 a month in total.

                - **DeepSeek-R1-Distill-Llama-8B**:
                  - Cost = 15M tokens × $0.05/M tokens = **$0.75**
                """, wrong: "$7.50", right: "$0.75"),
    ]
}
