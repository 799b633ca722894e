import Foundation
import Site

/// POSIX writes on every core: `FileManager` and `Data` add an allocation and a lookup or two per
/// file, and a site has a file per page and language.
extension FileWriter {
    /// Many files below `root`: the folders first, then the files, on every core.
    static func writeAll(_ files: [OutputFile], into root: String) throws(PublishError) {
        var folders = Set<String>()
        for file in files {
            var path = file.path
            while let slash = path.lastIndex(of: "/") {
                path = String(path[..<slash])
                guard folders.insert(path).inserted else { break }
            }
        }
        // Level by level, so a folder's parent exists; the folders of one level (on a big site,
        // nearly all of them page folders) are made on every core.
        var levels: [[String]] = []
        for folder in folders {
            let depth = folder.utf8.count { $0 == UInt8(ascii: "/") }
            while levels.count <= depth { levels.append([]) }
            levels[depth].append(folder)
        }
        for level in levels.map({ $0.sorted() }) {
            let made = level.parallelMap { folder -> Int32 in
                mkdir(root + "/" + folder, 0o755) != 0 && errno != EEXIST ? errno : 0
            }
            if let i = made.firstIndex(where: { $0 != 0 }) { throw .write("creating \(level[i]): \(reason(made[i]))") }
        }
        let failures = files.parallelMap { write($0.contents, to: root + "/" + $0.path) }
        if let i = failures.firstIndex(where: { $0 != 0 }) {
            throw .write("writing \(files[i].path): \(reason(failures[i]))")
        }
    }
}
