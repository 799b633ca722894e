import Foundation

/// Reads and writes the render cache beside the build cache: a magic line, then per entry an
/// 8-byte key, a 4-byte length and that many bytes of UTF-8, little-endian.
struct RenderCacheStore {
    let outputPath: String
    private static let magic = Array("sitegen-render-cache 1\n".utf8)

    var url: URL { CacheStore(outputPath: outputPath).url.deletingPathExtension().appendingPathExtension("render") }

    /// The stored entries; a missing, foreign or cut-short file reads as empty.
    func read() -> [UInt64: String] {
        guard case .success(let bytes) = FileBytes.read(url.path, limit: Int.max), bytes.starts(with: Self.magic) else {
            return [:]
        }
        var entries: [UInt64: String] = [:]
        var i = Self.magic.count
        func integer(_ width: Int) -> UInt64? {
            guard i + width <= bytes.count else { return nil }
            var value: UInt64 = 0
            for k in 0..<width { value |= UInt64(bytes[i + k]) << (8 * k) }
            i += width
            return value
        }
        while i < bytes.count {
            guard let key = integer(8), let length = integer(4).map(Int.init), i + length <= bytes.count,
                let value = String(validating: bytes[i..<(i + length)], as: UTF8.self)
            else { return [:] }
            i += length
            entries[key] = value
        }
        return entries
    }

    /// Written beside and renamed into place; a cache that cannot be written only costs speed.
    func write(_ entries: [UInt64: String]) {
        var bytes = Self.magic
        func append(_ value: UInt64, _ width: Int) {
            for k in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * k))) }
        }
        for key in entries.keys.sorted() {
            let value = Array(entries[key]!.utf8)
            append(key, 8)
            append(UInt64(value.count), 4)
            bytes += value
        }
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
        guard (try? FileWriter.write(bytes, to: temporary.path, what: "the render cache")) != nil else { return }
        if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
