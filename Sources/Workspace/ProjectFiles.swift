import Content
import Foundation
import TextKit

/// Finds and reads a project's files, turning every read problem into a diagnostic.
struct ProjectFiles {
    /// Files below `root` (relative paths, sorted) whose names end in one of `extensions`.
    /// Symlinked folders are skipped so a link loop cannot trap the walk.
    static func list(root: URL, extensions: Set<String>, displayRoot: String) -> ([String], [Diagnostic]) {
        var found: [String] = []
        var diagnostics: [Diagnostic] = []
        var pending = [""]
        let rootPath = root.path
        while let relative = pending.popLast() {
            guard let entries = entries(in: relative.isEmpty ? rootPath : rootPath + "/" + relative) else {
                diagnostics.append(
                    Diagnostic(
                        .error, rule: "read", "cannot read folder",
                        at: SourceLocation(file: join(displayRoot, relative), line: 0, column: 0)))
                continue
            }
            for (name, isPlainFile) in entries where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                // readdir names plain files; only the rest need a stat (URL resource values would
                // allocate and stat every entry, on every rebuild).
                switch isPlainFile ? .other : kind(of: rootPath + "/" + path) {
                case .linkToFolder:
                    diagnostics.append(
                        Diagnostic(
                            .warning, rule: "symlink", "symbolic link to a folder is not followed",
                            at: SourceLocation(file: join(displayRoot, path), line: 0, column: 0)))
                case .folder:
                    pending.append(path)
                case .other:
                    if extensions.contains(fileExtension(of: name)) { found.append(path) }
                }
            }
        }
        return (found.sorted(), diagnostics)
    }

    enum EntryKind { case folder, linkToFolder, other }

    /// The names in a folder, each with whether readdir says it is a plain file (a file system
    /// that does not say leaves it to `kind(of:)`); nil when the folder cannot be read.
    static func entries(in folder: String) -> [(name: String, isPlainFile: Bool)]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        let regularFile: UInt8 = 8  // DT_REG
        var entries: [(String, Bool)] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            entries.append((name, entry.pointee.d_type == regularFile))
        }
        return entries
    }

    static func kind(of path: String) -> EntryKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFLNK:
            var target = stat()
            return stat(path, &target) == 0 && target.st_mode & S_IFMT == S_IFDIR ? .linkToFolder : .other
        default: return .other
        }
    }

    /// What `URL.pathExtension` gives, lowercased: the text after the last dot, if any.
    static func fileExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The largest text file read, page or setting. Reading is linear, but the checks and charts
    /// of one page grow faster than its size, so one huge file would hold up the build; a bigger file is
    /// almost always a mistake, such as a log or an export saved with a `.md` name.
    static let maxTextSize = 2 * 1_048_576

    /// The file's text, or a diagnostic saying why there is none (unreadable, too large, binary,
    /// not UTF-8). A leading byte-order mark is dropped.
    static func readText(_ url: URL, display: String) -> Result<String, Diagnostic> {
        readText(path: url.path, display: display)
    }

    /// `readText(_:display:)` for a path, without the cost of a `URL` per file.
    static func readText(path: String, display: String) -> Result<String, Diagnostic> {
        let bytes: [UInt8]
        switch FileBytes.read(path, limit: maxTextSize) {
        case .success(let b): bytes = b
        case .failure(let problem):
            return .failure(
                Diagnostic(.error, rule: "read", problem.message, at: SourceLocation(file: display, line: 0, column: 0))
            )
        }
        // Git's test for binary content: a NUL byte near the start. Text editors never write one.
        if let nul = bytes.prefix(8000).firstIndex(of: 0) {
            return .failure(
                Diagnostic(
                    .error, rule: "encoding", "this looks like a binary file, not text: it holds a NUL byte",
                    at: location(of: nul, in: bytes, display: display)))
        }
        // The standard library's validation is fast; the slow walk only finds where it broke.
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes) ?? 0
            return .failure(
                Diagnostic(
                    .error, rule: "encoding",
                    "file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16))); save it as UTF-8",
                    at: location(of: bad, in: bytes, display: display)))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(text)
    }

    /// The line and Character column of a byte offset.
    static func location(of offset: Int, in bytes: [UInt8], display: String) -> SourceLocation {
        let (line, column) = LineBreak.position(ofByte: offset, in: bytes)
        return SourceLocation(file: display, line: line, column: column)
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
