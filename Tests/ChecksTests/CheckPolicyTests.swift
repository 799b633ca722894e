import Checks
import Content
import Testing

/// Each threshold of `CheckPolicy` decides something a test can see from both sides.
@Suite struct CheckPolicyTests {
    private func errors(_ files: [String: String]) -> [Diagnostic] {
        check(files, languages: ["zh", "ja", "fr", "en"]).diagnostics.filter { $0.severity == .error }
    }

    /// A guessed relation needs three supporting rows: two rows that agree make no rule of the third.
    @Test func guessedRelationNeedsThreeSupportingRows() {
        let twoSupport =
            "---\ntitle: t\n---\n\n| Item | Qty | Price | Cost |\n|---|--:|--:|--:|\n| A | 2 | 10 | 20 |\n| B | 3 | 10 | 30 |\n| C | 4 | 10 | 45 |\n"
        let threeSupport = twoSupport.replacingOccurrences(
            of: "| C | 4 | 10 | 45 |\n", with: "| C | 4 | 10 | 40 |\n| D | 5 | 10 | 55 |\n")
        #expect(errors(["a.en.md": twoSupport]).isEmpty)
        #expect(errors(["a.en.md": threeSupport]).map(\.stated) == ["55"])
    }

    /// A guessed relation's figure more than 3.5 times from its value is no slip: a warning that
    /// the relation may be misread, unless it is a power of ten off (a unit) or its digits swapped.
    /// A calculation the author wrote out stays an error however far off.
    @Test func guessedRelationFarFromItsValueIsAWarning() {
        func table(_ last: String) -> String {
            "---\ntitle: t\n---\n\n| Item | Qty | Price | Cost |\n|---|--:|--:|--:|\n| A | 2 | 10 | 20 |\n| B | 3 | 10 | 30 |\n| C | 4 | 10 | 40 |\n| D | 5 | 10 | \(last) |\n"
        }
        for (stated, isError) in [("170", true), ("180", false), ("500", true), ("5", true), ("260", false)] {
            let findings = check(["a.en.md": table(stated)]).diagnostics.filter { $0.stated == stated }
            #expect(findings.map(\.severity) == [isError ? .error : .warning], "\(stated) for 50")
        }
        let written = "---\ntitle: t\n---\n\nFive crates at 10 each: 5 × 10 = 260.\n"
        #expect(errors(["a.en.md": written]).map(\.stated) == ["260"])
    }

    /// A yearly column beside a monthly one is × 12 by the headers' words, so two rows confirm
    /// it; the same columns under headers that name no period stay a guess of two rows.
    @Test func monthlyToYearlyNeedsTwoSupportingRows() {
        let named =
            "---\ntitle: t\n---\n\n| Vendor | Monthly ($) | Annual ($) |\n|---|--:|--:|\n| A | 100 | 1,200 |\n| B | 250 | 3,000 |\n| C | 400 | 4,950 |\n"
        let unnamed = named.replacingOccurrences(of: "| Monthly ($) | Annual ($) |", with: "| Plan ($) | Other ($) |")
        #expect(errors(["a.en.md": named]).map(\.stated) == ["4,950"])
        #expect(errors(["a.en.md": unnamed]).isEmpty)
    }

    /// A column beside a count and a unit price is their product by the price header's word, so
    /// two rows confirm it; the same columns under a bare `Price` header stay a guess of two rows.
    @Test func unitPriceProductNeedsTwoSupportingRows() {
        let named =
            "---\ntitle: t\n---\n\n| Order | Pieces | Unit price (€) | Amount (€) |\n|---|--:|--:|--:|\n| A | 14 | 680 | 9,520 |\n| B | 20 | 190 | 3,800 |\n| C | 6 | 850 | 5,950 |\n"
        let unnamed = named.replacingOccurrences(of: "| Unit price (€) |", with: "| Price (€) |")
        #expect(errors(["a.en.md": named]).map(\.stated) == ["5,950"])
        #expect(errors(["a.en.md": unnamed]).isEmpty)
    }

    /// Two supporting rows make a rule only of a third row that breaks it by a slip of the pen
    /// (two digits swapped, one changed); any other difference leaves the table alone.
    @Test func twoRowsConfirmARuleOnlyAgainstASlip() {
        let slip =
            "---\ntitle: t\n---\n\n| Vendor | Price (€) | Qty | Amount (€) |\n|---|--:|--:|--:|\n| A | 0.58 | 3,000 | 1,470.00 |\n| B | 0.62 | 3,000 | 1,860.00 |\n| C | 0.55 | 3,000 | 1,650.00 |\n"
        let other = slip.replacingOccurrences(of: "1,470.00", with: "1,525.00")
        #expect(errors(["a.en.md": slip]).map(\.stated) == ["1,470.00"])
        #expect(errors(["a.en.md": other]).isEmpty)
    }

    /// A column that is another times a factor the page never states (a fuel price) is found
    /// from the rows' rounding intervals; small round counts never make such a factor.
    @Test func unstatedFactorNeedsRowsOfThreeDigits() {
        let fuel =
            "---\ntitle: t\n---\n\n| Van | Litres | Cost |\n|---|--:|--:|\n| A | 580.8 | 4,425.70 |\n| B | 650.0 | 4,953.00 |\n| C | 507.0 | 3,863.34 |\n| D | 531.0 | 4,064.22 |\n"
        let counts =
            "---\ntitle: t\n---\n\n| Team | People | Desks |\n|---|--:|--:|\n| A | 10 | 3 |\n| B | 20 | 6 |\n| C | 30 | 9 |\n| D | 40 | 14 |\n"
        #expect(errors(["a.en.md": fuel]).map(\.stated) == ["4,064.22"])
        #expect(errors(["b.en.md": counts]).isEmpty)
    }

    /// A per-token price is never read as a price per scale unit; a per-million-sized one is.
    @Test func pricePerScaleUnitOnlyForPricesOfThatSize() {
        let perToken = "---\ntitle: t\n---\n\n- 1000万输入token × 5e-06美元 = 0.005美元\n"
        let perMillion = "---\ntitle: t\n---\n\n- 120百万 × 0.06美元 = 7.20美元\n"
        #expect(errors(["a.zh.md": perToken]).count == 1)
        #expect(errors(["b.zh.md": perMillion]).isEmpty)
    }

    /// Versions whose tables mostly differ in shape are said not to be translations, once.
    @Test func versionsWithDifferentTablesAreNotCompared() {
        let a = "---\ntitle: A\ntranslationKey: k\n---\n\n| A | B |\n|---|--:|\n| x | 1 |\n| y | 2 |\n"
        let b = "---\ntitle: B\ntranslationKey: k\n---\n\n| A | B | C |\n|---|--:|--:|\n| x | 5 | 6 |\n"
        let found = check(["a.en.md": a, "b.fr.md": b]).diagnostics
        #expect(found.filter { $0.rule == "translation" && $0.severity == .warning }.count == 1)
        #expect(found.filter { $0.severity == .error }.isEmpty)
    }

    /// A figure that differs with nothing agreeing around it is no drift: the versions simply differ.
    @Test func driftNeedsAnAgreeingFigure() {
        let en = "---\ntitle: A\ntranslationKey: k\n---\n\nWe had 120 guests.\n"
        let fr = "---\ntitle: B\ntranslationKey: k\n---\n\nNous avions 125 invités.\n"
        #expect(errors(["a.en.md": en, "a.fr.md": fr]).isEmpty)
        let enMore = en.replacingOccurrences(of: "120 guests.", with: "120 guests and 45 tables.")
        let frMore = fr.replacingOccurrences(of: "125 invités.", with: "125 invités et 45 tables.")
        #expect(errors(["a.en.md": enMore, "a.fr.md": frMore]).count == 1)
    }
}
