import Content
import Foundation
import GFM
import PythonSubset
import TextKit

/// What a Python listing printed, as the page states it, agrees with what the listing computes.
///
/// The listing is run in exact arithmetic (`PythonSubset`); each printed line is then looked for
/// where authors write it: in the output block that follows the listing (a `text`, `console` or
/// unlabelled block, possibly after a one-line paragraph such as "Output:"), in a comment on the
/// printing line (`print(cost)  # 600.0`), or in comments right under it (`# => 97400 48700`).
/// A stated line is compared only when all its text outside the numbers is what the program
/// writes, so a pasted output that was edited or abridged is matched line by line, and prose is
/// never mistaken for output.
struct CodeOutputRule: PageRule {
    static let id = "code-output"

    private static let listingInfos: Set<String> = ["python", "py", "python3"]
    private static let outputPrefix =
        #"^\s*(?:(?:=>|->|→|>>>?|output\s*:|prints?\s*:?|输出\s*[:：]?|出力\s*[:：]?|sortie\s*:|résultat\s*:|ausgabe\s*:)\s*)?"#
    private static let numberPattern = #"([-+]?[0-9][0-9,_]*(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)"#

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        let source = page.page.source
        if source.containsLiteral("python3 -c") || source.containsLiteral("python -c") {
            checkOneLiners(page, file: file, into: &report)
        }
        guard source.containsLiteral("```py") || source.containsLiteral("~~~py") else { return }
        let blocks = PageFigures.leafBlocks(of: page.page.document)
        for (index, block) in blocks.enumerated() {
            guard case .codeBlock(let info, let literal) = block.kind,
                Self.listingInfos.contains(info.split(separator: " ").first.map { $0.lowercased() } ?? ""),
                block.span.start.line > 0
            else { continue }
            // What a listing prints is compared where the page states it: in the listing's comments or in
            // an output block after it. A listing with neither is not run: nothing could be compared.
            let output = Self.outputLines(after: index, in: blocks, lines: page.lines)
            guard output != nil || literal.utf8.contains(UInt8(ascii: "#")) else { continue }
            let run = PythonListing.run(literal)
            guard !run.printed.isEmpty else { continue }
            // Each printed line's pattern is made once, then tried against every line that may state it.
            let expected = run.printed.map(PrintedPattern.init)
            let firstCodeLine = block.span.start.line + 1
            var matched = Set<Int>()
            let code = literal.split(separator: "\n", omittingEmptySubsequences: false)
            for (printedIndex, stated) in Self.commentStatements(run, code: code) where !matched.contains(printedIndex)
            {
                let line = firstCodeLine + stated.line - 1
                if compare(
                    expected[printedIndex], with: stated.text, line: line, offset: stated.column, file: file,
                    into: &report)
                {
                    matched.insert(printedIndex)
                }
            }
            guard let output else { continue }
            var next = 0
            for (printedIndex, printed) in expected.enumerated() where !matched.contains(printedIndex) {
                for candidate in next..<output.count {
                    let (line, text) = output[candidate]
                    if compare(printed, with: text, line: line, offset: 1, file: file, into: &report) {
                        next = candidate + 1
                        break
                    }
                }
            }
        }
    }

    private static let oneLiner = try! NSRegularExpression(
        pattern: #"^\s*[$>]\s*python3?\s+-c\s+(["'])(.*)\1\s*$"#)

    /// `$ python3 -c "print(2880*0.80)"` in a console block, and what it printed on the lines under
    /// it, up to the next prompt.
    private func checkOneLiners(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for block in PageFigures.leafBlocks(of: page.page.document) {
            guard case .codeBlock = block.kind, block.span.start.line > 0 else { continue }
            let lines = Array(block.span.start.line...max(block.span.start.line, block.span.end.line))
            for (offset, line) in lines.enumerated() {
                let text = String(page.lines[line])
                guard
                    let match = Self.oneLiner.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                    let code = Range(match.range(at: 2), in: text)
                else { continue }
                let run = PythonListing.run(String(text[code]))
                let output = lines[(offset + 1)...].prefix { !page.lines[$0].trimmingSpaces.hasPrefix("$") }
                var next = output.startIndex
                for printed in run.printed.map(PrintedPattern.init) {
                    for candidate in next..<output.endIndex {
                        let line = output[candidate]
                        if compare(
                            printed, with: String(page.lines[line]), line: line, offset: 1, file: file, into: &report)
                        {
                            next = candidate + 1
                            break
                        }
                    }
                }
            }
        }
    }

    /// Comments that state a printed line: on the line of a print that ran once, or on the lines
    /// right under it, one comment per printed line.
    private static func commentStatements(_ run: PythonRun, code: [Substring]) -> [(Int, PythonComment)] {
        var byStatement: [Int: [Int]] = [:]
        for (i, line) in run.printed.enumerated() { byStatement[line.statementLine, default: []].append(i) }
        let comments = Dictionary(run.comments.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        var pairs: [(Int, PythonComment)] = []
        for (statementLine, printedIndices) in byStatement {
            // A comment on the print that states fewer numbers than it prints explains an argument
            // (`print(gb, gb * 0.45)  # 0.45 元/GB`); the output is then stated below, if anywhere.
            if printedIndices.count == 1, let trailing = comments[statementLine], trailing.trailsCode,
                !isWorking(trailing.text),
                // `print(5 * save - own)  # 5 年净节省`: the comment names what the print works out.
                !namesOperands(trailing, in: code[safe: statementLine - 1] ?? ""),
                numberCount(trailing.text)
                    >= run.printed[printedIndices[0]].pieces.count(where: {
                        if case .number = $0 { true } else { false }
                    })
            {
                // Tried first; a remark on the print (`# 电价 0.52 元/度，30 天`) leaves the comment under it.
                pairs.append((printedIndices[0], trailing))
            }
            for (offset, printedIndex) in printedIndices.enumerated() {
                guard let below = comments[statementLine + 1 + offset], !below.trailsCode else { break }
                pairs.append((printedIndex, below))
            }
        }
        return pairs
    }

    /// `print(per_unit)  # 805 + 1025`: a comment that adds or multiplies figures shows how the
    /// printed value is made, not what it prints; `# 805 + 1025 = 1830` states a result.
    private static func isWorking(_ text: String) -> Bool {
        let chars = Array(text)
        guard !chars.contains(where: { "=＝→".contains($0) }) else { return false }
        return chars.indices.contains { i in
            guard "+*/×÷".contains(chars[i]) else { return false }
            let before = chars[..<i].last { !$0.isWhitespace }, after = chars[(i + 1)...].first { !$0.isWhitespace }
            return before?.isNumber == true && after?.isNumber == true
        }
    }

    /// Whether every number of a trailing comment is a literal of the code before it on its line.
    private static func namesOperands(_ comment: PythonComment, in line: Substring) -> Bool {
        let code = String(line.prefix(max(0, comment.column - 1)))
        let literals = Set(numbers(in: code)), written = numbers(in: comment.text)
        return !written.isEmpty && written.allSatisfy(literals.contains)
    }

    /// The runs of ASCII digits in a text.
    private static func numbers(in text: String) -> [Substring] {
        text.split { !($0.isASCII && $0.isNumber) }
    }

    /// How many numbers a comment writes: runs of digits with their marks.
    private static func numberCount(_ text: String) -> Int {
        var count = 0, inNumber = false
        for c in text {
            let digit = c.isASCII && c.isNumber
            if digit && !inNumber { count += 1 }
            inNumber = digit || inNumber && (c == "." || c == "," || c == "_")
        }
        return count
    }

    /// The lines of the output block that follows a listing, with their line numbers in the file.
    private static func outputLines(after index: Int, in blocks: [Node], lines: SourceLines) -> [(Int, String)]? {
        var next = index + 1
        if next < blocks.count, case .paragraph = blocks[next].kind,
            blocks[next].span.end.line - blocks[next].span.start.line < 2
        {
            // `Sortie : `23.64``: the label may hold the output itself, in code spans.
            let line = blocks[next].span.start.line
            if line > 0, Self.statesOutputInline(lines[line]) {
                return [(line, String(lines[line].map { $0 == "`" ? " " : $0 }))]
            }
            next += 1
        }
        guard next < blocks.count, case .codeBlock(let info, _) = blocks[next].kind else { return nil }
        let language = info.split(separator: " ").first.map { $0.lowercased() } ?? ""
        guard language.isEmpty || PageFigures.outputInfos.contains(language) else { return nil }
        let span = blocks[next].span
        guard span.start.line > 0 else { return nil }
        // An indented block has no fence lines around its text.
        let fenced = ["```", "~~~"].contains { lines[span.start.line].trimmingSpaces.hasPrefix($0) }
        let text = fenced ? (span.start.line + 1)..<span.end.line : span.start.line..<(span.end.line + 1)
        guard !text.isEmpty else { return nil }
        return text.map { ($0, String(lines[$0])) }
    }

    private static let inlineOutputLabel = try! NSRegularExpression(
        pattern: #"^\s*(?:output|sortie|résultat|ausgabe|输出|出力)\s*(?:[:：]\s*`|`\s*[-+]?[0-9])"#,
        options: [.caseInsensitive])

    /// Whether a one-line paragraph is a label followed by what was printed in a code span.
    private static func statesOutputInline(_ line: Substring) -> Bool {
        let text = String(line)
        return inlineOutputLabel.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Compares one printed line with a stated one; false when the stated text is not that line.
    private func compare(
        _ printed: PrintedPattern, with stated: String, line: Int, offset: Int, file: String,
        into report: inout RuleReport
    ) -> Bool {
        guard let regex = printed.regex else { return false }
        let numbers = printed.numbers
        let range = NSRange(stated.startIndex..., in: stated)
        guard let match = regex.firstMatch(in: stated, range: range) else { return false }
        for (i, number) in numbers.enumerated() {
            guard let captured = Range(match.range(at: i + 1), in: stated) else { continue }
            let text = String(stated[captured])
            report.relationsChecked += 1
            guard let value = Self.value(of: text), !Self.agrees(value, text: text, with: number) else { continue }
            let column = offset + stated.distance(from: stated.startIndex, to: captured.lowerBound)
            let computed = Self.written(number.shown, like: text)
            report.diagnostics.append(
                Diagnostic(
                    .error, rule: Self.id,
                    "printed figure: stated \(text), computed \(computed) (the listing above prints \(number.text))",
                    at: SourceLocation(file: file, line: line, column: column), stated: text, computed: computed,
                    length: text.count))
        }
        return true
    }

    /// A printed line's numbers and the pattern stated lines are matched with; no pattern for a
    /// line without numbers, which has nothing to check.
    private struct PrintedPattern {
        var numbers: [PrintedNumber]
        var regex: NSRegularExpression?

        init(_ printed: PrintedLine) {
            numbers = printed.pieces.compactMap { piece -> PrintedNumber? in
                if case .number(let number) = piece { number } else { nil }
            }
            regex = numbers.isEmpty ? nil : CodeOutputRule.pattern(for: printed)
        }
    }

    /// The printed line as a pattern: its text as written, any run of spaces matching any other,
    /// and each number a capture.
    fileprivate static func pattern(for printed: PrintedLine) -> NSRegularExpression? {
        var pattern = outputPrefix
        for piece in printed.pieces {
            switch piece {
            case .text(let text):
                pattern += text.split(omittingEmptySubsequences: false, whereSeparator: \.isWhitespace)
                    .map { NSRegularExpression.escapedPattern(for: String($0)) }
                    .joined(separator: #"\s*"#)
            case .number(let number):
                pattern += #"\s*"# + numberPattern + (number.text.hasSuffix("%") ? #"\s*%"# : "") + #"\s*"#
            }
        }
        // What follows may be a unit or a remark the program did not print, after a space: `8月の…`
        // right after a number is a sentence about the eighth month, not a printed 8.
        pattern += #"(?:\s+[^\d\s].*)?$"#
        return try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    private static func value(of text: String) -> Decimal? {
        Decimal(string: text.filter { $0 != "," && $0 != "_" }, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Within half a unit of the stated last digit (a rounded print), or within float noise.
    private static func agrees(_ stated: Decimal, text: String, with number: PrintedNumber) -> Bool {
        let difference = abs(stated - number.shown)
        if difference <= abs(number.shown) / 1_000_000_000 { return true }
        let mantissa = text.split(whereSeparator: { $0 == "e" || $0 == "E" }).first ?? ""
        let exponent = text.split(whereSeparator: { $0 == "e" || $0 == "E" }).dropFirst().first.flatMap { Int($0) } ?? 0
        let decimals = mantissa.split(separator: ".").dropFirst().first?.count ?? 0
        let halfUnit = Decimal(sign: .plus, exponent: exponent - decimals, significand: 5) / 10
        return difference <= halfUnit
    }

    /// The computed value with the stated figure's decimals and grouping.
    private static func written(_ value: Decimal, like text: String) -> String {
        let decimals = text.split(separator: ".").dropFirst().first?.prefix { $0.isNumber }.count ?? 0
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, decimals, .plain)
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.minimumFractionDigits = decimals
        formatter.maximumFractionDigits = decimals
        formatter.usesGroupingSeparator = text.contains(",")
        formatter.groupingSeparator = ","
        formatter.groupingSize = 3
        return formatter.string(from: rounded as NSDecimalNumber) ?? "\(rounded)"
    }
}
