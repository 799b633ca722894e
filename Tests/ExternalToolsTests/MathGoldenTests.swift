import ExternalTools
import Foundation
import Site
import TestSupport
import Testing

/// KaTeX in one node process: MathML only, precise errors, a missing node noticed.
@Suite struct MathGoldenTests {
    static let renderer = KatexRenderer()

    static let formulas: [(name: String, tex: String, display: Bool)] = [
        ("inline-cost", #"C = n \times p"#, false),
        (
            "display-monthly",
            #"C_{\text{month}} = \frac{T_{\text{in}}}{10^6} \cdot p_{\text{in}} + \frac{T_{\text{out}}}{10^6} \cdot p_{\text{out}}"#,
            true
        ),
        ("sum-expectation", #"\mathbb{E}[C] = \sum_{i=1}^{30} c_i \approx 30\,\bar{c}"#, true),
    ]

    @Test(arguments: formulas.map(\.name))
    func formulaMatchesGolden(name: String) throws {
        let formula = try #require(Self.formulas.first { $0.name == name })
        guard case .mathML(let math) = Self.renderer.render(formula.tex, display: formula.display) else {
            Issue.record("KaTeX did not typeset \(name); are nodejs and katex installed (scripts/bootstrap)?")
            return
        }
        #expect(math.hasPrefix("<math xmlns=\"http://www.w3.org/1998/Math/MathML\""))
        #expect(math.hasSuffix("</math>"))
        #expect(formula.display == math.contains("display=\"block\""))
        assertGolden(math + "\n", named: "math-\(name).mathml")
    }

    @Test func texErrorCarriesKatexMessage() {
        guard case .error(let message) = Self.renderer.render(#"\frac{1}{2"#, display: false) else {
            Issue.record("an unclosed brace was typeset")
            return
        }
        #expect(message.contains("KaTeX parse error"))
        #expect(message.contains("Expected '}'") || message.contains("end of input"))
    }

    @Test func untrustedCommandsMakeNoLinks() {
        if case .mathML(let math) = Self.renderer.render(#"\href{javascript:alert(1)}{x}"#, display: false) {
            // The TeX stays in the annotation as text; no element links anywhere.
            #expect(!math.contains("href="))
        }
    }

    @Test func versionComesFromTheWorkersFirstLine() throws {
        let renderer = KatexRenderer()
        let identity = try #require(renderer.versioned.identify())
        #expect(identity.version.first?.isNumber == true)
        #expect(
            identity.files.contains { $0.contains("katex") }
                && identity.files.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        #expect(renderer.requestCount == 0)
        #expect(KatexRenderer(command: "/nonexistent/node").versioned.identify() == nil)
    }

    @Test func missingNodeIsUnavailableAndNoted() {
        let missing = KatexRenderer(command: "/nonexistent/node")
        #expect(missing.render("x", display: false) == .unavailable)
        #expect(missing.wasMissing)
    }

    /// The issue's measure: 1,000 formulas through the one node process.
    @Test func thousandFormulas() {
        let renderer = KatexRenderer()
        let start = Date()
        var typeset = 0
        for i in 0..<1000 {
            let formula = Self.formulas[i % Self.formulas.count]
            if case .mathML = renderer.render(formula.tex + " + \(i)", display: formula.display) { typeset += 1 }
        }
        let seconds = Date().timeIntervalSince(start)
        print(
            "math: 1000 formulas through one node process in \(String(format: "%.2f", seconds)) s (start-up included)")
        #expect(typeset == 1000)
    }
}
