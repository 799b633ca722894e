/// A unified diff (`diff -u`, three lines of context) between two versions of a file whose
/// edits change lines in place, as figure fixes do: no line is added or removed.
public enum UnifiedDiff {
    public static func render(file: String, before: String, after: String, context: Int = 3) -> String {
        let old = lines(before), new = lines(after)
        guard old.count == new.count else { return "" }
        let changed = old.indices.filter { old[$0] != new[$0] }
        guard !changed.isEmpty else { return "" }
        // Changes closer than twice the context share one hunk, as diff -u does.
        var hunks: [ClosedRange<Int>] = []
        for line in changed {
            let range = max(0, line - context)...min(old.count - 1, line + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        var out = "--- a/\(file)\n+++ b/\(file)\n"
        for hunk in hunks {
            out += "@@ -\(hunk.lowerBound + 1),\(hunk.count) +\(hunk.lowerBound + 1),\(hunk.count) @@\n"
            var removed: [String] = [], added: [String] = []
            func flush() {
                out += removed.map { "-\($0)" }.joined() + added.map { "+\($0)" }.joined()
                removed = []; added = []
            }
            for i in hunk {
                if old[i] == new[i] {
                    flush()
                    out += " \(old[i])"
                } else {
                    removed.append(old[i]); added.append(new[i])
                }
            }
            flush()
        }
        return out
    }

    /// The lines of `text`, each with its own line ending (`\r\n` stays, so the diff applies to
    /// the file as it is); a last line without one gets diff's "no newline" marker.
    static func lines(_ text: String) -> [String] {
        var lines = SourceEdit.lineRanges(text, endings: true).map { String(text[$0]) }
        if lines.last == "" { lines.removeLast() }
        if let last = lines.last, let byte = last.utf8.last, byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") {
            lines[lines.count - 1] = last + "\n\\ No newline at end of file\n"
        }
        return lines
    }
}
