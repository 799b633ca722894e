import Baseline
import Content
import Foundation

/// `figures.json` beside the build cache: every figure a published build showed, the baseline
/// `check --baseline PATH` reads (`.sitegen-cache/<output>.figures.json`).
public struct FigureRecordStore {
    let outputPath: String

    public init(outputPath: String) {
        self.outputPath = outputPath
    }

    public var url: URL {
        let output = URL(fileURLWithPath: outputPath).standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".sitegen-cache")
            .appendingPathComponent(output.lastPathComponent + ".figures.json")
    }

    public func read() -> FigureRecord? {
        FileManager.default.contents(atPath: url.path).flatMap(FigureRecord.decode)
    }

    /// After an incremental build: the pages read again replace their entries, and pages no
    /// longer in the site go. Without an earlier record there is nothing to keep up to date.
    func update(with pages: [Page], site: ContentSet) {
        guard var record = read() else { return }
        let (subset, _) = ContentSet.assemble(pages.filter { !$0.source.isEmpty }, settings: SiteSettings())
        record.pages.merge(FigureRecorder.record(subset).pages) { $1 }
        let current = Set(site.pages.map(\.file))
        record.pages = record.pages.filter { current.contains($0.key) }
        save(record)
    }

    func save(_ record: FigureRecord) {
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
        guard (try? record.encoded().write(to: temporary)) != nil else { return }
        if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }
}
