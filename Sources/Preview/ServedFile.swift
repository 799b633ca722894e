import Hummingbird
import TextKit

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
        hash = ContentHash(bytes).hex
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
}
