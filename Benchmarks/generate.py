#!/usr/bin/env python3
"""Writes a deterministic synthetic sitegen site: N translation groups × 4 languages.

Every page has front matter, headings, prose, two cost tables (a declared formula, a bold total
row), inline calculations and, in one page in ten, a chart block. All arithmetic is exact, so
`sitegen check` reads every figure and finds nothing; `--errors K` plants K wrong monthly totals
(one finding each, in K different English pages) to prove the checker is doing real work.
`--technical` adds what technical pages carry: three code blocks a page (Python, shell and YAML or
JSON or SQL), a formula inline and one displayed, and in one page in ten a Mermaid flowchart.

`--realistic` lays the site out as documentation sites do and adds what their pages carry: one
folder per language (`zh/reports/…`, no language suffixes), a raw-HTML `<details>` block in every
page (with `allowRawHTML: true`), and in one page in twenty a long page (forty more paragraphs)
and in another a big table (sixty rows whose last column is the product of the two before it).

Usage: generate.py OUT_DIR [--pages 10000] [--errors 0] [--technical] [--realistic]
"""
import argparse
import os
import random
import shutil

LANGS = ["zh", "ja", "fr", "en"]

WORDS = {
    "en": ("workload budget invoice latency provider contract region cluster forecast usage quota "
           "discount vendor estimate pipeline capacity storage network team review margin").split(),
    "fr": ("charge budget facture latence fournisseur contrat région grappe prévision usage quota "
           "remise prestataire estimation chaîne capacité stockage réseau équipe revue marge").split(),
    "zh": "工作负载 预算 账单 延迟 供应商 合同 区域 集群 预测 用量 配额 折扣 厂商 估算 流水线 容量 存储 网络 团队 评审 利润".split(),
    "ja": "ワークロード 予算 請求書 レイテンシ 事業者 契約 リージョン クラスタ 予測 使用量 クォータ 割引 ベンダー 見積もり パイプライン 容量 ストレージ ネットワーク チーム レビュー 利益".split(),
}

# Per language: headings, table headers, total label, formula comment, currency writer, glue.
TEXT = {
    "en": dict(title="Cost report {n}: {w} and {v}", summary="Monthly cost of the {w} workload across {k} services.",
               intro="Introduction", usage="Usage and unit costs", monthly="Monthly cost", calc="Worked calculations",
               notes="Notes", item="Service", calls="Calls per day", cpc="Cost per call ($)", daily="Daily cost ($)",
               month="Monthly cost ($)", total="Total", calls_unit=" calls",
               f1="<!-- formula: [Daily cost] = [Calls per day] × [Cost per call] -->",
               f2="<!-- formula: [Monthly cost] = [Daily cost] × days_per_month -->",
               sentence="The {a} depends on the {b}, so the {c} is reviewed before the {d} changes",
               end=". ", chart="Monthly cost by service"),
    "fr": dict(title="Rapport de coûts {n} : {w} et {v}", summary="Coût mensuel de la charge {w} sur {k} services.",
               intro="Introduction", usage="Usage et coûts unitaires", monthly="Coût mensuel", calc="Calculs détaillés",
               notes="Remarques", item="Service", calls="Appels par jour", cpc="Coût par appel ($)", daily="Coût journalier ($)",
               month="Coût mensuel ($)", total="Total", calls_unit=" appels",
               f1="<!-- formula: [Coût journalier] = [Appels par jour] × [Coût par appel] -->",
               f2="<!-- formula: [Coût mensuel] = [Coût journalier] × days_per_month -->",
               sentence="La {a} dépend de la {b}, donc la {c} est revue avant que la {d} ne change",
               end=". ", chart="Coût mensuel par service"),
    "zh": dict(title="成本报告{n}：{w}与{v}", summary="{w}工作负载在{k}项服务上的月度成本。",
               intro="引言", usage="用量与单价", monthly="月度成本", calc="计算过程", notes="说明",
               item="服务", calls="日调用量（次）", cpc="单次成本（美元）", daily="日成本（美元）", month="月成本（美元）",
               total="合计", calls_unit="次",
               f1="<!-- formula: 日成本 = 日调用量 × 单次成本 -->",
               f2="<!-- formula: 月成本 = 日成本 × days_per_month -->",
               sentence="{a}取决于{b}，因此在{d}变化之前要先复核{c}", end="。", chart="各服务月成本"),
    "ja": dict(title="コストレポート{n}：{w}と{v}", summary="{w}ワークロードの{k}サービスにおける月額コスト。",
               intro="はじめに", usage="使用量と単価", monthly="月額コスト", calc="計算の詳細", notes="補足",
               item="サービス", calls="1日の呼び出し数（回）", cpc="1回あたりのコスト（ドル）", daily="日額（ドル）",
               month="月額（ドル）", total="合計", calls_unit="回",
               f1="<!-- formula: 日額 = 呼び出し数 × [1回あたりのコスト] -->",
               f2="<!-- formula: 月額 = 日額 × days_per_month -->",
               sentence="{a}は{b}に左右されるため、{d}が変わる前に{c}を見直します", end="。", chart="サービス別の月額"),
}


def group_number(value, lang, decimals):
    """`value` is an integer count of 10^-decimals units; written as the language writes money."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole, frac = divmod(value, 10 ** decimals)
    digits = f"{whole:,}"
    if lang == "fr":
        digits = digits.replace(",", " ")
        sep = ","
    else:
        sep = "."
    return sign + digits + (sep + str(frac).rjust(decimals, "0") if decimals else "")


def money(value, lang, decimals=2):
    n = group_number(value, lang, decimals)
    return {"en": "$" + n, "fr": n + " $", "zh": n + "美元", "ja": n + "ドル"}[lang]


def prose(rng, lang, sentences):
    words = WORDS[lang]
    t = TEXT[lang]
    out = []
    for _ in range(sentences):
        a, b, c, d = (rng.choice(words) for _ in range(4))
        s = t["sentence"].format(a=a, b=b, c=c, d=d)
        out.append(s[0].upper() + s[1:] + t["end"])
    return ("" if lang in ("zh", "ja") else "").join(out).strip()


SCRIPT_LANGS = [("yaml", ["pipeline:", "  region: eu-west-{g}", "  replicas: {r}", "  limits:", "    cpu: \"{r}\"", "    memory: {m}Gi",
                            "  schedule: \"0 */{r} * * *\"", "  owners: [finance, platform]"]),
                ("json", ["{{", '  "report": {g},', '  "replicas": {r},', '  "memory_gib": {m},', '  "tags": ["cost", "monthly"]', "}}"]),
                ("sql", ["SELECT service, SUM(calls) AS calls, SUM(cost) AS cost", "FROM usage_{g}", "WHERE day >= DATE '2025-01-01'",
                         "GROUP BY service", "HAVING SUM(cost) > {m}", "ORDER BY cost DESC;"])]


def technical(group, lang, rows, t):
    """Code, formulas and (one page in ten) a diagram, in the proportions of technical write-ups."""
    L = [f"## {t['calc']} (script)", ""]
    L.append("The monthly figure follows $C = \\sum_i n_i \\times p_i \\times 30$ for the services $i$:")
    L.append("")
    L.append("$$")
    L.append("C_{month} = 30 \\times \\sum_{i=1}^{k} n_i \\, p_i")
    L.append("$$")
    L.append("")
    L.append("```python")
    L.append("import json")
    L.append("")
    L.append(f"RATES = {{")
    for name, calls, cpc, _, _ in rows:
        L.append(f'    "{name}": ({calls}, {cpc}),')
    L.append("}")
    L.append("")
    L.append("def monthly(calls, cost_per_call, days=30):")
    L.append('    """Cost of a service over a month of equal days."""')
    L.append("    return calls * cost_per_call * days")
    L.append("")
    L.append("def report(rates):")
    L.append("    rows = {name: monthly(calls, cpc) for name, (calls, cpc) in rates.items()}")
    L.append("    rows[\"total\"] = sum(rows.values())")
    L.append("    return rows")
    L.append("")
    L.append("if __name__ == \"__main__\":")
    L.append("    for name, value in report(RATES).items():")
    L.append("        print(f\"{name:>12}: {value:10.2f}\")")
    L.append("    print(json.dumps(report(RATES), indent=2))")
    L.append("```")
    L.append("")
    L.append("```bash")
    L.append("#!/usr/bin/env bash")
    L.append("set -euo pipefail")
    L.append(f'for day in $(seq 1 30); do')
    L.append(f'  curl -s "https://billing.example.org/usage?report={group}&day=$day" >> usage.jsonl')
    L.append("done")
    L.append("jq -s 'map(.cost) | add' usage.jsonl")
    L.append("```")
    L.append("")
    name, body = SCRIPT_LANGS[group % len(SCRIPT_LANGS)]
    L.append(f"```{name}")
    L.extend(line.format(g=group % 9 + 1, r=group % 7 + 2, m=(group % 5 + 1) * 4) for line in body)
    L.append("```")
    L.append("")
    if group % 10 == 5:
        L.append("```mermaid")
        L.append("graph TD")
        L.append(f"    A[{rows[0][0]}] --> B{{{t['monthly']}?}}")
        L.append(f"    B -->|ok| C[{t['total']}]")
        L.append(f"    B -->|review| D[{t['notes']}]")
        L.append("    D -.-> A")
        L.append("    style C fill:#e3f2fd,stroke:#1565c0")
        L.append("```")
        L.append("")
    return L


RAW_HTML = {
    "en": ("How the figures were gathered", "Usage comes from the provider's daily export; prices from its published rate card."),
    "fr": ("D'où viennent les chiffres", "L'usage vient de l'export quotidien du fournisseur, les prix de sa grille publiée."),
    "zh": ("数据来源", "用量取自供应商的每日导出，价格取自其公开的价目表。"),
    "ja": ("数値の出典", "使用量は事業者の日次エクスポート、価格は公開料金表によります。"),
}


def realistic(group, lang, t, text_rng):
    """What documentation pages carry beyond prose: raw HTML, now and then a long page or a big table."""
    summary, body = RAW_HTML[lang]
    L = ["<details>", f"<summary>{summary}</summary>", "", f"<p>{body}</p>", "</details>", ""]
    if group % 20 == 7:
        for _ in range(40):
            L.append(prose(text_rng, lang, 5))
            L.append("")
    if group % 20 == 13:
        rng = random.Random(group * 104729 + 3)
        L.append(f"| {t['item']} | {t['calls']} | {t['cpc']} | {t['daily']} |")
        L.append("| --- | ---: | ---: | ---: |")
        for r in range(60):
            calls = rng.randint(1, 900) * 10
            cpc = rng.randint(1, 900)
            L.append(f"| row-{r + 1:02d} | {group_number(calls, lang, 0)} | {group_number(cpc, lang, 3)} | "
                     f"{group_number(calls * cpc // 10, lang, 2)} |")
        L.append("")
    return L


def page(group, lang, plant_error, with_code=False, real=False):
    rng = random.Random(group * 7919 + 17)   # the same numbers in every language of a group
    services = rng.randint(3, 6)
    rows = []
    for s in range(services):
        calls = rng.randint(1, 400) * 10            # a multiple of 10
        cpc = rng.randint(1, 900)                    # thousandths of a dollar
        daily = calls * cpc // 10                    # cents: calls × cpc/1000 dollars, exact
        rows.append((f"svc-{chr(65 + s)}{group % 97}", calls, cpc, daily, daily * 30))
    words = WORDS["en"]
    w, v = words[group % len(words)], words[(group * 3 + 1) % len(words)]
    t = TEXT[lang]
    tw, tv = WORDS[lang][group % len(WORDS[lang])], WORDS[lang][(group * 3 + 1) % len(WORDS[lang])]
    text_rng = random.Random(group * 31 + LANGS.index(lang))
    total_daily = sum(r[3] for r in rows)
    total_month = sum(r[4] for r in rows)
    stated_total = total_month + (100 if plant_error else 0)
    day = 1 + group % 28
    month = 1 + (group // 28) % 12
    year = 2023 + (group // 336) % 3
    L = []
    L.append("---")
    L.append(f'title: "{t["title"].format(n=group, w=tw, v=tv)}"')
    L.append(f"date: {year}-{month:02d}-{day:02d}")
    L.append(f'summary: "{t["summary"].format(w=tw, k=services)}"')
    L.append(f"tags: [{w}, {v}]")
    L.append(f"translationKey: report-{group:05d}")
    L.append("days_per_month: 30")
    L.append("---")
    L.append("")
    L.append(f"## {t['intro']}")
    L.append("")
    for _ in range(2):
        L.append(prose(text_rng, lang, 4))
        L.append("")
    L.append(f"## {t['usage']}")
    L.append("")
    L.append(f"| {t['item']} | {t['calls']} | {t['cpc']} | {t['daily']} |")
    L.append("| --- | ---: | ---: | ---: |")
    for name, calls, cpc, daily, _ in rows:
        L.append(f"| {name} | {group_number(calls, lang, 0)} | {group_number(cpc, lang, 3)} | {group_number(daily, lang, 2)} |")
    L.append("")
    L.append(t["f1"])
    L.append("")
    L.append(prose(text_rng, lang, 3))
    L.append("")
    L.append(f"## {t['monthly']}")
    L.append("")
    L.append(f"| {t['item']} | {t['daily']} | {t['month']} |")
    L.append("| --- | ---: | ---: |")
    for name, _, _, daily, monthly in rows:
        L.append(f"| {name} | {group_number(daily, lang, 2)} | {group_number(monthly, lang, 2)} |")
    L.append(f"| **{t['total']}** | **{group_number(total_daily, lang, 2)}** | **{group_number(stated_total, lang, 2)}** |")
    L.append("")
    L.append(t["f2"])
    L.append("")
    if group % 10 == 0:
        L.append("```chart")
        L.append("type: bar")
        L.append(f"title: {t['chart']}")
        L.append("table: 2")
        L.append(f"value: {t['month']}")
        L.append("```")
        L.append("")
    L.append(f"## {t['calc']}")
    L.append("")
    name, calls, cpc, daily, monthly = rows[0]
    L.append(f"- {group_number(calls, lang, 0)}{t['calls_unit']} × {money(cpc, lang, 3)} = {money(daily, lang)}")
    L.append(f"- {money(daily, lang)} × 30 = {money(monthly, lang)}")
    L.append(f"- {money(rows[0][3], lang)} + {money(rows[1][3], lang)} = {money(rows[0][3] + rows[1][3], lang)}")
    L.append("")
    if with_code:
        L += technical(group, lang, rows, t)
    if real:
        L += realistic(group, lang, t, text_rng)
    L.append(f"### {t['notes']}")
    L.append("")
    for _ in range(2):
        L.append(prose(text_rng, lang, 5))
        L.append("")
    return "\n".join(L)


SITE_YAML = """title:
  zh: 成本报告
  ja: コストレポート
  fr: Rapports de coûts
  en: Cost reports
defaultLanguage: en
languages: [zh, ja, fr, en]
baseURL: https://example.org/reports/
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--technical", action="store_true")
    ap.add_argument("--realistic", action="store_true")
    args = ap.parse_args()
    groups = args.pages // len(LANGS)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    with open(os.path.join(args.out, "site.yaml"), "w", encoding="utf-8") as f:
        f.write(SITE_YAML + ("allowRawHTML: true\n" if args.realistic else ""))
    planted = set(range(0, groups, max(1, groups // max(1, args.errors)))[: args.errors]) if args.errors else set()
    for g in range(groups):
        for lang in LANGS:
            if args.realistic:
                folder, name = os.path.join(args.out, lang, "reports", f"s{g // 500:02d}"), f"r{g:05d}.md"
            else:
                folder, name = os.path.join(args.out, "reports", f"s{g // 500:02d}"), f"r{g:05d}.{lang}.md"
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(page(g, lang, lang == "en" and g in planted, args.technical, args.realistic) + "\n")
    print(f"generated {groups * len(LANGS)} pages in {args.out} ({len(planted)} planted errors)")


if __name__ == "__main__":
    main()
