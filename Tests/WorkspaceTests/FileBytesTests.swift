import Foundation
import TestSupport
import Testing

@testable import Workspace

/// Files are read straight into an array sized by `stat`; what comes back is the file, whatever
/// its size says.
@Suite struct FileBytesTests {
    @Test func readsWhatIsThere() throws {
        let text = String(repeating: "成本 cost\n", count: 20_000)
        let project = try FixtureProject(["big.md": text, "empty.md": ""])
        defer { project.remove() }
        #expect(try FileBytes.read(project.path("big.md"), limit: 1 << 20).get() == Array(text.utf8))
        #expect(try FileBytes.read(project.path("empty.md"), limit: 10).get() == [])
        // Sized 0 by stat, yet it has text.
        let status = try FileBytes.read("/proc/self/status", limit: 1 << 20).get()
        #expect(String(decoding: status, as: UTF8.self).contains("Name:"))
        guard case .failure(let problem) = FileBytes.read(project.path("big.md"), limit: 1_000) else {
            Issue.record("a file over the limit was read")
            return
        }
        #expect(problem.message.contains("limited to"))
        #expect(throws: FileBytes.Problem.self) { try FileBytes.read("/proc/self/status", limit: 10).get() }
    }
}
