import Content
import Foundation

/// Finds and reads a project's files, turning every read problem into a diagnostic.
struct ProjectFiles {
    /// Files below `root` (relative paths, sorted) whose names end in one of `extensions`.
    /// Symlinked folders are skipped so a link loop cannot trap the walk.
    static func list(root: URL, extensions: Set<String>, displayRoot: String) -> ([String], [Diagnostic]) {
        var found: [String] = []
        var diagnostics: [Diagnostic] = []
        var pending = [""]
        let fm = FileManager.default
        while let relative = pending.popLast() {
            let dir = relative.isEmpty ? root : root.appendingPathComponent(relative)
            guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else {
                diagnostics.append(Diagnostic(.error, rule: "read", "cannot read folder",
                                              at: SourceLocation(file: join(displayRoot, relative), line: 0, column: 0)))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                let url = root.appendingPathComponent(path)
                let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
                if values?.isSymbolicLink == true, (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
                    diagnostics.append(Diagnostic(.warning, rule: "symlink", "symbolic link to a folder is not followed",
                                                  at: SourceLocation(file: join(displayRoot, path), line: 0, column: 0)))
                } else if values?.isDirectory == true {
                    pending.append(path)
                } else if extensions.contains(url.pathExtension.lowercased()) {
                    found.append(path)
                }
            }
        }
        return (found.sorted(), diagnostics)
    }

    /// The file's text, or a diagnostic saying why there is none (unreadable, not UTF-8).
    static func readText(_ url: URL, display: String) -> Result<String, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(Diagnostic(.error, rule: "read", "cannot read file", at: SourceLocation(file: display, line: 0, column: 0)))
        }
        let bytes = [UInt8](data)
        if let bad = firstInvalidUTF8(bytes) {
            let prefix = bytes[..<bad]
            let line = prefix.filter { $0 == 0x0A }.count + 1
            let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = String(decoding: bytes[lineStart..<bad], as: UTF8.self).count + 1
            return .failure(Diagnostic(.error, rule: "encoding", "file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16)))",
                                       at: SourceLocation(file: display, line: line, column: column)))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(text)
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func join(_ a: String, _ b: String) -> String {
        if b.isEmpty { return a }
        return a.isEmpty || a == "." ? b : (a.hasSuffix("/") ? a + b : "\(a)/\(b)")
    }
}
