import Foundation
import TestSupport
import Testing

/// Keeps Architecture.md true, reading it as the source of truth: its diagram must name every
/// module folder with Package.swift's dependencies, and its table what each module may import.
@Suite struct ArchitectureTests {
    /// Third-party libraries and the one module that may import each.
    static let owners: [String: String] = [
        "CCmarkGFM": "GFM", "CGraphviz": "Graphviz", "Yams": "Content", "Mustache": "Site", "ArgumentParser": "sitegen",
        "Hummingbird": "Preview", "ServiceLifecycle": "Preview", "Logging": "Preview",
    ]
    /// Libraries whose owning module *is* their edge (commands, the HTTP server), so several of its files import them.
    static let moduleWide: Set<String> = ["ArgumentParser", "Hummingbird", "ServiceLifecycle"]

    static func read(_ path: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    static func moduleFolders() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Sources").path)
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    static func imports() throws -> [(module: String, file: String, library: String)] {
        let sources = repositoryRoot.appendingPathComponent("Sources")
        var found: [(String, String, String)] = []
        for module in try moduleFolders() {
            guard let files = FileManager.default.enumerator(atPath: sources.appendingPathComponent(module).path) else {
                continue
            }
            while let file = files.nextObject() as? String {
                guard file.hasSuffix(".swift") else { continue }
                let text = try String(
                    contentsOf: sources.appendingPathComponent(module).appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n")
                where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                    found.append((module, file, String(line.split(separator: " ").last!)))
                }
            }
        }
        return found
    }

    @Test func everyModuleHasARowAndALineInTheDiagram() throws {
        let markdown = try Self.read("Architecture.md")
        let table = ArchitectureDocument.table(markdown)
        let diagram = ArchitectureDocument.diagram(markdown)
        for module in try Self.moduleFolders() {
            #expect(table[module] != nil, "Architecture.md's table has no row for Sources/\(module)")
            #expect(diagram[module] != nil, "Architecture.md's diagram has no line for Sources/\(module)")
        }
    }

    @Test func modulesImportOnlyWhatArchitectureAllows() throws {
        let table = ArchitectureDocument.table(try Self.read("Architecture.md"))
        for (module, file, library) in try Self.imports() {
            let allowed = table[module] ?? []
            #expect(
                allowed.contains(library),
                "\(module)/\(file) imports \(library), which Architecture.md's table does not allow")
        }
    }

    @Test func diagramAndTableAreThePackageDependencies() throws {
        let markdown = try Self.read("Architecture.md")
        let table = ArchitectureDocument.table(markdown)
        let diagram = ArchitectureDocument.diagram(markdown)
        let package = ArchitectureDocument.packageDependencies(try Self.read("Package.swift"))
        let known = Set(package.keys).union(package.values.flatMap { $0 })
        #expect(!package.isEmpty)
        for (module, dependencies) in package {
            #expect(
                diagram[module].map { $0.intersection(known) } == dependencies,
                "diagram line of \(module) against Package.swift")
            #expect(
                table[module].map { $0.intersection(known) } == dependencies,
                "table row of \(module) against Package.swift")
        }
    }

    @Test func eachLibraryHasOneImportingFile() throws {
        let imports = try Self.imports()
        for (library, owner) in Self.owners {
            let importers = imports.filter { $0.library == library }
            #expect(
                !importers.isEmpty && importers.allSatisfy { $0.module == owner },
                "\(library): \(importers.map { "\($0.module)/\($0.file)" })")
            if !Self.moduleWide.contains(library) {
                #expect(importers.count == 1, "\(library) is imported by \(importers.count) files")
            }
        }
    }

    @Test func readsTheDocumentsShapes() {
        let markdown = """
            ```
            A    ──► B, (Lib, other: thing)
            B    ──► C (notes; more)
            C
            ```

            | module | owns | may import |
            | --- | --- | --- |
            | A | things | B, Lib, Foundation |
            | C | the rest | — |
            """
        #expect(ArchitectureDocument.diagram(markdown) == ["A": ["B", "Lib", "other"], "B": ["C"], "C": []])
        #expect(ArchitectureDocument.table(markdown) == ["A": ["B", "Lib", "Foundation"], "C": []])
        let package = """
                .target(name: "A", dependencies: ["B", .product(name: "Lib", package: "lib-pkg")]),
                .systemLibrary(
                    name: "C", pkgConfig: "c"),
                .executableTarget(
                    name: "D",
                    dependencies: ["A"],
                    linkerSettings: []
                ),
                .target(name: "TestSupport", path: "Tests/TestSupport"),
                .testTarget(name: "ATests", dependencies: ["A"]),
            """
        #expect(ArchitectureDocument.packageDependencies(package) == ["A": ["B", "Lib"], "C": [], "D": ["A"]])
    }
}

/// The two shapes Architecture.md states the module graph in, and Package.swift's.
enum ArchitectureDocument {
    /// The first fenced block: per line a module, then `──►` and what it depends on; a name in
    /// brackets is outside the package. Each entry's leading identifier is kept.
    static func diagram(_ markdown: String) -> [String: Set<String>] {
        let parts = markdown.components(separatedBy: "```")
        guard parts.count > 2 else { return [:] }
        var graph: [String: Set<String>] = [:]
        for line in parts[1].split(separator: "\n") {
            let sides = line.components(separatedBy: "──►")
            guard let module = leadingIdentifier(sides[0]) else { continue }
            let targets = sides.count > 1 ? sides[1].split(separator: ",").compactMap(leadingIdentifier) : []
            graph[module] = Set(targets)
        }
        return graph
    }

    /// The table whose header is `| module | owns | may import |`: module → its last column.
    static func table(_ markdown: String) -> [String: Set<String>] {
        var rows: [String: Set<String>] = [:]
        var inTable = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if cells.count >= 4, cells[1] == "module", cells.last(where: { !$0.isEmpty }) == "may import" {
                inTable = true
                continue
            }
            guard inTable else { continue }
            guard line.hasPrefix("|"), cells.count >= 4 else { break }
            if cells[1].hasPrefix("---") { continue }
            let allowed = cells[cells.count - 2]
            rows[cells[1]] = allowed == "—" ? [] : Set(allowed.split(separator: ",").compactMap(leadingIdentifier))
        }
        return rows
    }

    /// Each non-test target of Package.swift and the targets and products it depends on.
    static func packageDependencies(_ manifest: String) -> [String: Set<String>] {
        let pattern = try! NSRegularExpression(
            pattern: #"\.(target|executableTarget|systemLibrary|testTarget)\(\s*name:\s*"(\w+)""#)
        let text = manifest as NSString
        let matches = pattern.matches(in: manifest, range: NSRange(location: 0, length: text.length))
        var graph: [String: Set<String>] = [:]
        for (index, match) in matches.enumerated() {
            let kind = text.substring(with: match.range(at: 1)), name = text.substring(with: match.range(at: 2))
            let end = index + 1 < matches.count ? matches[index + 1].range.location : text.length
            let body = text.substring(with: NSRange(location: match.range.location, length: end - match.range.location))
            guard kind != "testTarget", !body.contains("path: \"Tests/") else { continue }
            graph[name] = dependencies(in: body)
        }
        return graph
    }

    private static func dependencies(in target: String) -> Set<String> {
        guard let open = target.range(of: "dependencies: [") else { return [] }
        var depth = 1
        var end = open.upperBound
        while end < target.endIndex, depth > 0 {
            if target[end] == "[" { depth += 1 } else if target[end] == "]" { depth -= 1 }
            end = target.index(after: end)
        }
        let list = target[open.upperBound..<end].replacingOccurrences(
            of: #"package:\s*"[^"]*""#, with: "", options: .regularExpression)
        let quoted = try! NSRegularExpression(pattern: #""(\w+)""#)
        let ns = list as NSString
        return Set(
            quoted.matches(in: list, range: NSRange(location: 0, length: ns.length)).map {
                ns.substring(with: $0.range(at: 1))
            })
    }

    private static func leadingIdentifier(_ text: some StringProtocol) -> String? {
        let trimmed = text.drop { $0 == " " || $0 == "(" || $0 == "`" }
        let name = trimmed.prefix { $0.isLetter || $0.isNumber }
        return name.isEmpty || !(name.first!.isLetter) ? nil : String(name)
    }
}
