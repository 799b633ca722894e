import Foundation
import Testing

@testable import PythonSubset

@Suite struct PythonListingTests {
    private func lines(_ source: String) -> [String] {
        PythonListing.run(source).printed.map(\.text)
    }

    @Test func formatsLikePython() {
        let source = """
            price = 4_000_000
            rate = 0.0185
            print(f"monthly: {price * rate:,.0f} yen")
            print(f"share: {41_400 / 276_000:.1%}", f"{1234.5:>10.2f}|")
            print(120 * 2.50 + 30 * 10.00, 7 // 2, 7 / 2, 2 ** 10)
            print("{} costs {:.2f}".format("tea", 3.456), format(1e-05, ".2e"))
            """
        #expect(
            lines(source) == [
                "monthly: 74,000 yen",
                "share: 15.0%    1234.50|",
                "600.0 3 3.5 1024",
                "tea costs 3.46 1.00e-05",
            ])
    }

    /// A float prints as the double nearest its exact value, as Python's does: a sum a hair under
    /// 1830 in exact decimals is 1830.0, not 1829.9999999999993.
    @Test func printsTheNearestDouble() {
        #expect(lines("n = 120\nprint(96_600 / n + 41 / 60 * 1_500)\n") == ["1830.0"])
        #expect(lines("print(1 / 3)\n") == ["0.3333333333333333"])
    }

    @Test func runsLoopsFunctionsAndContainers() {
        let source = """
            PRICES = {"a": (2.50, 10.00), "b": (0.15, 0.60)}

            def cost(model, m_in, m_out=0):  # millions of tokens
                p_in, p_out = PRICES[model]
                if m_in <= 0:
                    return 0
                return m_in * p_in + m_out * p_out

            for name, (p_in, p_out) in PRICES.items():
                print(f"{name:4s} {cost(name, 120, m_out=30):.2f}")
            demand = [1080, 760, 1150]
            print("total:", sum(d * 48 for d in demand), max(demand), round(2.346, 2), int(-3.7))
            """
        #expect(lines(source) == ["a    600.00", "b    36.00", "total: 143520 1150 2.35 -3"])
    }

    @Test func keepsNumbersAsTypedPieces() throws {
        let run = PythonListing.run("x = 13.594\nprint(f\"cost per trip: ${x:.2f}\")\n")
        let line = try #require(run.printed.first)
        #expect(line.statementLine == 2)
        #expect(
            line.pieces == [
                .text("cost per trip: $"),
                .number(PrintedNumber(shown: Decimal(string: "13.594")!, text: "13.59", isExact: false)),
            ])
    }

    @Test func recordsCommentsWithTheirColumns() {
        let run = PythonListing.run("print(600.0)  # 600.0\n# => 12\n")
        #expect(
            run.comments == [
                PythonComment(line: 1, column: 16, text: " 600.0", trailsCode: true),
                PythonComment(line: 2, column: 2, text: " => 12", trailsCode: false),
            ])
    }

    @Test func stopsWhereTheSubsetEnds() {
        let run = PythonListing.run("print(1)\nimport os\nprint(os.getcwd())\nprint(2)\n")
        #expect(run.printed.map(\.text) == ["1"])
        #expect(!run.completed)
        #expect(!PythonListing.run("while True:\n    pass\n").completed)
        #expect(!PythonListing.run("print(\"unclosed)\n").completed)
        #expect(PythonListing.run("print(\"unclosed)\n").printed.isEmpty)
    }
}

/// Inputs the fuzzer found, kept so they stay harmless.
@Suite struct PythonFuzzRegressionTests {
    @Test func brokenFieldInsideAnFString() {
        let source = """
            for name in [1]:
                print(f"{name:4s} {p_in / p_out0, 760]), 7 // 2} costs {:.2f}".format("tea", 3.456),(sum(d * 48 for d in [1080]), 7 // 2, 2 ** -2)
            """
        #expect(PythonListing.run(source).printed.isEmpty)
    }
}
