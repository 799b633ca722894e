/// The cells of one line of a GFM pipe table, found the way cmark-gfm splits it: a pipe
/// escaped with `\` is text (even in a code span, the GFM spec's rule), the outer pipes are
/// optional, and a leading blockquote marker `>` and indentation are not part of the first cell.
///
/// Split on UTF-8 bytes (a pipe or a backslash is never part of another character), so counting
/// cells costs no Character walk; columns are worked out only when asked for.
public struct PipeTableRow: Sendable {
    /// One cell, as byte offsets into the line's UTF-8.
    public struct Cell: Sendable, Equatable {
        /// From just after the opening pipe (or the row's start) to the closing pipe (or its end).
        public var bytes: Range<Int>
        /// `bytes` without surrounding spaces and tabs; empty for an empty cell.
        public var content: Range<Int>
    }

    public let line: Substring
    public let cells: [Cell]

    public init(_ line: Substring) {
        self.line = line
        let bytes = Array(line.utf8)
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), pipe = UInt8(ascii: "|")
        var start = 0
        while start < bytes.count, bytes[start] == space || bytes[start] == tab || bytes[start] == UInt8(ascii: ">") {
            start += 1
        }
        var end = bytes.count
        while end > start, bytes[end - 1] == space || bytes[end - 1] == tab { end -= 1 }
        var bounds: [Int] = []
        var i = start
        while i < end {
            if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if bytes[i] == pipe { bounds.append(i) }
            i += 1
        }
        let starts = [start] + bounds.map { $0 + 1 }, ends = bounds + [end]
        var cells = zip(starts, ends).map { cellStart, cellEnd in
            var first = cellStart, last = cellEnd
            while first < last, bytes[first] == space || bytes[first] == tab { first += 1 }
            while last > first, bytes[last - 1] == space || bytes[last - 1] == tab { last -= 1 }
            return Cell(bytes: cellStart..<cellEnd, content: first..<last)
        }
        // Outer pipes open and close the row rather than an empty cell.
        if bounds.first == start { cells.removeFirst() }
        if let last = bounds.last, last == end - 1, !cells.isEmpty { cells.removeLast() }
        self.cells = cells
    }

    /// The 1-based Character column of the character that starts at byte `offset` of the line.
    public func column(ofByte offset: Int) -> Int {
        let utf8 = line.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(offset, utf8.count))
        return String(decoding: utf8[utf8.startIndex..<end], as: UTF8.self).count + 1
    }
}
