import Foundation
import Site

/// The highlighter and math renderer a build uses, and what it tells the user when a tool is missing.
public struct BuildTools: Sendable {
    public var render: RenderTools
    /// One sentence per tool that was needed but missing, with how to install it; asked once, after rendering.
    public var missing: @Sendable () -> [String]
    /// The tools whose versions cached renderings depend on: an upgrade renders every page again.
    public var versioned: [VersionedTool]
    /// Starts the highlighter's and the math renderer's processes in the background, for a
    /// build that will ask them (`RenderTools.wouldAsk`).
    public var warmUp: @Sendable (_ code: Bool, _ math: Bool) -> Void

    public init(
        render: RenderTools, versioned: [VersionedTool] = [], missing: @escaping @Sendable () -> [String] = { [] },
        warmUp: @escaping @Sendable (_ code: Bool, _ math: Bool) -> Void = { _, _ in }
    ) {
        self.render = render
        self.versioned = versioned
        self.missing = missing
        self.warmUp = warmUp
    }

    /// Debian's Pygments and KaTeX, started on first use. `SITEGEN_PYTHON` and `SITEGEN_NODE`
    /// name other interpreters (one with its own Pygments, or none at all to build without).
    public static func system(environment: [String: String] = ProcessInfo.processInfo.environment) -> BuildTools {
        let highlighter = PygmentsHighlighter(
            command: environment["SITEGEN_PYTHON"] ?? PygmentsHighlighter.defaultCommand)
        let math = KatexRenderer(command: environment["SITEGEN_NODE"] ?? "node")
        return BuildTools(
            render: RenderTools(highlighter: highlighter, math: math),
            versioned: [highlighter.versioned, math.versioned, .graphviz()]
        ) {
            var found: [String] = []
            if highlighter.wasMissing {
                found.append(
                    "code blocks are shown without colours: python3 with Pygments was not found; \(PygmentsHighlighter.installHint)"
                )
            }
            if math.wasMissing {
                found.append(
                    "formulas are shown as TeX code: node with KaTeX was not found; \(KatexRenderer.installHint)")
            }
            return found
        } warmUp: { code, formulas in
            if code { highlighter.warmUp() }
            if formulas { math.warmUp() }
        }
    }

    /// No tools: code plain, TeX as code, nothing to warn about.
    public static let none = BuildTools(render: RenderTools())
}
