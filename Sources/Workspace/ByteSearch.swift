import Foundation

extension ArraySlice<UInt8> {
    /// The position of the first `byte`, found with `memchr`: the build cache is megabytes of
    /// short fields read on every rebuild, and the generic `firstIndex(of:)` looks at one byte at
    /// a time.
    func position(of byte: UInt8) -> Int? {
        withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let hit = memchr(base, Int32(byte), buffer.count) else { return nil }
            return startIndex + (UnsafeRawPointer(hit) - UnsafeRawPointer(base))
        }
    }

    /// Whether the bytes hold `byte`.
    func holds(_ byte: UInt8) -> Bool { position(of: byte) != nil }
}
