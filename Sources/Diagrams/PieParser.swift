import Foundation
import TextKit

/// A Mermaid pie chart's data: the Site module draws it with the project's bar charts.
public struct PieData: Sendable, Equatable {
    public struct Slice: Sendable, Equatable {
        public var label: String
        public var value: Decimal
        /// The value as written, so the chart labels repeat the author's figure.
        public var text: String
        public var position: BlockPosition
    }

    public var title: String?
    public var slices: [Slice] = []
}

/// Reads `pie [showData] [title …]` and `"label" : value` lines.
enum PieParser {
    static func parse(header: LineScanner, lines: [(text: Substring, line: Int)]) -> (PieData?, [DiagramProblem]) {
        var pie = PieData()
        var problems: [DiagramProblem] = []
        var first = header
        first.skipSpaces()
        _ = first.take("showData")
        first.skipSpaces()
        var all = [first] + lines.map { LineScanner($0.text, line: $0.line) }
        for i in all.indices {
            var scanner = all[i]
            scanner.skipSpaces()
            guard !scanner.atEnd, !scanner.starts(with: "%%") else { continue }
            if scanner.take("title") {
                pie.title = scanner.rest.trimmingSpaces
                continue
            }
            if scanner.take("accTitle") || scanner.take("accDescr") { continue }
            let start = scanner.position
            guard scanner.current == "\"", scanner.take("\""), let label = scanner.read(until: "\"") else {
                problems.append(DiagramProblem(.keepsCode, "a pie slice is written `\"label\" : value`", at: start))
                continue
            }
            scanner.skipSpaces()
            guard scanner.take(":") else {
                problems.append(
                    DiagramProblem(.keepsCode, "expected ':' and a value after the slice label", at: scanner.position))
                continue
            }
            scanner.skipSpaces()
            let valueStart = scanner.position
            let text = scanner.rest.trimmingSpaces
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), value >= 0,
                text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
            else {
                problems.append(
                    DiagramProblem(
                        .keepsCode, "'\(text)' is not a slice value; write a number such as 42.5", at: valueStart))
                continue
            }
            pie.slices.append(PieData.Slice(label: label, value: value, text: text, position: start))
            all[i] = scanner
        }
        if pie.slices.isEmpty, problems.isEmpty {
            problems.append(DiagramProblem(.keepsCode, "the pie chart has no slices", at: header.position(at: 0)))
        }
        return (pie, problems)
    }
}
