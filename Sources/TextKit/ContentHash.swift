/// A stable 64-bit hash of bytes, for telling whether a file or an input changed.
///
/// Swift's `Hasher` is seeded per process, so it cannot compare one build with the next.
/// FNV-1a's multiply-xor step taken eight bytes at a time rather than one, with a shift mixed
/// into each step. Nothing here guards against an adversary; a chance collision is about 2⁻⁶⁴
/// per file. Both the build cache and the preview's entity tags use it.
public struct ContentHash: Hashable, Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public init(value: UInt64) {
        self.value = value
    }

    public init(_ text: String) {
        add(text)
    }

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var h = value
        let words = bytes.count / 8
        for i in 0..<words {
            h ^= bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
            h = (h &* 0x0000_0100_0000_01b3) ^ (h >> 29)
        }
        for i in (words * 8)..<bytes.count {
            h ^= UInt64(bytes[i])
            h = h &* 0x0000_0100_0000_01b3
        }
        value = h
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        add(UInt64(text.utf8.count))
    }

    public mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }

    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
        add(UInt64(bytes.count))
    }

    public var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}

extension ContentHash {
    /// The hash of `bytes` alone.
    public init(_ bytes: [UInt8]) {
        self.init()
        add(bytes)
    }
}
