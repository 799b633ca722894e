import TextKit

extension FlowchartParser {
    /// The edge starting here (its ends left empty), nil when none starts here or it is malformed
    /// (then a problem says why).
    ///
    /// Forms: an optional tail (`<`, `o`, `x`), a body of `-`, `=` or `-.-` characters, an
    /// optional head (`>`, `o`, `x`); `~~~`; `-- text -->` (also `== text ==>`, `-. text .->`);
    /// and `|text|` after any of them.
    mutating func edge(_ scanner: inout LineScanner) -> FlowEdge? {
        let start = scanner.index
        let position = scanner.position
        var tail = FlowEdge.End.none
        if scanner.current == "<" {
            tail = .arrow; scanner.index += 1
        } else if let c = scanner.current, c == "o" || c == "x", let next = scanner.peek(1), "-=.".contains(next) {
            tail = c == "o" ? .circle : .cross
            scanner.index += 1
        }
        var edge = FlowEdge(
            from: "", to: "", label: nil, stroke: .solid, head: .none, tail: tail, extraLength: 0, position: position)
        if scanner.take("~~~") {
            let extra = scanner.read { $0 == "~" }.count
            edge.stroke = .invisible
            edge.extraLength = extra
            return withPipeLabel(edge, &scanner)
        }
        let body = scanner.read { "-=.".contains($0) }
        guard !body.isEmpty else {
            scanner.index = start
            return nil
        }
        guard let stroke = Self.stroke(of: body) else {
            fail("'\(body)' is not an edge; edges look like -->, ---, -.->, ==> or ~~~", at: position)
            return nil
        }
        edge.stroke = stroke
        edge.head = head(&scanner)
        let opensText =
            edge.head == .none && ["--", "==", "-."].contains(body)
            && (scanner.current == " " || scanner.current == "\t")
        if opensText {
            guard let (label, closing, head) = textAndClosing(&scanner, stroke: stroke) else {
                fail(
                    "the edge text after '\(body)' has no closing edge such as '\(stroke == .thick ? "==>" : stroke == .dotted ? ".->" : "-->")'",
                    at: position)
                return nil
            }
            edge.label = Self.lines(of: label).joined(separator: "\n")
            edge.head = head
            edge.extraLength = Self.extraLength(closing, stroke: stroke, head: head, text: true)
        } else {
            let minimum = stroke == .dotted ? 3 : edge.head == .none && tail == .none ? 3 : 2
            guard body.count >= minimum || (stroke == .dotted && body.count >= 2 && edge.head != .none) else {
                fail(
                    "'\(body)' is too short for an edge; write \(stroke == .thick ? "==> or ===" : stroke == .dotted ? "-.-> or -.-" : "--> or ---")",
                    at: position)
                return nil
            }
            edge.extraLength = Self.extraLength(body, stroke: stroke, head: edge.head, text: false)
        }
        return withPipeLabel(edge, &scanner)
    }

    private static func stroke(of body: String) -> FlowEdge.Stroke? {
        if body.allSatisfy({ $0 == "-" }) { return .solid }
        if body.allSatisfy({ $0 == "=" }) { return .thick }
        // -.-, -..-, -.- with the closing dash dropped before a head (-.->): dots between dashes.
        let dots = body.drop { $0 == "-" }.prefix { $0 == "." }
        if body.first == "-", !dots.isEmpty, body.dropFirst().drop(while: { $0 == "." }).allSatisfy({ $0 == "-" }),
            body.count - dots.count <= 2
        {
            return .dotted
        }
        return nil
    }

    private static func extraLength(_ body: String, stroke: FlowEdge.Stroke, head: FlowEdge.End, text: Bool) -> Int {
        switch stroke {
        case .dotted: return max(0, body.filter { $0 == "." }.count - 1)
        case .invisible: return 0
        case .solid, .thick: return max(0, body.count - (head == .none && !text ? 3 : 2))
        }
    }

    private func head(_ scanner: inout LineScanner) -> FlowEdge.End {
        switch scanner.current {
        case ">": scanner.index += 1; return .arrow
        case "o": scanner.index += 1; return .circle
        case "x": scanner.index += 1; return .cross
        default: return .none
        }
    }

    /// `-- text -->`: the text up to the first closing edge of the same stroke, and that edge.
    private func textAndClosing(_ scanner: inout LineScanner, stroke: FlowEdge.Stroke) -> (
        String, String, FlowEdge.End
    )? {
        let run: Character = stroke == .thick ? "=" : stroke == .dotted ? "." : "-"
        var probe = scanner
        while !probe.atEnd {
            guard probe.current == run else { probe.index += 1; continue }
            let textEnd = probe.index
            let closing = probe.read { "-=.".contains($0) }
            let valid: Bool
            switch stroke {
            case .solid: valid = closing.count >= 2 && closing.allSatisfy { $0 == "-" }
            case .thick: valid = closing.count >= 2 && closing.allSatisfy { $0 == "=" }
            default:
                valid =
                    closing.hasPrefix(".") && closing.hasSuffix("-")
                    && closing.drop { $0 == "." }.allSatisfy { $0 == "-" }
            }
            guard valid else { continue }
            let head = head(&probe)
            guard head != .none || closing.count >= 3 || stroke == .dotted else { continue }
            let text = String(scanner.characters[scanner.index..<textEnd]).trimmingSpaces
            scanner.index = probe.index
            return (text, closing, head)
        }
        return nil
    }

    /// A `|text|` right after the edge, which replaces any `-- text -->` text.
    private mutating func withPipeLabel(_ edge: FlowEdge, _ scanner: inout LineScanner) -> FlowEdge? {
        var edge = edge
        let mark = scanner.index
        scanner.skipSpaces()
        guard scanner.current == "|" else { scanner.index = mark; return edge }
        let start = scanner.position
        scanner.index += 1
        guard var text = scanner.read(until: "|") else {
            fail("the edge label opened with '|' has no closing '|'", at: start)
            return nil
        }
        text = text.trimmingSpaces
        if text.count >= 2, text.first == "\"", text.last == "\"" { text = String(text.dropFirst().dropLast()) }
        edge.label = Self.lines(of: text).joined(separator: "\n")
        return edge
    }
}
