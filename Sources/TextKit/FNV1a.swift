/// FNV-1a, 64 bits, a byte at a time: the standard hash, for values that are written down and
/// must come out the same in every version of sitegen and on every machine (a translation's
/// `sourceHash`, a group's CI shard). `ContentHash` is the faster one for the build's own caches.
public struct FNV1a: Hashable, Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public init(_ bytes: some Sequence<UInt8>) {
        add(bytes)
    }

    public mutating func add(_ bytes: some Sequence<UInt8>) {
        var h = value
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        value = h
    }

    public mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// Sixteen lowercase hex digits.
    public var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
