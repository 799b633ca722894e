import Foundation
import Testing
import TestSupport

/// Keeps the module boundaries of Architecture.md true: what each module may import, and the one
/// file that may import each third-party library.
@Suite struct ArchitectureTests {
    static let allowed: [String: Set<String>] = [
        "GFM": ["CCmarkGFM", "Synchronization"],
        "Content": ["GFM", "Yams", "Foundation"],
        "Numbers": ["Foundation"],
        "PythonSubset": ["Foundation"],
        "Checks": ["Content", "GFM", "Numbers", "PythonSubset", "Foundation", "Dispatch"],
        "Charts": ["Numbers", "Foundation"],
        "Graphviz": ["CGraphviz", "Glibc", "Synchronization", "Foundation"],
        "Diagrams": ["Graphviz", "Charts", "Foundation"],
        "Freshness": ["Content"],
        "Site": ["Content", "GFM", "Numbers", "Charts", "Diagrams", "Freshness", "Mustache", "Foundation", "Dispatch"],
        "ExternalTools": ["Site", "Foundation", "Synchronization"],
        "Fixes": ["Content", "Numbers", "Foundation"],
        "Baseline": ["Checks", "Content", "Foundation"],
        "Scaffold": ["Freshness"],
        "Workspace": ["Content", "Site", "Checks", "ExternalTools", "Fixes", "Baseline", "Freshness", "Foundation", "Dispatch"],
        "Preview": ["Workspace", "Site", "Content", "GFM", "Hummingbird", "ServiceLifecycle", "Logging", "Foundation", "Dispatch", "Synchronization"],
        "sitegen": ["ArgumentParser", "Workspace", "Preview", "Site", "Content", "Checks", "Fixes", "Scaffold", "Foundation"],
    ]

    /// Third-party libraries and the one module that may import each.
    static let owners: [String: String] = [
        "CCmarkGFM": "GFM", "CGraphviz": "Graphviz", "Yams": "Content", "Mustache": "Site", "ArgumentParser": "sitegen",
        "Hummingbird": "Preview", "ServiceLifecycle": "Preview", "Logging": "Preview",
    ]
    /// Libraries whose owning module *is* their edge (commands, the HTTP server), so several of its files import them.
    static let moduleWide: Set<String> = ["ArgumentParser", "Hummingbird", "ServiceLifecycle"]

    static func imports() throws -> [(module: String, file: String, library: String)] {
        let sources = repositoryRoot.appendingPathComponent("Sources")
        var found: [(String, String, String)] = []
        for module in try FileManager.default.contentsOfDirectory(atPath: sources.path) {
            guard let files = FileManager.default.enumerator(atPath: sources.appendingPathComponent(module).path) else { continue }
            while let file = files.nextObject() as? String {
                guard file.hasSuffix(".swift") else { continue }
                let text = try String(contentsOf: sources.appendingPathComponent(module).appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                    found.append((module, file, String(line.split(separator: " ").last!)))
                }
            }
        }
        return found
    }

    @Test func modulesImportOnlyWhatArchitectureAllows() throws {
        for (module, file, library) in try Self.imports() {
            guard let allowed = Self.allowed[module] else { continue }
            #expect(allowed.contains(library), "\(module)/\(file) imports \(library)")
        }
    }

    @Test func eachLibraryHasOneImportingFile() throws {
        let imports = try Self.imports()
        for (library, owner) in Self.owners {
            let importers = imports.filter { $0.library == library }
            #expect(!importers.isEmpty && importers.allSatisfy { $0.module == owner }, "\(library): \(importers.map { "\($0.module)/\($0.file)" })")
            if !Self.moduleWide.contains(library) { #expect(importers.count == 1, "\(library) is imported by \(importers.count) files") }
        }
    }
}
