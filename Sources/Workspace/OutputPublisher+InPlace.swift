import Foundation
import Site

/// Publishing over an output folder sitegen wrote before, touching only the files whose bytes
/// differ: unchanged files keep their inodes and folders stay, as Hugo leaves its output.
///
/// The changed files are written into a flat staging folder beside the output (numbered files,
/// so no folders are made for them), then each is renamed over its old version, which is moved
/// aside into a flat folder of replaced files; files no longer built are moved aside last. A
/// failure undoes the moves at once, and a journal in the replaced folder lets the next build
/// undo a commit that a kill cut short, so the output is always the old site or the new one.
extension OutputPublisher {
    static let journalName = ".sitegen-journal"

    /// The whole site `files`, published by replacing only what differs in the output folder.
    func publishInPlace(_ files: [OutputFile], buildToken: String) throws(PublishError) {
        let root = output.path
        let built = Set(files.map(\.path))
        let removed = Self.filesBelow(root).filter { !built.contains($0) && $0 != Self.marker && $0 != ".gitkeep" }
            .sorted()
        let differs = files.parallelMap { Self.differs($0, at: root + "/" + $0.path) }
        let changed = zip(files, differs).filter(\.1).map(\.0)
        try replace(changed + [OutputFile(path: Self.marker, text: Self.markerText(buildToken))], removing: removed)
    }

    /// Moves `changed` into the output folder over their old versions and moves `removed` out,
    /// all or nothing.
    func replace(_ changed: [OutputFile], removing removed: [String]) throws(PublishError) {
        let (staging, previous) = sideFolders(output)
        try stage(into: staging, count: changed.count) { (range) throws(PublishError) in
            let failures = Array(range).parallelMap {
                FileWriter.write(changed[$0].contents, to: staging.path + "/\($0)")
            }
            if let i = failures.firstIndex(where: { $0 != 0 }) {
                throw .write("writing \(changed[range.lowerBound + i].path): \(FileWriter.reason(failures[i]))")
            }
        }
        let guarded = InterruptGuard.shared
        try guarded.step { (progress) throws(PublishError) in
            defer {
                try? FileManager.default.removeItem(at: staging)
                progress.staging = nil
            }
            var commit = InPlaceCommit(output: output.path, staging: staging.path, previous: previous.path)
            do {
                try commit.run(changed: changed.map(\.path), removed: removed)
                progress.replacedOutput = true
            } catch {
                commit.undo()
                try? FileManager.default.removeItem(at: previous)
                throw .write("cannot replace \(outputPath): \(error)")
            }
            try? FileManager.default.removeItem(at: previous)
        }
        // Folders left empty by removed pages go too, as a full build would not make them.
        for path in removed {
            var folder = (output.path + "/" + path as NSString).deletingLastPathComponent
            while folder.count > output.path.count, rmdir(folder) == 0 {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
    }

    /// Whether `file` differs from what is at `path`: a size first, then the bytes.
    static func differs(_ file: OutputFile, at path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == file.contents.count,
            case .success(let bytes) = FileBytes.read(path, limit: file.contents.count)
        else { return true }
        return bytes != file.contents
    }

    /// Every regular file and link below `root`, as `/`-separated paths relative to it.
    static func filesBelow(_ root: String) -> [String] {
        var found: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            guard
                let entries = try? FileManager.default.contentsOfDirectory(
                    atPath: folder.isEmpty ? root : root + "/" + folder)
            else { continue }
            for name in entries {
                let relative = folder.isEmpty ? name : folder + "/" + name
                var info = stat()
                guard lstat(root + "/" + relative, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR { folders.append(relative) } else { found.append(relative) }
            }
        }
        return found
    }
}

/// The moves of one in-place publication, with the journal that lets them be undone.
///
/// Journal lines, written before the first move: `d <folder>` for each folder the commit makes,
/// `c <n> <0|1> <path>` for the staged file `n` and whether `path` existed (its old version goes
/// to `<previous>/<n>`), `r <n> <path>` for a removed file (moved to `<previous>/r<n>`).
struct InPlaceCommit {
    let output: String
    let staging: String
    let previous: String
    private var entries: [Entry] = []
    private var folders: [String] = []

    enum Entry {
        case changed(Int, existed: Bool, path: String)
        case removed(Int, path: String)
    }

    struct MoveError: Error, CustomStringConvertible {
        var description: String
    }

    init(output: String, staging: String, previous: String) {
        self.output = output
        self.staging = staging
        self.previous = previous
    }

    /// The folder of a relative output path, "" at the top. Not NSString's
    /// `deletingLastPathComponent`, which traps on a one-character path in this Foundation.
    static func parent(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    mutating func run(changed: [String], removed: [String]) throws(MoveError) {
        var made: Set<String> = []
        for path in changed {
            var folder = Self.parent(of: path)
            var missing: [String] = []
            while !folder.isEmpty, !made.contains(folder),
                !FileManager.default.fileExists(atPath: output + "/" + folder)
            {
                missing.append(folder)
                folder = Self.parent(of: folder)
            }
            for folder in missing.reversed() where made.insert(folder).inserted { folders.append(folder) }
        }
        entries =
            changed.enumerated().map { n, path in
                var info = stat()
                return .changed(n, existed: lstat(output + "/" + path, &info) == 0, path: path)
            } + removed.enumerated().map { .removed($0, path: $1) }
        guard mkdir(previous, 0o755) == 0 else {
            throw MoveError(description: "\(previous): \(FileWriter.reason(errno))")
        }
        var journal = folders.map { "d\t\($0)\n" }.joined()
        for entry in entries {
            switch entry {
            case let .changed(n, existed, path): journal += "c\t\(n)\t\(existed ? 1 : 0)\t\(path)\n"
            case let .removed(n, path): journal += "r\t\(n)\t\(path)\n"
            }
        }
        let written = FileWriter.write(Array(journal.utf8), to: previous + "/" + OutputPublisher.journalName)
        guard written == 0 else { throw MoveError(description: "writing its journal: \(FileWriter.reason(written))") }

        for folder in folders where mkdir(output + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw MoveError(description: "\(folder): \(FileWriter.reason(errno))")
        }
        for entry in entries {
            switch entry {
            case let .changed(n, existed, path):
                if existed { try move(output + "/" + path, to: previous + "/\(n)", path) }
                try move(staging + "/\(n)", to: output + "/" + path, path)
            case let .removed(n, path):
                try move(output + "/" + path, to: previous + "/r\(n)", path)
            }
        }
        // The commit is complete once its journal is gone; the old files are only waste now.
        unlink(previous + "/" + OutputPublisher.journalName)
    }

    private func move(_ from: String, to: String, _ path: String) throws(MoveError) {
        guard rename(from, to) == 0 else { throw MoveError(description: "\(path): \(FileWriter.reason(errno))") }
    }

    /// Puts every old file back and takes every new one out, newest move first.
    func undo() {
        Self.undo(entries: entries, folders: folders, output: output, previous: previous)
    }

    static func undo(entries: [Entry], folders: [String], output: String, previous: String) {
        for entry in entries.reversed() {
            switch entry {
            case let .changed(n, existed, path):
                // An old file not yet moved aside is still in place; a new one may never have arrived.
                if existed {
                    if access(previous + "/\(n)", F_OK) == 0 { rename(previous + "/\(n)", output + "/" + path) }
                } else {
                    unlink(output + "/" + path)
                }
            case let .removed(n, path):
                if access(previous + "/r\(n)", F_OK) == 0 { rename(previous + "/r\(n)", output + "/" + path) }
            }
        }
        for folder in folders.reversed() { rmdir(output + "/" + folder) }
    }

    /// Undoes the commit whose replaced files are in `previous`, if its journal says it was cut short.
    static func recover(output: String, previous: String) {
        guard case .success(let bytes) = FileBytes.read(previous + "/" + OutputPublisher.journalName, limit: 1 << 30)
        else { return }
        var entries: [Entry] = []
        var folders: [String] = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(
                separator: "\t", maxSplits: line.hasPrefix("c") ? 3 : line.hasPrefix("r") ? 2 : 1,
                omittingEmptySubsequences: false
            ).map(String.init)
            switch (fields.first, fields.count) {
            case ("d", 2): folders.append(fields[1])
            case ("c", 4):
                if let n = Int(fields[1]) { entries.append(.changed(n, existed: fields[2] == "1", path: fields[3])) }
            case ("r", 3): if let n = Int(fields[1]) { entries.append(.removed(n, path: fields[2])) }
            default: continue
            }
        }
        undo(entries: entries, folders: folders, output: output, previous: previous)
    }
}
