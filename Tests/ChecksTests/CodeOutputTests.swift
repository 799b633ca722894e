import Checks
import TestSupport
import Testing

/// A listing's printed figures, stated in an output block or in comments, agree with what the
/// listing computes; prose and comments that are not its output stay silent.
@Suite struct CodeOutputTests {
    private static let listing = """
        ---
        lang: ja
        ---

        ```python
        price = 4_000_000
        rate = 0.0185
        monthly = price * rate
        print(f"月額リース料: {monthly:,.0f} 円")
        print(f"リース総額: {monthly * 60:,.0f} 円")
        ```

        出力：

        ```
        月額リース料: MONTHLY 円
        リース総額: 4,440,000 円
        ```
        """

    @Test func aWrongFigureInTheOutputBlockIsFoundAtItsColumn() throws {
        let found = check(["lease.md": Self.listing.replacingOccurrences(of: "MONTHLY", with: "73,200")]).diagnostics
        let finding = try #require(found.first { $0.rule == "code-output" })
        #expect(finding.location.description == "lease.md:16:9")
        #expect(finding.stated == "73,200")
        #expect(finding.computed == "74,000")
        #expect(found.filter { $0.rule == "code-output" }.count == 1)
    }

    @Test func theRightFigureAndARoundedOneAreSilent() {
        for stated in ["74,000", "74000"] {
            let found = check(["lease.md": Self.listing.replacingOccurrences(of: "MONTHLY", with: stated)]).diagnostics
            #expect(found.isEmpty, "\(stated): \(describe(found))")
        }
    }

    /// An output pasted as an indented block, or in a code span after an output label.
    @Test func indentedOutputAndAnOutputInACodeSpanAreStatements() {
        let listing = "```python\nbudget = 5000\norder = 4544 * 0.88\nprint(f\"left: {budget - order:.2f}\")\n```\n\n"
        let indented = listing + "    left: 1010.28\n"
        let inline = listing + "Output: `left: 1010.28`\n"
        for page in [indented, inline] {
            let found = check(["order.en.md": page]).diagnostics.filter { $0.rule == "code-output" }
            #expect(found.map(\.computed) == ["1001.28"], "\(describe(found))")
            let right = page.replacingOccurrences(of: "1010.28", with: "1001.28")
            #expect(check(["order.en.md": right]).diagnostics.isEmpty)
        }
    }

    /// A remark on the printing line that is no output leaves the comment under it to state it.
    @Test func aRemarkOnThePrintLeavesTheCommentBelow() {
        let page =
            "```python\nkm = 6 * 45\nprint(round(km * 0.05 * 0.52 * 30, 1))   # 电价 0.52 元/度，30 天\n# 输出: 201.6\n```\n"
        let found = check(["power.zh.md": page]).diagnostics.filter { $0.rule == "code-output" }
        #expect(found.map(\.computed) == ["210.6"], "\(describe(found))")
        #expect(check(["power.zh.md": page.replacingOccurrences(of: "201.6", with: "210.6")]).diagnostics.isEmpty)
    }

    /// `$ python3 -c "print(…)"` in a console block, and what it printed under it.
    @Test func aShellOneLinerAndItsOutputAreChecked() {
        let page = "```\n$ python3 -c \"print(2880*0.80)\"\n2340.0\n$ echo done\ndone\n```\n"
        let found = check(["nodes.en.md": page]).diagnostics.filter { $0.rule == "code-output" }
        #expect(found.map(\.location.line) == [3], "\(describe(found))")
        #expect(found.map(\.computed) == ["2304.0"], "\(describe(found))")
        #expect(check(["nodes.en.md": page.replacingOccurrences(of: "2340.0", with: "2304.0")]).diagnostics.isEmpty)
    }

    @Test func commentsOnAndUnderThePrintingLineAreStatements() {
        let text = """
            ```python
            PRICES = {"a": (2.50, 10.00), "b": (0.15, 0.60)}

            def cost(model, m_in, m_out):
                p_in, p_out = PRICES[model]
                return m_in * p_in + m_out * p_out

            print(cost("a", 120, 30))        # 600.0
            print(cost("b", 900, 210))       # 216.0
            print(sum(x * 48 for x in [1080, 760]), 7 // 2)
            # => 88320 4
            print(8)   # 8月の振込額
            ```
            """
        let found = check(["c.md": text], languages: ["en"]).diagnostics
        #expect(describe(found) == describe(found.filter { $0.rule == "code-output" }))
        #expect(found.map(\.location.description) == ["c.md:9:36", "c.md:11:12"])
        #expect(found.map(\.computed) == ["261.0", "3"])
    }

    @Test func listingsBeyondTheSubsetOrWithoutOutputAreLeftAlone() {
        let text = """
            ```python
            import os
            print(len(os.listdir(".")))
            ```

            ```text
            12
            ```

            ```python
            total = 3 * 4
            ```

            12 is the total; 13 is printed nowhere.
            """
        #expect(check(["u.md": text], languages: ["en"]).diagnostics.isEmpty)
    }
}
