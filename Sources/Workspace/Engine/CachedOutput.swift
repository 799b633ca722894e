import Content
import Site
import TextKit

/// `build`'s store: the output folder, and what the last build of it recorded in
/// `.sitegen-cache/` (`BuildCache`, the figure record, the search terms). Without a previous
/// cache (`previous` nil) the run is a full build: the whole site is published by one swap
/// and the cache written whole; otherwise only the files whose bytes changed are replaced and
/// the cache's changes appended.
struct CachedOutput {
    let pipeline: BuildPipeline
    let project: LoadedProject
    /// The last build's cache; nil for a full build.
    let previous: BuildCache?
    let fingerprint: ContentHash
    /// Files the last build recorded that are no longer listed.
    let removed: [String]
    /// Whether this build keeps a cache for the next (not with `--no-cache`).
    let keepsCache: Bool
    /// The search terms indexed while rendering, and the figures read while checking.
    let searchTerms: SearchTermCollector?
    let figureRecords: FigureRecordCollector?
    /// The cache's changes (a rebuild), or the whole cache being worked out and encoded while
    /// the files are written (a full build).
    private(set) var changes: BuildCache.Changes
    var recording: Pending<[UInt8]>?
    /// The figure record of a full build, encoded on another core while the files are written.
    var encodingFigures: Pending<[UInt8]>?

    init(
        pipeline: BuildPipeline, project: LoadedProject, previous: BuildCache?, fingerprint: ContentHash,
        removed: [String]
    ) {
        self.pipeline = pipeline
        self.project = project
        self.previous = previous
        self.fingerprint = fingerprint
        keepsCache = previous != nil || pipeline.incremental
        self.removed = removed
        searchTerms = keepsCache ? SearchTermCollector() : nil
        figureRecords = keepsCache ? FigureRecordCollector() : nil
        changes = BuildCache.Changes(token: previous?.token ?? "")
    }

    var outputPath: String { pipeline.outputPath }
    var leftOut: Set<String> { Set(project.leftOut.map(\.file)) }

    /// The search terms the renderer starts from: the last build's for a rebuild.
    var searchMemory: SearchTermMemory? {
        searchTerms?.memory(
            reading: previous == nil ? nil : SearchTermStore(outputPath: outputPath), fingerprint: fingerprint)
    }

    /// What the last build reported on files not read again, as `notes` picks it, leaving out
    /// the files in `except` (they are reported afresh) and, unless loading is asked for, drafts
    /// left out (they were neither checked nor rendered).
    func reusedNotes(_ notes: KeyPath<BuildCache.Page, [Diagnostic]>, except: Set<String>) -> [Diagnostic] {
        guard let previous else { return [] }
        let skipped = notes == \BuildCache.Page.loadNotes ? except : except.union(leftOut)
        // Only files not read again that the last build had notes or findings on.
        let noted = previous.noted.filter { project.reused.contains($0) && !skipped.contains($0) }
        return noted.sorted().flatMap { previous.pages[$0]?[keyPath: notes] ?? [] }
    }

    /// Files the last build recorded that are no longer listed.
    static func removedFiles(_ project: LoadedProject, previous: BuildCache) -> [String] {
        // Every reused file is in the cache; when they and the fresh files the cache knows
        // account for all of it, nothing is gone, and no file needs looking up.
        let known = project.reused.count + project.fresh.count { previous.pages[$0] != nil }
        guard known != previous.pages.count else { return [] }
        let listed = Set(project.listed)
        return previous.pages.keys.filter { !listed.contains($0) }.sorted()
    }
}

extension CachedOutput: BuildStore {
    func recorded(_ file: String) -> RecordedPage? { previous?.recorded(file) }
    func navigation(_ file: String) -> ContentHash? { previous?.navigation(file) }

    func checked(_ run: BuildExecutor.Run) -> (findings: [Diagnostic], checks: [String: PageCheck]) {
        (run.findings + reusedNotes(\.findings, except: Set(run.planned.map(\.file))), run.checks)
    }

    /// The planned pages whose render key (everything their output is made from) differs from
    /// the recorded one, or whose output is missing.
    func pagesToRender(_ run: BuildExecutor.Run, plan: SitePlan) -> Set<String> {
        var keys: [String: ContentHash] = [:]
        for page in run.planned {
            guard let hash = project.files[page.file]?.hash else { continue }
            keys[page.file] = BuildFingerprint.page(page, hash: hash, plan: plan, check: run.checks[page.file])
        }
        return RebuildPlan.pagesToRender(run.planned, keys: keys) { page in
            previous?.outputs[plan.path(of: page)] == nil ? nil : previous?.pages[page.file]?.renderKey
        }
    }

    var rendersAssets: Bool { true }

    var outputPaths: [String] { previous.map { Array($0.outputs.keys) } ?? [] }

    func differing(_ files: [OutputFile]) -> [(file: OutputFile, hash: ContentHash?)] {
        // A full build writes every file; their hashes are worked out while they are written.
        guard let previous else { return files.map { ($0, nil) } }
        return zip(files, CacheRecorder.hashes(of: files)).filter { previous.outputs[$0.0.path] != $0.1 }
            .map { ($0.0, $0.1) }
    }

    mutating func publish(_ run: BuildExecutor.Run) -> Diagnostic? {
        let publisher = OutputPublisher(outputPath: outputPath)
        do {
            if previous == nil {
                let token = keepsCache ? BuildPipeline.newToken() : ""
                startRecording(run, token: token)
                pipeline.progress?.begin(.writing)
                try publisher.publish(run.files, buildToken: token)
                return nil
            }
            changes.outputs = run.changes.writes.map { ($0.file.path, $0.hash ?? ContentHash()) }
            changes.droppedOutputs = run.changes.removed
            guard !run.changes.isEmpty else { return nil }
            changes.token = BuildPipeline.newToken()
            pipeline.progress?.begin(.writing)
            try publisher.publishChanges(
                run.changes.writes.map(\.file), removing: run.changes.removed, buildToken: changes.token)
            return nil
        } catch {
            return Diagnostic(
                .error, rule: "output", "\(error)", at: SourceLocation(file: outputPath, line: 0, column: 0))
        }
    }

    /// Removes the last cache, and starts working out the new one on another core while the
    /// files are written; it is stored only once they are in place.
    private mutating func startRecording(_ run: BuildExecutor.Run, token: String) {
        CacheStore(outputPath: outputPath).remove()
        guard keepsCache, let plan = run.sitePlan else { return }
        let recorder = CacheRecorder(pipeline: pipeline, project: project, plan: plan)
        let (fingerprint, checks, rendered, files) = (fingerprint, run.checks, run.rendered, run.files)
        recording = Pending {
            recorder.full(fingerprint: fingerprint, token: token, checks: checks, rendered: rendered, files: files)
                .encoded()
        }
        // Encoded after the files were written, alone on the main thread, it was the build's last half second.
        if let figureRecords { encodingFigures = Pending { figureRecords.record.encodedBytes() } }
    }
}
