@testable import Numbers

// Lines copied from the seed reports, so the tests never read the shared seeds folder.

/// Seed 000 (zh): the executive summary, the price table rows (first five cells), the budget section.
let chineseReportLines: [ScanCase] = [
    ScanCase(
        .zh,
        "每月处理1000万输入token和500万输出token的预算估算范围从0.60美元（Qwen2.5-Coder）到5美元（DeepSeek-R1）再到160美元（Llama-3.2），反映了成本、性能和专业用例之间的权衡。",
        ["10000000 ×万 [tokens]", "5000000 ×万 [tokens]", "0.6 [USD] .2", "5 [USD]", "160 [USD]"]),
    ScanCase(
        .zh, "| DeepSeek-R1-Distill-Llama-8B | nscale / OpenRouter | 0.05（总计） | 0.05（总计） | 8K（可调整） |",
        ["0.05 .2", "0.05 .2", "8000 ×K"]),
    ScanCase(
        .zh, "| Llama-3.2-90B-Vision-Instruct | Vertex AI | 5e-06 | 1.6e-05 | 90B模型支持大窗口 |",
        ["0.000005 s1e-6", "0.000016 .1 s2e-5", "90000000000 ×B"]),
    ScanCase(
        .zh, "| Qwen2.5-Coder-32B-Instruct | nscale / OpenRouter | 6e-08 | 2e-07 | 128K |",
        ["0.00000006 s1e-8", "0.0000002 s1e-7", "128000 ×K"]),
    ScanCase(
        .zh, "  - 1000万输入 + 500万输出token = 总计1500万token",
        ["10000000 ×万", "5000000 ×万 [tokens]", "15000000 ×万 [tokens]"]),
    ScanCase(
        .zh, "  - 成本 = 1500万token * 0.05美元/百万token = **0.75美元**",
        ["15000000 ×万 [tokens]", "0.05 [USD/1000000 tokens] .2", "0.75 [USD] .2"]),
    ScanCase(
        .zh, "  - 1000万输入token * 5e-06美元 = 0.05美元",
        ["10000000 ×万 [tokens]", "0.000005 [USD] s1e-6", "0.05 [USD] .2"]),
    ScanCase(
        .zh, "  - 500万输出token * 1.6e-05美元 = 0.08美元",
        ["5000000 ×万 [tokens]", "0.000016 [USD] .1 s2e-5", "0.08 [USD] .2"]),
    ScanCase(
        .zh, "  - 总计 = **0.13美元**",
        ["0.13 [USD] .2"]),
    ScanCase(
        .zh, "  - 1000万输入token * 6e-08美元 = 0.0006美元",
        ["10000000 ×万 [tokens]", "0.00000006 [USD] s1e-8", "0.0006 [USD] .4"]),
    ScanCase(
        .zh, "  - 500万输出token * 2e-07美元 = 0.001美元",
        ["5000000 ×万 [tokens]", "0.0000002 [USD] s1e-7", "0.001 [USD] .3"]),
    ScanCase(
        .zh, "  - 总计 = **0.0016美元**",
        ["0.0016 [USD] .4"]),
    ScanCase(
        .zh, "> - DeepSeek-R1-Distill-Llama-8B 总成本最低，每百万token仅0.05美元，在推理和数学方面表现强劲，但编码能力较弱。",
        ["0.05 [USD] .2"]),
    ScanCase(
        .zh, "> - Llama-3.2-90B-Vision-Instruct（Vertex AI）提供多模态功能和高基准性能，每token输入成本5e-06美元，输出成本1.6e-05美元，并拥有广泛的生态系统支持。",
        ["0.000005 [USD] s1e-6", "0.000016 [USD] .1 s2e-5"]),
    ScanCase(
        .zh, "> - Qwen2.5-Coder-32B-Instruct 在编码任务中表现卓越，以极低成本（输入6e-08美元，输出2e-07美元每token）提供竞争优势，支持40多种编程语言和128K上下文窗口。",
        ["0.00000006 [USD] s1e-8", "0.0000002 [USD/tokens] s1e-7", "40", "128000 ×K"]),
    ScanCase(
        .zh, "  - 比某些替代方案便宜30%，但响应时间可能长1.5–2倍。",
        ["30 [%]", "1.5 [times] .1 <", "2 [times] >"]),
]

/// Seed 001 (ja): the same report in Japanese.
let japaneseReportLines: [ScanCase] = [
    ScanCase(
        .ja, "> - DeepSeek-R1-Distill-Llama-8Bは、100万トークンあたり総額0.05ドルという最低コストを提供し、強力な推論と数学的性能を発揮しますが、コーディング能力は弱めです。",
        ["1000000 ×万 [tokens]", "0.05 [USD] .2"]),
    ScanCase(
        .ja,
        "> - Llama-3.2-90B-Vision-Instruct（Vertex AI）は、マルチモーダル機能と高いベンチマーク性能を、トークンあたり5e-06ドル（入力）と1.6e-05ドル（出力）で提供し、広範なエコシステムサポートを備えています。",
        ["0.000005 [USD] s1e-6", "0.000016 [USD] .1 s2e-5"]),
    ScanCase(
        .ja,
        "> - Qwen2.5-Coder-32B-Instructは、コーディングタスクで優れた性能を発揮し、非常に低コスト（トークンあたり入力6e-08ドル、出力2e-07ドル）で競争力のあるパフォーマンスを提供し、40以上のプログラミング言語と128Kのコンテキストウィンドウをサポートします。",
        ["0.00000006 [USD] s1e-8", "0.0000002 [USD] s1e-7", "40", "128000 ×K"]),
    ScanCase(
        .ja,
        "月間1000万入力トークン＋500万出力トークンに対する予算見積もりは、0.60ドル（Qwen2.5-Coder）から5ドル（DeepSeek-R1）を経て160ドル（Llama-3.2）の範囲であり、コスト、性能、特殊化されたユースケースの間のトレードオフを反映しています。",
        ["10000000 ×万 [tokens]", "5000000 ×万 [tokens]", "0.6 [USD] .2", "5 [USD]", "160 [USD]"]),
    ScanCase(
        .ja, "| モデル名 | プロバイダー | 100万入力トークンあたりのコスト（USD） | 100万出力トークンあたりのコスト（USD） | コンテキストウィンドウサイズ（トークン） |",
        ["1000000 ×万 [tokens]", "1000000 ×万 [tokens]"]),
    ScanCase(
        .ja, "| DeepSeek-R1-Distill-Llama-8B | nscale / OpenRouter | 0.05（総額） | 0.05（総額） | 8K（調整可能） |",
        ["0.05 .2", "0.05 .2", "8000 ×K"]),
    ScanCase(
        .ja, "| Llama-3.2-90B-Vision-Instruct | Vertex AI | 5e-06 | 1.6e-05 | 90Bモデルは大規模をサポート |",
        ["0.000005 s1e-6", "0.000016 .1 s2e-5", "90000000000 ×B"]),
    ScanCase(
        .ja, "| Qwen2.5-Coder-32B-Instruct | nscale / OpenRouter | 6e-08 | 2e-07 | 128K |",
        ["0.00000006 s1e-8", "0.0000002 s1e-7", "128000 ×K"]),
    ScanCase(
        .ja, "  - 1000万入力 + 500万出力トークン = 総1500万トークン",
        ["10000000 ×万", "5000000 ×万 [tokens]", "15000000 ×万 [tokens]"]),
    ScanCase(
        .ja, "  - コスト = 1500万トークン * 0.05ドル/100万トークン = **0.75ドル**",
        ["15000000 ×万 [tokens]", "0.05 [USD/1000000 tokens] .2", "0.75 [USD] .2"]),
    ScanCase(
        .ja, "  - 1000万入力トークン * 5e-06ドル = 0.05ドル",
        ["10000000 ×万 [tokens]", "0.000005 [USD] s1e-6", "0.05 [USD] .2"]),
    ScanCase(
        .ja, "  - 500万出力トークン * 1.6e-05ドル = 0.08ドル",
        ["5000000 ×万 [tokens]", "0.000016 [USD] .1 s2e-5", "0.08 [USD] .2"]),
    ScanCase(
        .ja, "  - 合計 = **0.13ドル**",
        ["0.13 [USD] .2"]),
    ScanCase(
        .ja, "  - 1000万入力トークン * 6e-08ドル = 0.0006ドル",
        ["10000000 ×万 [tokens]", "0.00000006 [USD] s1e-8", "0.0006 [USD] .4"]),
    ScanCase(
        .ja, "  - 500万出力トークン * 2e-07ドル = 0.001ドル",
        ["5000000 ×万 [tokens]", "0.0000002 [USD] s1e-7", "0.001 [USD] .3"]),
    ScanCase(
        .ja, "  - 合計 = **0.0016ドル**",
        ["0.0016 [USD] .4"]),
    ScanCase(
        .ja, "  - 一部の代替品より30%安価ですが、応答に1.5〜2倍長くかかる可能性があります。",
        ["30 [%]", "1.5 [times] .1 <", "2 [times] >"]),
]

/// Seed 002 (fr): the same report in French, with decimal commas.
let frenchReportLines: [ScanCase] = [
    ScanCase(
        .fr,
        "> - DeepSeek-R1-Distill-Llama-8B offre le coût le plus bas à 0,05 $ par million de tokens total, avec de solides performances en raisonnement et mathématiques mais une capacité de codage plus faible.",
        ["0.05 [USD/1000000 tokens] .2"]),
    ScanCase(
        .fr,
        "> - Llama-3.2-90B-Vision-Instruct (Vertex AI) fournit des capacités multimodales et des performances élevées aux benchmarks à 5e-06 $ (entrée) et 1,6e-05 $ (sortie) par token, avec un large support d'écosystème.",
        ["0.000005 [USD] s1e-6", "0.000016 [USD] .1 s2e-5"]),
    ScanCase(
        .fr,
        "> - Qwen2.5-Coder-32B-Instruct excelle dans les tâches de codage avec des performances compétitives à un coût très bas (6e-08 $ entrée, 2e-07 $ sortie par token), prenant en charge plus de 40 langages de programmation et une fenêtre de contexte de 128K.",
        ["0.00000006 [USD] s1e-8", "0.0000002 [USD] s1e-7", "40", "128000 ×K"]),
    ScanCase(
        .fr,
        "Les estimations budgétaires pour 10M de tokens d'entrée + 5M de tokens de sortie par mois varient de 0,60 $ (Qwen2.5-Coder) à 5 $ (DeepSeek-R1) à 160 $ (Llama-3.2), reflétant les compromis entre coût, performance et cas d'utilisation spécialisés.",
        ["10000000 ×M [tokens]", "5000000 ×M [tokens]", "0.6 [USD] .2", "5 [USD]", "160 [USD]"]),
    ScanCase(
        .fr,
        "| Nom du Modèle | Fournisseur | Coût par 1M Tokens Entrée (USD) | Coût par 1M Tokens Sortie (USD) | Taille Fenêtre Contexte (tokens) |",
        ["1000000 ×M [tokens]", "1000000 ×M [tokens]"]),
    ScanCase(
        .fr, "| DeepSeek-R1-Distill-Llama-8B | nscale / OpenRouter | 0,05 (total) | 0,05 (total) | 8K (ajustable) |",
        ["0.05 .2", "0.05 .2", "8000 ×K"]),
    ScanCase(
        .fr, "| Llama-3.2-90B-Vision-Instruct | Vertex AI | 5e-06 | 1,6e-05 | Modèle 90B supporte large |",
        ["0.000005 s1e-6", "0.000016 .1 s2e-5", "90000000000 ×B"]),
    ScanCase(
        .fr, "| Qwen2.5-Coder-32B-Instruct | nscale / OpenRouter | 6e-08 | 2e-07 | 128K |",
        ["0.00000006 s1e-8", "0.0000002 s1e-7", "128000 ×K"]),
    ScanCase(
        .fr, "  - 10M tokens entrée + 5M tokens sortie = 15M tokens total",
        ["10000000 ×M [tokens]", "5000000 ×M [tokens]", "15000000 ×M [tokens]"]),
    ScanCase(
        .fr, "  - Coût = 15M tokens * 0,05 $/1M tokens = **0,75 $**",
        ["15000000 ×M [tokens]", "0.05 [USD/1000000 tokens] .2", "0.75 [USD] .2"]),
    ScanCase(
        .fr, "  - 10M tokens entrée * 5e-06 $ = 0,05 $",
        ["10000000 ×M [tokens]", "0.000005 [USD] s1e-6", "0.05 [USD] .2"]),
    ScanCase(
        .fr, "  - 5M tokens sortie * 1,6e-05 $ = 0,08 $",
        ["5000000 ×M [tokens]", "0.000016 [USD] .1 s2e-5", "0.08 [USD] .2"]),
    ScanCase(
        .fr, "  - Total = **0,13 $**",
        ["0.13 [USD] .2"]),
    ScanCase(
        .fr, "  - 10M tokens entrée * 6e-08 $ = 0,0006 $",
        ["10000000 ×M [tokens]", "0.00000006 [USD] s1e-8", "0.0006 [USD] .4"]),
    ScanCase(
        .fr, "  - 5M tokens sortie * 2e-07 $ = 0,001 $",
        ["5000000 ×M [tokens]", "0.0000002 [USD] s1e-7", "0.001 [USD] .3"]),
    ScanCase(
        .fr, "  - Total = **0,0016 $**",
        ["0.0016 [USD] .4"]),
    ScanCase(
        .fr,
        "  - 30 % moins cher que certaines alternatives mais les réponses peuvent prendre 1,5 à 2 fois plus de temps.",
        ["30 [%]", "1.5 [times] .1 <", "2 [times] >"]),
]

/// Seed 004 (zh): the cloud-versus-local chapter: per-million prices, monthly costs, power, break-even.
let chineseChapterLines: [ScanCase] = [
    ScanCase(
        .zh, "- 每次调用平均输入:8,000 tokens",
        ["8000 [tokens]"]),
    ScanCase(
        .zh, "- 每次调用平均输出:1,500 tokens",
        ["1500 [tokens]"]),
    ScanCase(
        .zh, "- 日调用量:1,000 次",
        ["1000 [calls]"]),
    ScanCase(
        .zh, "| Hermes 4 (via Together AI) | $0.90/M | $0.90/M | $8.55 | $256 |",
        ["0.9 [USD/1000000 tokens] .2", "0.9 [USD/1000000 tokens] .2", "8.55 [USD] .2", "256 [USD]"]),
    ScanCase(
        .zh, "| GPT-4o | $2.50/M | $10.00/M | $35.00 | $1,050 |",
        ["2.5 [USD/1000000 tokens] .2", "10 [USD/1000000 tokens] .2", "35 [USD] .2", "1050 [USD]"]),
    ScanCase(
        .zh, "| Claude 3.5 Sonnet | $3.00/M | $15.00/M | $46.50 | $1,395 |",
        ["3 [USD/1000000 tokens] .2", "15 [USD/1000000 tokens] .2", "46.5 [USD] .2", "1395 [USD]"]),
    ScanCase(
        .zh, "| Gemini 1.5 Pro | $1.25/M | $5.00/M | $17.50 | $525 |",
        ["1.25 [USD/1000000 tokens] .2", "5 [USD/1000000 tokens] .2", "17.5 [USD] .2", "525 [USD]"]),
    ScanCase(
        .zh, "| Llama 3.1 70B (Groq) | $0.59/M | $0.79/M | $5.90 | $177 |",
        ["70000000000 ×B", "0.59 [USD/1000000 tokens] .2", "0.79 [USD/1000000 tokens] .2", "5.9 [USD] .2", "177 [USD]"]),
    ScanCase(
        .zh, "| Mistral Large | $2.00/M | $6.00/M | $25.00 | $750 |",
        ["2 [USD/1000000 tokens] .2", "6 [USD/1000000 tokens] .2", "25 [USD] .2", "750 [USD]"]),
    ScanCase(
        .zh, "硬件摊销 = 硬件购置价格 / 摊销月数(通常36个月)",
        ["36 [months]"]),
    ScanCase(
        .zh, "电费 = GPU功耗(kW) × 24小时 × 30天 × 电费单价(元/kWh)",
        ["24 [h]", "30 [days]"]),
    ScanCase(
        .zh, "硬件配置:4× NVIDIA A100 80GB",
        ["4 [times]", "80 [GB]"]),
    ScanCase(
        .zh, "购置成本:约 $80,000(约 56 万人民币)",
        ["80000 [USD] ~", "560000 ×万 [CNY] ~"]),
    ScanCase(
        .zh, "摊销:$80,000 / 36个月 = $2,222/月",
        ["80000 [USD]", "36 [months]", "2222 [USD/months]"]),
    ScanCase(
        .zh, "4× A100 @ 400W = 1.6kW",
        ["4 [times]", "400 [W]", "1.6 [kW] .1"]),
    ScanCase(
        .zh, "1.6kW × 24h × 30天 = 1,152 kWh/月",
        ["1.6 [kW] .1", "24 [h]", "30 [days]", "1152 [kWh/months]"]),
    ScanCase(
        .zh, "@ $0.10/kWh = $115/月",
        ["0.1 [USD/kWh] .2", "115 [USD/months]"]),
    ScanCase(
        .zh, "0.2 FTE 工程师 @ $10,000/月 = $2,000/月",
        ["0.2 .1", "10000 [USD/months]", "2000 [USD/months]"]),
    ScanCase(
        .zh, "月总成本:$2,222 + $115 + $2,000 = $4,337/月",
        ["2222 [USD]", "115 [USD]", "2000 [USD]", "4337 [USD/months]"]),
    ScanCase(
        .zh, "| Hermes 4 (70B) | ★★★★☆ | ★★★★★ | ★★★★☆ | 128K | $0.90 | $0.90 | ★★★★★ |",
        ["70000000000 ×B", "128000 ×K", "0.9 [USD] .2", "0.9 [USD] .2"]),
    ScanCase(
        .zh, "| Gemini 1.5 Pro | ★★★★★ | ★★★★☆ | ★★★☆☆ | 1M | $1.25 | $5.00 | ★★★★☆ |",
        ["1000000 ×M", "1.25 [USD] .2", "5 [USD] .2"]),
    ScanCase(
        .zh, "| GAIA Level 1 | 81.2% | 83.5% | 84.1% | 78.9% |",
        ["81.2 [%] .1", "83.5 [%] .1", "84.1 [%] .1", "78.9 [%] .1"]),
    ScanCase(
        .zh, "盈亏平衡点: 3,109 次/天(约 93,270 次/月)",
        ["3109 [calls/days]", "93270 [calls/months] ~"]),
    ScanCase(
        .zh, "盈亏平衡点: 823 次/天(约 24,700 次/月)",
        ["823 [calls/days]", "24700 [calls/months] ~"]),
    ScanCase(
        .zh, "| RTX 4090 × 1 | $530 | 379次/天 | 507次/天 | 1,961次/天 |",
        ["1", "530 [USD]", "379 [calls/days]", "507 [calls/days]", "1961 [calls/days]"]),
    ScanCase(
        .zh, "| RTX 4090 × 4 | $1,560 | 1,117次/天 | 1,486次/天 | 5,778次/天 |",
        ["4", "1560 [USD]", "1117 [calls/days]", "1486 [calls/days]", "5778 [calls/days]"]),
    ScanCase(
        .zh, "| A100 80G × 2 | $3,169 | 2,268次/天 | 3,024次/天 | 11,738次/天 |",
        ["2", "3169 [USD]", "2268 [calls/days]", "3024 [calls/days]", "11738 [calls/days]"]),
    ScanCase(
        .zh, "| A100 80G × 8 | $6,893 | 4,932次/天 | 6,574次/天 | 25,530次/天 |",
        ["8", "6893 [USD]", "4932 [calls/days]", "6574 [calls/days]", "25530 [calls/days]"]),
    ScanCase(
        .zh, "| H100 × 8 | $18,500 | 13,238次/天 | 17,643次/天 | 68,519次/天 |",
        ["8", "18500 [USD]", "13238 [calls/days]", "17643 [calls/days]", "68519 [calls/days]"]),
]
