import Foundation
import TextKit

extension BuildCache {
    /// What one incremental build changed in the cache. Rewriting the whole cache would make a
    /// one-edit rebuild cost in proportion to the site rather than the edit, so the changes are
    /// appended to the file instead, until they outgrow half of it.
    struct Changes {
        var token: String
        var pages: [Page] = []
        var droppedPages: [String] = []
        var outputs: [(path: String, hash: ContentHash)] = []
        var droppedOutputs: [String] = []

        var isEmpty: Bool { pages.isEmpty && droppedPages.isEmpty && outputs.isEmpty && droppedOutputs.isEmpty }

        /// One block: the token, the outputs, the pages, then `end`.
        func encoded() -> [UInt8] {
            var out = Writer()
            out.line(["token", token])
            for (path, hash) in outputs { out.output(path, hash) }
            for path in droppedOutputs { out.line(["drop-out", path]) }
            for page in pages { out.page(page) }
            for file in droppedPages { out.line(["drop", file]) }
            out.end(blockStart: 0)
            return out.bytes
        }
    }

    /// This cache with `changes` applied, as a reader of the appended block would see it.
    func applying(_ changes: Changes) -> BuildCache {
        var cache = self
        cache.token = changes.token
        for (path, hash) in changes.outputs { cache.outputs[path] = hash }
        for path in changes.droppedOutputs { cache.outputs[path] = nil }
        for page in changes.pages { cache.set(page) }
        for file in changes.droppedPages { cache.drop(file) }
        return cache
    }
}

extension CacheStore {
    /// Records `changes` to the cache `previous` was read from: appended as a block while the
    /// file is as it was read and the blocks stay small, otherwise rewritten whole.
    func record(_ changes: BuildCache.Changes, to previous: BuildCache) {
        let block = changes.encoded()
        let first = previous.storedSize - previous.appendedSize
        guard previous.storedSize > 0, (previous.appendedSize + block.count) * 2 <= first,
            append(block, expectingSize: previous.storedSize)
        else {
            write(previous.applying(changes))
            return
        }
    }

    /// Appends `block` when the file still has `size` bytes; false when it did not append.
    private func append(_ block: [UInt8], expectingSize size: Int) -> Bool {
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, Int(info.st_size) == size else { return false }
        // A block cut short would fail the next read anyway; a cache known to be cut short is
        // removed now, so the next build is a full one without trying.
        if FileWriter.write(block, to: fd) != 0 { remove() }
        return true
    }
}
