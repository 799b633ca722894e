import Content
import Diagrams
import GFM

/// The mermaid-block problems of pages without drawing them, so `sitegen check`, and a build that
/// stops on another file's error, report them as a full build would.
public enum MermaidValidation {
    public static func diagnostics(for pages: [Page]) -> [Diagnostic] {
        pages.flatMap { page -> [Diagnostic] in
            var found: [Diagnostic] = []
            page.document.forEach { node in
                guard case .codeBlock(let info, let literal) = node.kind, info.split(separator: " ").first == "mermaid"
                else { return }
                found += MermaidBlock(page: page, setup: .init()).problems(literal, node: node)
            }
            return found
        }
    }
}
