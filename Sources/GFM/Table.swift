/// A GFM table read off its node: header cells, body rows and column alignments.
public struct Table: Sendable, Hashable {
    public var span: SourceSpan
    public var alignments: [TableAlignment]
    public var header: [TableCell]
    public var rows: [[TableCell]]

    /// Reads a `.table` node; nil for any other kind.
    public init?(_ node: Node) {
        guard case .table(let alignments) = node.kind else { return nil }
        self.span = node.span
        self.alignments = alignments
        var header: [TableCell] = []
        var rows: [[TableCell]] = []
        for row in node.children {
            let cells = row.children.map(TableCell.init)
            if case .tableRow(isHeader: true) = row.kind { header = cells } else { rows.append(cells) }
        }
        self.header = header
        self.rows = rows
    }

    /// The number of columns, from the delimiter row.
    public var columnCount: Int { alignments.count }
}

/// One table cell: its visible text and where it sits in the source.
public struct TableCell: Sendable, Hashable {
    public var text: String
    public var span: SourceSpan
    public var node: Node

    public init(_ node: Node) {
        self.node = node
        self.text = node.plainText
        self.span = node.span
    }
}
