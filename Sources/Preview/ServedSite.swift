import Content
import Hummingbird

/// An immutable snapshot of everything the server answers with: the last complete site, the
/// diagnostics of the latest rebuild, and the version that the reload script compares against.
///
/// A rebuild makes a new snapshot and swaps it in whole, so a request sees one build from its
/// first byte to its last, however the files on disk are being replaced at that moment.
public struct ServedSite: Sendable {
    /// Bumped on every change of files or diagnostics; pages carry it to detect missed reloads.
    public let version: Int
    let files: [String: ServedFile]
    public let diagnostics: [Diagnostic]
    /// What HTML pages get before `</body>`: the reload script, and the overlay when there are diagnostics.
    let injection: ByteBuffer

    init(
        version: Int, files: [String: ServedFile], diagnostics: [Diagnostic], sources: [String: String],
        instance: String
    ) {
        self.version = version
        self.files = files
        self.diagnostics = diagnostics
        let overlay = DiagnosticOverlay(diagnostics: diagnostics, sources: sources).html
        self.injection = ByteBuffer(string: ReloadScript.html(version: version, instance: instance) + overlay)
    }

    /// The snapshot after a rebuild: unchanged files keep their buffers, changed ones get new ones.
    /// `changed` names every path of `new` added, changed or gone since this snapshot, so a save
    /// touches only those, not every file of the site.
    func next(
        files new: [String: [UInt8]], changed: Set<String>, diagnostics: [Diagnostic], sources: [String: String],
        instance: String
    ) -> ServedSite {
        var served = files
        // Hashed on every core: the first build hands over every file of the site.
        let made = Array(changed).parallelMap { path in (path, new[path].map { ServedFile(path: path, bytes: $0) }) }
        for (path, file) in made {
            served[path] = file
        }
        // A caller that left a path out of `changed` still gets the site it gave.
        if served.count != new.count {
            served = files.filter { new[$0.key] != nil && !changed.contains($0.key) }
            for (path, bytes) in new where served[path] == nil { served[path] = ServedFile(path: path, bytes: bytes) }
        }
        return ServedSite(
            version: version + 1, files: served, diagnostics: diagnostics, sources: sources, instance: instance)
    }

    static func empty(instance: String) -> ServedSite {
        ServedSite(version: 0, files: [:], diagnostics: [], sources: [:], instance: instance)
    }

    func file(_ key: String) -> ServedFile? { files[key] }

    /// The tag sent as `ETag`: the file's hash, and for HTML also the snapshot's version, since
    /// the injected script and overlay change with it.
    func etag(for file: ServedFile) -> String {
        file.isHTML ? "\"\(file.hash)-\(version)\"" : "\"\(file.hash)\""
    }
}
