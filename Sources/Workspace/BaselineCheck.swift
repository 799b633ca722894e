import Baseline
import Content
import Foundation

/// `check --baseline REF`: the figures that changed since a baseline, as findings.
public struct BaselineCheck {
    /// `git:REV` for a revision of the repository the content folder is in, else the path of a
    /// `figures.json` a build wrote.
    public var reference: String
    /// With `--strict`, an unexplained change is an error rather than a warning.
    public var strict = false

    public init(reference: String, strict: Bool = false) {
        self.reference = reference
        self.strict = strict
    }

    public struct Outcome: Sendable {
        public var changes: [FigureChange]
        public var diagnostics: [Diagnostic]
        /// Whether the baseline could be read; without it nothing was compared.
        public var loaded = true
    }

    /// Compares `current` (the figures of the content folder `contentPath`) with the baseline.
    public func run(current: FigureRecord, contentPath: String) -> Outcome {
        let at = SourceLocation(file: reference, line: 0, column: 0)
        let baseline: FigureRecord
        switch load(contentPath: contentPath) {
        case .success(let record): baseline = record
        case .failure(let message):
            return Outcome(
                changes: [], diagnostics: [Diagnostic(.error, rule: "baseline", message, at: at)], loaded: false)
        }
        let changes = BaselineComparison.compare(baseline: baseline, current: current)
        let diagnostics = changes.map { change -> Diagnostic in
            let severity: Diagnostic.Severity = change.kind == .unexplained ? (strict ? .error : .warning) : .info
            return Diagnostic(
                severity, rule: "baseline-\(change.kind.rawValue)",
                "changed since the baseline from \(change.before) to \(change.after): \(change.reason)",
                at: SourceLocation(
                    file: ProjectFiles.join(contentPath, change.file), line: change.line, column: change.column),
                length: change.after.count)
        }
        return Outcome(changes: changes, diagnostics: diagnostics)
    }

    enum LoadResult {
        case success(FigureRecord)
        case failure(String)
    }

    func load(contentPath: String) -> LoadResult {
        if reference.hasPrefix("git:") {
            let revision = String(reference.dropFirst(4))
            do {
                let files = try GitRevision(revision: revision, folder: contentPath.isEmpty ? "." : contentPath).files()
                return .success(Self.record(of: files))
            } catch {
                guard case .git(let message) = error else {
                    return .failure("cannot read the baseline revision \(revision)")
                }
                return .failure("cannot read the baseline revision \(revision): \(message)")
            }
        }
        guard let data = FileManager.default.contents(atPath: reference) else {
            return .failure(
                "cannot read the baseline \(reference): no such file (sitegen build writes .sitegen-cache/<output>.figures.json)"
            )
        }
        guard let record = FigureRecord.decode(data) else {
            return .failure("\(reference) is not a figure record written by this version of sitegen build")
        }
        return .success(record)
    }

    /// The figures of a content folder given as content-relative path → text.
    static func record(of files: [String: String]) -> FigureRecord {
        let settings = files["site.yaml"].map { SiteSettings.parse($0, file: "site.yaml").0 } ?? SiteSettings()
        let loader = PageLoader(settings: settings)
        let pages = files.keys.filter { $0 != "site.yaml" }.sorted().compactMap {
            loader.load(file: $0, text: files[$0]!).0
        }
        return FigureRecorder.record(ContentSet.assemble(pages, settings: settings).0)
    }
}
