import Content
import Diagrams
import GFM

/// The mermaid-block problems of pages without drawing them, so `sitegen check`, and a build that
/// stops on another file's error, report them as a full build would.
public enum MermaidValidation {
    public static func diagnostics(for pages: [Page]) -> [Diagnostic] {
        pages.flatMap { page -> [Diagnostic] in
            var found: [Diagnostic] = []
            // Code blocks are blocks: the walk need not visit the inline nodes of every paragraph.
            page.document.forEachBlock { node in
                guard case .codeBlock(let info, let literal) = node.kind, info.split(separator: " ").first == "mermaid"
                else { return }
                found += MermaidBlock(page: page, setup: .init()).problems(literal, node: node)
            }
            return found
        }
    }
}
