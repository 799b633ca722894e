import Foundation

/// A stable 64-bit hash of bytes, for telling whether a file or an input changed.
///
/// Swift's `Hasher` is seeded per process, so it cannot compare one build with the next.
/// FNV-1a's multiply-xor step taken eight bytes at a time (a byte at a time, hashing a build's
/// 200 MB of output took a fifth of a second), with a final mix. Nothing here guards against
/// an adversary; a chance collision is about 2⁻⁶⁴ per file.
struct ContentHash: Hashable, Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    init(value: UInt64) {
        self.value = value
    }

    init(_ text: String) {
        add(text)
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
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

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        add(UInt64(text.utf8.count))
    }

    mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
        add(UInt64(bytes.count))
    }

    var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}

/// What `stat` says about a file: when its size and modification time are those of the last
/// build, it is taken as unchanged without reading it (as git's index does).
struct FileStamp: Hashable, Sendable {
    var size: Int64
    var seconds: Int
    var nanoseconds: Int

    init(size: Int64, seconds: Int, nanoseconds: Int) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(size: Int64(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }
}
