import Foundation

/// Creates the output's folders and files with POSIX calls, so a failure names its cause.
///
/// `FileManager.createFile` only answers false; a full disk, a read-only mount and a missing
/// permission need different fixes, so the user must be told which one it was.
enum FileWriter {
    static func write(_ bytes: [UInt8], to path: String, what: String) throws(PublishError) {
        let code = write(bytes, to: path)
        if code != 0 { throw .write("writing \(what): \(reason(code))") }
    }

    /// Writes `bytes` to `path`; 0, or the errno of the call that failed. Safe on any thread.
    static func write(_ bytes: [UInt8], to path: String) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return errno }
        let written = write(bytes, to: fd)
        // Some file systems report a full disk only when the file is closed.
        if close(fd) != 0, written == 0 { return errno }
        return written
    }

    /// Writes all of `bytes` to the open file `fd`, through interrupted and partial writes; 0, or
    /// the errno that stopped it.
    static func write(_ bytes: [UInt8], to fd: Int32) -> Int32 {
        bytes.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                guard n > 0 else { return ENOSPC }
                offset += n
            }
            return 0
        }
    }

    /// Creates `path` and any missing parents.
    static func makeFolder(_ path: String, what: String) throws(PublishError) {
        var missing: [String] = []
        var current = path
        while !current.isEmpty, current != "/", !FileManager.default.fileExists(atPath: current) {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for folder in missing.reversed() where mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw .write("creating \(what): \(reason(errno))")
        }
    }

    /// The cause of a failed write in the words users search for.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case EROFS: return "the file system is read-only"
        case EACCES: return "permission denied"
        case EPERM: return "operation not permitted (is the folder immutable?)"
        case ENAMETOOLONG: return "a file name is too long for the file system"
        default: return String(cString: strerror(code))
        }
    }
}
