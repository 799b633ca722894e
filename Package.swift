// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own lifecycle and logging, named so Preview can shut down and log quietly.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Debian's libcmark-gfm and libcmark-gfm-extensions: one pkg-config file covers both.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Text every other module shares: source lines and columns, escaping, cell widths,
        // hashing, digit grouping, trimming. Depends on nothing.
        .target(name: "TextKit"),
        // The only module that calls cmark-gfm: Markdown in, immutable Swift tree out.
        .target(name: "GFM", dependencies: ["CCmarkGFM", "TextKit"]),
        // Locale-aware number reading and exact decimal arithmetic.
        .target(name: "Numbers", dependencies: ["TextKit"]),
        // Runs the Python subset cost listings are written in, exactly, to read what they print.
        .target(name: "PythonSubset", dependencies: ["TextKit"]),
        // Data series to inline SVG text; knows nothing of Markdown, pages or files.
        .target(name: "Charts", dependencies: ["Numbers", "TextKit"]),
        // Debian's libgraphviz-dev headers only: no link line, because the Graphviz module opens
        // libgvc with dlopen so that sitegen still runs (without diagrams) where it is missing.
        .systemLibrary(name: "CGraphviz", providers: [.apt(["libgraphviz-dev"])]),
        // The only module that calls Graphviz: DOT text in, laid-out boxes and splines out.
        .target(name: "Graphviz", dependencies: ["CGraphviz"]),
        // Mermaid flowcharts: parser with source positions, DOT writer, themed SVG drawer.
        .target(name: "Diagrams", dependencies: ["Graphviz", "Charts", "TextKit"]),
        // Front matter, pages with source positions, diagnostics, translation groups.
        .target(name: "Content", dependencies: ["GFM", "TextKit", .product(name: "Yams", package: "Yams")]),
        // Rules that recompute a page's figures and report the ones that disagree.
        .target(name: "Checks", dependencies: ["Content", "GFM", "Numbers", "PythonSubset", "TextKit"]),
        // Prices older than the site allows, and translations whose source changed since.
        .target(name: "Freshness", dependencies: ["Content", "TextKit"]),
        // Pages and templates to output files, in memory.
        .target(
            name: "Site",
            dependencies: [
                "Content", "GFM", "Charts", "Diagrams", "Numbers", "Freshness", "TextKit",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // The process edge: long-lived Pygments and KaTeX workers that Site's renderers talk to.
        .target(name: "ExternalTools", dependencies: ["Site", "Graphviz"]),
        // `check --fix`: wrong figures rewritten in the author's own format, as edits and diffs.
        .target(name: "Fixes", dependencies: ["Content", "Numbers", "TextKit"]),
        // Every figure of a build with what it is computed from, and what changed since a baseline.
        .target(name: "Baseline", dependencies: ["Checks", "Content", "TextKit"]),
        // New projects and report skeletons (`init`, `new report`) as files in memory.
        .target(name: "Scaffold", dependencies: ["Freshness"]),
        // The file-system edge: loading a project, publishing into Output/.
        .target(
            name: "Workspace",
            dependencies: ["Content", "Site", "Checks", "ExternalTools", "Fixes", "Baseline", "Freshness", "TextKit"]),
        // The serve edge: the only module that imports Hummingbird.
        .target(
            name: "Preview",
            dependencies: [
                "Workspace", "Content", "TextKit", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "Workspace", "Content", "Checks", "Preview", "Scaffold", "Fixes", "TextKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Debian's mimalloc (libmimalloc-dev) takes malloc over for the whole process: a build
            // makes millions of small strings and arrays on every core, which glibc's allocator
            // serves more slowly (Benchmarks/run.sh, README "Performance").
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TextKitTests", dependencies: ["TextKit"]),
        .testTarget(name: "GFMTests", dependencies: ["GFM", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "NumbersTests", dependencies: ["Numbers", "TestSupport"]),
        .testTarget(name: "PythonSubsetTests", dependencies: ["PythonSubset"]),
        .testTarget(
            name: "ChartsTests", dependencies: ["Charts", "Numbers", "TextKit", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams", "Graphviz", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "TestSupport"]),
        .testTarget(
            name: "ChecksTests", dependencies: ["Checks", "Content", "Numbers", "TestSupport"],
            exclude: ["Golden", "Fixtures"]),
        .testTarget(
            name: "SiteTests",
            dependencies: ["Site", "Content", "GFM", "Diagrams", "Graphviz", "Freshness", "TextKit", "TestSupport"],
            exclude: ["Golden"]),
        .testTarget(name: "BaselineTests", dependencies: ["Baseline", "Content"]),
        .testTarget(
            name: "ScaffoldTests", dependencies: ["Scaffold", "TestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "FreshnessTests", dependencies: ["Freshness", "Content"]),
        .testTarget(name: "FixesTests", dependencies: ["Fixes", "Workspace", "TestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "WorkspaceTests",
            dependencies: ["Workspace", "Content", "Site", "TextKit", "Baseline", "TestSupport"]),
        .testTarget(
            name: "ExternalToolsTests", dependencies: ["ExternalTools", "Site", "Graphviz", "TestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "PreviewTests",
            dependencies: [
                "Preview", "Workspace", "Content", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(name: "SitegenTests", dependencies: ["sitegen", "TestSupport"], exclude: ["Golden", "Fixtures"]),
    ]
)
