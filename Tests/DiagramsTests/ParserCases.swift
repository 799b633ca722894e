/// Mermaid snippets, one per syntax form or error, shared by the parser tests and the fuzz seeds.
enum ParserCases {
    /// A form and the dump of what it parses to.
    static let forms: [(name: String, source: String)] = [
        ("header graph LR", "graph LR\nA --> B"),
        ("header flowchart TD", "flowchart TD\nA --> B"),
        ("header BT and RL", "flowchart BT\nA\nB"),
        ("shape rectangle", "graph TD\nA[Text]"),
        ("shape rounded", "graph TD\nA(Text)"),
        ("shape stadium", "graph TD\nA([Text])"),
        ("shape subroutine", "graph TD\nA[[Text]]"),
        ("shape cylinder", "graph TD\nA[(Text)]"),
        ("shape circle", "graph TD\nA((Text))"),
        ("shape double circle", "graph TD\nA(((Text)))"),
        ("shape diamond", "graph TD\nA{Text}"),
        ("shape hexagon", "graph TD\nA{{Text}}"),
        ("shape parallelogram", "graph TD\nA[/Text/]"),
        ("shape parallelogram alt", "graph TD\nA[\\Text\\]"),
        ("shape trapezoid", "graph TD\nA[/Text\\]"),
        ("shape trapezoid alt", "graph TD\nA[\\Text/]"),
        ("shape asymmetric", "graph TD\nA>Text]"),
        ("quoted label", "graph TD\nA[\"text (with) [brackets]\"]"),
        ("br in label", "graph TD\nA[one<br>two<br/>three]"),
        ("CJK ids and labels", "graph TD\n开始[候选模型池] --> 结束"),
        ("edge arrow", "graph TD\nA-->B"),
        ("edge open", "graph TD\nA --- B"),
        ("edge dotted arrow", "graph TD\nA -.-> B"),
        ("edge dotted open", "graph TD\nA -.- B"),
        ("edge thick", "graph TD\nA ==> B"),
        ("edge invisible", "graph TD\nA ~~~ B"),
        ("edge circle", "graph TD\nA --o B"),
        ("edge cross", "graph TD\nA --x B"),
        ("edge both ways", "graph TD\nA <--> B"),
        ("edge longer", "graph TD\nA ----> B"),
        ("edge pipe label", "graph TD\nA -->|yes| B"),
        ("edge text label", "graph TD\nA -- some text --> B"),
        ("edge thick text label", "graph TD\nA == heavy ==> B"),
        ("edge dotted text label", "graph TD\nA -. maybe .-> B"),
        ("chain", "graph TD\nA --> B --> C"),
        ("ampersand", "graph TD\nA & B --> C & D"),
        ("semicolons", "graph TD; A-->B; B-->C;"),
        ("subgraph with title", "graph TD\nsubgraph one [First part]\nA --> B\nend\nB --> C"),
        ("subgraph quoted and nested", "graph TD\nsubgraph outer[\"Outer\"]\nA\nsubgraph inner\nB\nend\nend"),
        ("edge to subgraph", "graph TD\nsubgraph S [Group]\nA\nend\nX --> S"),
        ("subgraph direction", "graph TD\nsubgraph S\ndirection LR\nA --> B\nend\nX --> S"),
        ("subgraph direction TD", "graph LR\nsubgraph S\n  direction TD\n  A --> B\nend"),
        ("classDef and class", "graph TD\nA --> B\nclassDef hot fill:#ffcdd2,stroke:#c62828\nclass A,B hot"),
        ("class shorthand", "graph TD\nA:::hot --> B\nclassDef hot fill:#f00"),
        ("style", "graph TD\nA\nstyle A fill:#e3f2fd,stroke:#1565c0,stroke-width:2px,color:#0d47a1"),
        (
            "linkStyle",
            "graph TD\nA --> B\nB --> C\nlinkStyle 1 stroke:#ff3,stroke-width:4px\nlinkStyle default stroke:#999"
        ),
        ("comments", "%% leading comment\ngraph TD\n%% a comment\nA --> B %% trailing"),
        ("click ignored", "graph TD\nA --> B\nclick A \"https://example.org\" \"tip\""),
    ]

    /// A block that cannot be drawn (or is drawn without a part) and the first problem's text.
    static let errors: [(name: String, source: String, first: String)] = [
        ("empty block", "\n%% only a comment\n", "1:1: stays code: the mermaid block is empty"),
        (
            "other diagram type", "sequenceDiagram\nA->>B: hi",
            "1:1: stays code: 'sequenceDiagram' diagrams are not supported; sitegen draws flowcharts (`graph`, `flowchart`) and `pie` charts"
        ),
        ("unknown direction", "graph XY\nA --> B", "1:7: stays code: unknown direction 'XY'; use TB, TD, BT, LR or RL"),
        (
            "unclosed label", "graph TD\nA[Text --> B",
            "2:2: stays code: the label opened with '[' is not closed with ']'"
        ),
        ("unclosed quote", "graph TD\nA[\"Text] --> B", "2:3: stays code: the quoted text has no closing '\"'"),
        (
            "unclosed pipe label", "graph TD\nA -->|yes B",
            "2:6: stays code: the edge label opened with '|' has no closing '|'"
        ),
        ("edge without target", "graph TD\nA -->", "2:6: stays code: the edge has no node to point to"),
        ("too short edge", "graph TD\nA -> B", "2:3: stays code: '-' is too short for an edge; write --> or ---"),
        (
            "unknown edge", "graph TD\nA -=- B",
            "2:3: stays code: '-=-' is not an edge; edges look like -->, ---, -.->, ==> or ~~~"
        ),
        (
            "edge text without closing", "graph TD\nA -- text B",
            "2:3: stays code: the edge text after '--' has no closing edge such as '-->'"
        ),
        (
            "stray character", "graph TD\nA --> B ]",
            "2:9: stays code: unexpected ']'; a statement ends at the line's end or at ';'"
        ),
        (
            "node attributes", "graph TD\nA@{ shape: rect }",
            "2:2: stays code: `@{ … }` node attributes are not supported; use a bracket shape such as `A[text]`"
        ),
        ("subgraph without end", "graph TD\nsubgraph S\nA\n", "2:1: stays code: subgraph 'S' has no `end`"),
        ("end without subgraph", "graph TD\nA\nend", "3:1: stays code: `end` without an open subgraph"),
        (
            "style without value", "graph TD\nA\nstyle A",
            "3:1: stays code: a style is missing, such as `fill:#e3f2fd,stroke:#1565c0`"
        ),
        (
            "unknown style property", "graph TD\nA\nstyle A fill:#fff,font-size:20px",
            "3:19: ignored: style property 'font-size:20px' is not supported; fill, stroke, stroke-width, stroke-dasharray and color are"
        ),
        (
            "style of unknown node", "graph TD\nA\nstyle B fill:#fff",
            "3:1: ignored: `style` names 'B', which is not a node of this chart"
        ),
        (
            "linkStyle out of range", "graph TD\nA --> B\nlinkStyle 3 stroke:#f00",
            "3:11: ignored: linkStyle 3: the chart has 1 edges, numbered from 0"
        ),
        (
            "subgraph direction unknown", "graph TD\nsubgraph S\ndirection XY\nA\nend",
            "3:11: ignored: unknown direction 'XY'; use TB, TD, BT, LR or RL"
        ),
        (
            "subgraph direction with a link out", "graph TD\nsubgraph S\ndirection LR\nA --> B\nend\nB --> C",
            "3:11: ignored: subgraph 'S' follows the chart's direction: its node 'B' links outside it (as in Mermaid)"
        ),
        ("no nodes", "graph TD\n", "1:1: stays code: the flowchart has no nodes"),
        (
            "pie bad value", "pie\n\"A\" : lots",
            "2:7: stays code: 'lots' is not a slice value; write a number such as 42.5"
        ),
    ]
}
