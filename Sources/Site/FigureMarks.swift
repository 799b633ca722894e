import Content
import GFM
import TextKit

/// Marks the figures `check` found wrong where they appear in a page's HTML: the stated figure
/// highlighted, the computed value beside it on hover and for screen readers.
final class FigureMarks {
    private var pending: [Diagnostic]
    private let computedLabel: String

    /// `findings` are the page's number findings (those with a stated and an expected value).
    init(findings: [Diagnostic], computedLabel: String) {
        pending = findings.filter { $0.stated != nil && $0.computed != nil && $0.location.line > 0 }
        self.computedLabel = computedLabel
    }

    var isEmpty: Bool { pending.isEmpty }

    /// The text's HTML with each finding of its block marked once, or nil when none applies.
    func mark(_ text: String, block: SourceSpan) -> String? {
        guard !pending.isEmpty, block.start.line > 0 else { return nil }
        var html = ""
        var rest = text[...]
        var marked = false
        while let index = pending.firstIndex(where: { d in
            (block.start.line...max(block.start.line, block.end.line)).contains(d.location.line)
                && rest.contains(Self.visible(d.stated!))
        }) {
            let finding = pending.remove(at: index)
            let stated = Self.visible(finding.stated!)
            let range = rest.firstRange(of: stated)!
            let expected = MarkupEscaping.escape(finding.computed!)
            html += MarkupEscaping.escape(rest[..<range.lowerBound])
            html +=
                "<mark class=\"figure-wrong\" title=\"\(MarkupEscaping.escape(computedLabel)) \(expected)\">"
                + MarkupEscaping.escape(stated)
                + "<span class=\"figure-computed\"> (\(MarkupEscaping.escape(computedLabel)) \(expected))</span></mark>"
            rest = rest[range.upperBound...]
            marked = true
        }
        return marked ? html + MarkupEscaping.escape(rest) : nil
    }

    /// The stated figure as the reader sees it: without the emphasis markers of its source.
    static func visible(_ stated: String) -> String {
        stated.filter { $0 != "*" && $0 != "_" }
    }
}
