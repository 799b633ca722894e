import Numbers

/// A written calculation found in a line of prose: `A × B = C`, `A + B + C = D`, `= A + B = C`.
///
/// Parts are separated by `=`; the first part with an operator is the computation, and every
/// single figure after it is a claim about its value (`X = A + B` claims X the other way round).
struct CalculationChain {
    /// The figures and operators of each `=`-separated part.
    struct Part {
        var figures: [LocatedFigure]
        var operators: [Character]
        var isApproximate = false
    }

    var parts: [Part]

    /// The chains of a run of text; figures joined by anything but an operator start a new chain.
    static func chains(in run: TextRun) -> [CalculationChain] {
        run.chains ?? find(in: run)
    }

    static func find(in run: TextRun) -> [CalculationChain] {
        guard run.figures.count >= 2 else { return [] }
        let chars = Array(run.text)
        var chains: [CalculationChain] = []
        var parts: [Part] = []
        func close() {
            if parts.count >= 2, parts.contains(where: { !$0.operators.isEmpty }) { chains.append(CalculationChain(parts: parts)) }
            parts = []
        }
        for (i, figure) in run.figures.enumerated() {
            if parts.isEmpty { parts = [Part(figures: [figure], operators: [])]; continue }
            let previous = run.figures[i - 1]
            let gapStart = previous.number.range.column - 1 + previous.number.range.length
            let gapEnd = figure.number.range.column - 1
            let gap = gapStart <= gapEnd && gapEnd <= chars.count ? chars[gapStart..<gapEnd] : []
            switch GapReader.read(gap) {
            case .operator(let op):
                parts[parts.count - 1].figures.append(figure)
                parts[parts.count - 1].operators.append(op)
            case .equals(let approximate):
                parts.append(Part(figures: [figure], operators: [], isApproximate: approximate))
            case .separator:
                close()
                parts = [Part(figures: [figure], operators: [])]
            }
        }
        close()
        return chains
    }
}

/// Reads what stands between two figures: one operator, an equals sign, or a separation.
enum GapReader {
    enum Token: Equatable {
        case `operator`(Character)
        case equals(approximate: Bool)
        case separator
    }

    static func read(_ gap: ArraySlice<Character>) -> Token {
        var found: Token?
        var i = gap.startIndex
        while i < gap.endIndex {
            let c = gap[i]
            let next: Character? = i + 1 < gap.endIndex ? gap[i + 1] : nil
            let previous: Character? = i > gap.startIndex ? gap[i - 1] : nil
            var token: Token?
            switch c {
            case "*", "_":
                // `**bold**` and `__bold__` are emphasis; a lone `*` between spaces multiplies.
                if next == c { i += 2; continue }
                if c == "_" { i += 1; continue }
                token = .operator("×")
            case "×", "✕", "·": token = .operator("×")
            case "x", "X":
                let spaced = (previous.map(\.isWhitespace) ?? true) && (next.map(\.isWhitespace) ?? true)
                if !spaced { i += 1; continue }
                token = .operator("×")
            case "÷", "/", "／": token = .operator("÷")
            case "+", "＋": token = .operator("+")
            case "−", "-", "–", "－":
                token = .operator("−")
            case "=", "＝": token = .equals(approximate: false)
            case "≈", "≒": token = .equals(approximate: true)
            default:
                if c.isWhitespace || c.isLetter || "()（）'’\"「」`@".contains(c) { i += 1; continue }
                return .separator
            }
            if found != nil { return .separator }
            found = token
            i += 1
        }
        return found ?? .separator
    }
}
