import Hummingbird

/// One file of the served site: its bytes in a buffer that every response shares, and its tag.
struct ServedFile: Sendable {
    let body: ByteBuffer
    /// A hash of the bytes: equal bytes give equal tags across rebuilds, so a browser's 304 survives them.
    let hash: String
    let contentType: String
    let isHTML: Bool
    /// Where the preview's script and overlay go in an HTML file: before the last `</body>`, else at the end.
    let injectionOffset: Int

    init(path: String, bytes: [UInt8]) {
        body = ByteBuffer(bytes: bytes)
        hash = Self.fnv1a(bytes)
        contentType = ContentTypes.forPath(path)
        isHTML = ContentTypes.isHTML(path)
        injectionOffset = isHTML ? Self.lastBodyClose(in: bytes) ?? bytes.count : bytes.count
    }

    /// The offset of the last `</body` (any case), searching from the end where it sits.
    static func lastBodyClose(in bytes: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard bytes.count >= needle.count else { return nil }
        for start in stride(from: bytes.count - needle.count, through: 0, by: -1) {
            var match = true
            for (i, expected) in needle.enumerated() where bytes[start + i] | (i > 1 ? 0x20 : 0) != expected {
                match = false
                break
            }
            if match { return start }
        }
        return nil
    }

    /// FNV-1a, 64 bits, as hex: fast, and ample to tell two versions of one file apart.
    static func fnv1a(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
