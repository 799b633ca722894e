import CCmarkGFM
import Synchronization
import TextKit

/// Parses GitHub-flavoured Markdown with cmark-gfm into an immutable `Node` tree.
///
/// This is the only file that calls the C library. It registers the extensions once, parses
/// under a process-wide lock, copies the C tree into Swift values, and frees all C memory before
/// returning.
public enum MarkdownParser {
    /// Extension registration must happen once before `cmark_find_syntax_extension` finds anything.
    private static let registered: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    /// cmark-gfm 0.29 edits a process-global table of special characters during every parse, so
    /// two parses at once corrupt each other's inlines (autolinks and strikethrough vanish).
    private static let parseLock = Mutex(())

    /// How many levels the returned tree keeps. Every walk over a `Node` tree (rendering,
    /// `forEach`, `plainText`, the checks, even releasing it) recurses once per level, so the
    /// tree itself must stay shallow however deep the input nests; `maxDepth` still reports
    /// the real depth for callers to refuse.
    public static let treeDepthLimit = 128

    /// Parses `markdown`; every line number in the result is shifted by `lineOffset`.
    public static func parse(_ markdown: String, lineOffset: Int = 0) -> ParsedMarkdown {
        _ = registered
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else { fatalError("cmark_parser_new failed") }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var text = markdown
        nonisolated(unsafe) var root: OpaquePointer? = nil
        parseLock.withLock { _ in
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
            root = cmark_parser_finish(parser)
        }
        guard let document = root else { fatalError("cmark_parser_finish returned no document") }
        defer { cmark_node_free(document) }
        var builder = TreeBuilder(columns: CharacterColumns(SourceLines(text)), lineOffset: lineOffset)
        return builder.build(document)
    }
}

/// Copies the C tree into `Node` values without recursion, so deep nesting cannot exhaust the stack.
///
/// Nodes below `MarkdownParser.treeDepthLimit` levels are measured but left out of the tree.
private struct TreeBuilder {
    var columns: CharacterColumns
    let lineOffset: Int

    mutating func build(_ document: OpaquePointer) -> ParsedMarkdown {
        guard let iterator = cmark_iter_new(document) else { fatalError("cmark_iter_new failed") }
        defer { cmark_iter_free(iterator) }
        var stack: [Node] = []
        var maxDepth = 0
        var unsupported: [Node] = []
        /// Open containers below the depth limit, counted instead of kept.
        var dropped = 0
        var finished: Node?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let cNode = cmark_iter_get_node(iterator) else { continue }
            let entersTooDeep =
                event == CMARK_EVENT_ENTER && stack.count >= MarkdownParser.treeDepthLimit && !isLeaf(cNode)
            if dropped > 0 || entersTooDeep {
                if !isLeaf(cNode) { dropped += event == CMARK_EVENT_ENTER ? 1 : -1 }
                maxDepth = max(maxDepth, stack.count + dropped)
                continue
            }
            if event == CMARK_EVENT_ENTER {
                let node = Node(kind(of: cNode), span: span(of: cNode))
                if case .unsupported = node.kind { unsupported.append(node) }
                if isLeaf(cNode) {
                    stack[stack.count - 1].children.append(node)
                } else {
                    stack.append(node)
                    maxDepth = max(maxDepth, stack.count)
                }
            } else if event == CMARK_EVENT_EXIT {
                var node = stack.removeLast()
                if case .table = node.kind {
                    node = TableHeaderRepair(columns: columns.lines, lineOffset: lineOffset).repair(node)
                }
                if stack.isEmpty { finished = node } else { stack[stack.count - 1].children.append(node) }
            }
        }
        return ParsedMarkdown(
            document: finished ?? Node(.document, span: .unknown), maxDepth: maxDepth, unsupported: unsupported)
    }

    /// cmark's iterator reports only an enter event for these node types.
    private func isLeaf(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
            CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    private mutating func span(of node: OpaquePointer) -> SourceSpan {
        let startLine = Int(cmark_node_get_start_line(node))
        let endLine = Int(cmark_node_get_end_line(node))
        guard startLine > 0 else { return .unknown }
        let start = SourcePosition(
            line: startLine + lineOffset,
            column: columns.characterColumn(line: startLine, byteColumn: Int(cmark_node_get_start_column(node))))
        let end = SourcePosition(
            line: endLine + lineOffset,
            column: columns.characterEndColumn(line: endLine, byteColumn: Int(cmark_node_get_end_column(node))))
        return SourceSpan(start: start, end: end)
    }

    private func kind(of node: OpaquePointer) -> Node.Kind {
        func string(_ p: UnsafePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }
        let literal = { string(cmark_node_get_literal(node)) }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM:
            let isTask = string(cmark_node_get_type_string(node)) == "tasklist"
            return .item(task: isTask ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil)
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal())
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal())
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition(label: footnoteLabel(at: node))
        case CMARK_NODE_TEXT: return .text(literal())
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal())
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal())
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference(number: Int(literal()) ?? 0)
        default: return extensionKind(of: node, typeName: string(cmark_node_get_type_string(node)))
        }
    }

    /// cmark-gfm keeps a definition's label in no public field, so it is read off its source line.
    private func footnoteLabel(at node: OpaquePointer) -> String {
        let line = columns.lines[Int(cmark_node_get_start_line(node))]
        let trimmed = line.drop { $0 == " " }
        guard trimmed.hasPrefix("[^"), let close = trimmed.firstIndex(of: "]") else { return "" }
        return String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close])
    }

    /// Extension node types are globals no installed header declares, so they are told apart by name.
    private func extensionKind(of node: OpaquePointer, typeName: String) -> Node.Kind {
        switch typeName {
        case "table":
            let count = Int(cmark_gfm_extensions_get_table_columns(node))
            let raw = cmark_gfm_extensions_get_table_alignments(node)
            let alignments: [TableAlignment] = (0..<count).map { i in
                switch raw.map({ $0[i] }) ?? 0 {
                case UInt8(ascii: "l"): return .left
                case UInt8(ascii: "c"): return .center
                case UInt8(ascii: "r"): return .right
                default: return .none
                }
            }
            return .table(alignments: alignments)
        case "table_header": return .tableRow(isHeader: true)
        case "table_row": return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default: return .unsupported(typeName: typeName)
        }
    }
}
