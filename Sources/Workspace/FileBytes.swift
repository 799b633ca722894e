import Foundation

/// Reads a whole input file with POSIX calls, so each failure can say what is actually wrong.
///
/// `FileManager.contents(atPath:)` answers every problem with nil, and would block on a named
/// pipe or read a device forever; here only regular files up to a size limit are read.
enum FileBytes {
    /// Why a file could not be read, in words for the user.
    struct Problem: Error, Equatable {
        var message: String
    }

    static func read(_ path: String, limit: Int) -> Result<[UInt8], Problem> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(Problem(message: describe(errno, path: path))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFIFO: return .failure(Problem(message: "not a regular file but a named pipe; only files are read"))
        case S_IFSOCK: return .failure(Problem(message: "not a regular file but a socket; only files are read"))
        case S_IFCHR, S_IFBLK: return .failure(Problem(message: "not a regular file but a device; only files are read"))
        default: return .failure(Problem(message: "not a regular file; only files are read"))
        }
        if Int(info.st_size) > limit { return .failure(tooLarge(Int(info.st_size), limit: limit)) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(Problem(message: describe(errno, path: path))) }
        defer { close(fd) }
        // Read straight into the array, sized by stat and one byte more to see the end: the
        // build cache alone is megabytes, which a chunk buffer would copy twice.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size) + 1) { buffer, initialized in
            while initialized < buffer.count {
                let count = Foundation.read(fd, buffer.baseAddress! + initialized, buffer.count - initialized)
                if count < 0, errno == EINTR { continue }
                if count < 0 { failure = errno }
                if count <= 0 { return }
                initialized += count
            }
        }
        guard failure == 0 else { return .failure(Problem(message: describe(failure, path: path))) }
        if bytes.count <= Int(info.st_size) { return .success(bytes) }
        // The file grew after stat: read on, within the limit.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if bytes.count > limit { return .failure(tooLarge(bytes.count, limit: limit)) }
            let count = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .failure(Problem(message: describe(errno, path: path))) }
            if count == 0 { return .success(bytes) }
            bytes += chunk[..<count]
            // The file grew after stat: still refuse rather than read without end.
            if bytes.count > limit { return .failure(tooLarge(bytes.count, limit: limit)) }
        }
    }

    private static func tooLarge(_ size: Int, limit: Int) -> Problem {
        Problem(
            message:
                "file is \(megabytes(size)); text inputs are limited to \(megabytes(limit)), so split it into several pages"
        )
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    private static func describe(_ code: Int32, path: String) -> String {
        switch code {
        case EACCES, EPERM: return "cannot read file: permission denied"
        case ELOOP: return "cannot read file: symbolic link loop"
        case ENOENT:
            let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
            return isLink ? "cannot read file: broken symbolic link" : "cannot read file: it no longer exists"
        case EISDIR: return "cannot read file: it is a folder"
        case EIO: return "cannot read file: input/output error from the disk"
        default: return "cannot read file: \(String(cString: strerror(code)))"
        }
    }
}
