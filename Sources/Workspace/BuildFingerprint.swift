import Content
import Foundation
import Site
import TextKit

/// Hashes of what a build's output depends on beyond each page's own file, for the cache.
enum BuildFingerprint {
    /// Everything global: the sitegen binary, the rendering tools' versions, settings, theme,
    /// languages and options. When any of it changes, every page may change, so the cache is not used.
    static func global(
        _ project: LoadedProject, loader: ProjectLoader, outputPath: String, strict: Bool,
        tools: ToolVersions = ToolVersions(versions: [:])
    ) -> ContentHash {
        var h = ContentHash()
        h.add("sitegen build cache 1")
        for (name, version) in tools.versions.sorted(by: { $0.key < $1.key }) {
            h.add(name)
            h.add(version)
        }
        // Another sitegen may render differently; its size and time tell builds apart.
        if let binary = FileStamp(path: "/proc/self/exe") ?? Bundle.main.executablePath.flatMap(FileStamp.init(path:)) {
            h.add(UInt64(bitPattern: binary.size))
            h.add(UInt64(bitPattern: Int64(binary.seconds)))
            h.add(UInt64(bitPattern: Int64(binary.nanoseconds)))
        }
        let settings = project.settings
        h.add(project.sources[ProjectFiles.join(loader.contentPath, "site.yaml")] ?? "")
        h.add(settings.baseURL)
        h.add(settings.defaultLanguage)
        h.add(project.content.languages.joined(separator: ","))
        for (name, source) in project.theme.templates.sorted(by: { $0.key < $1.key }) {
            h.add(name)
            h.add(source.text)
        }
        for (language, strings) in project.theme.strings.sorted(by: { $0.key < $1.key }) {
            h.add(language)
            for (key, value) in strings.values.sorted(by: { $0.key < $1.key }) {
                h.add(key)
                h.add(value)
            }
            h.add(strings.months.joined(separator: ","))
        }
        for asset in project.theme.assets {
            h.add(asset.path)
            h.add(asset.contents)
        }
        h.add("\(strict) \(loader.includeDrafts) \(loader.contentPath) \(loader.templatesPath) \(outputPath)")
        return h
    }

    /// What one page's output is made of besides the global inputs: its file, the versions of
    /// its translation group and where they are published, and what `check` found on it.
    static func page(_ page: Page, hash: ContentHash, plan: SitePlan, check: PageCheck?) -> ContentHash {
        var h = ContentHash()
        h.add(page.file)
        h.add(hash.value)
        for version in plan.versions(of: page) {
            h.add(version.language)
            h.add(plan.path(of: version))
        }
        h.add(plan.path(of: plan.defaultVersion(of: page)))
        h.add(navigation(of: page, plan: plan).value)
        if let check {
            h.add(UInt64(check.figures))
            for d in check.findings {
                h.add(
                    "\(d.severity.rawValue)|\(d.rule)|\(d.message)|\(d.location)|\(d.stated ?? "")|\(d.computed ?? "")|\(d.length)"
                )
            }
        } else {
            h.add("unchecked")
        }
        return h
    }
}

extension BuildFingerprint {
    /// What a page shows of its section: the sections above it, and its previous and next pages.
    static func navigation(of page: Page, plan: SitePlan) -> ContentHash {
        var h = ContentHash()
        for section in plan.navigation.trail(language: page.language, directory: page.directory) {
            h.add(section.directory)
            h.add(section.title)
        }
        let (previous, next) = plan.navigation.neighbours(of: page)
        for neighbour in [previous, next] {
            h.add(neighbour.map { $0.title + "\u{0}" + plan.path(of: $0) } ?? "-")
        }
        return h
    }
}

/// Where the cache of one output folder lives: `.sitegen-cache/<output name>.cache` beside it.
struct CacheStore {
    let outputPath: String

    var url: URL {
        let output = URL(fileURLWithPath: outputPath).standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".sitegen-cache")
            .appendingPathComponent(output.lastPathComponent + ".cache")
    }

    func read() -> BuildCache? {
        guard case .success(let bytes) = FileBytes.read(url.path, limit: Int.max) else { return nil }
        return BuildCache.decode(bytes)
    }

    /// Written beside and renamed into place, so a reader never sees half a cache. A cache
    /// that cannot be written only costs the next build its speed, so failures are ignored.
    func write(_ cache: BuildCache) {
        write(encoded: cache.encoded())
    }

    /// Stores a cache already encoded (`BuildCache.encoded`).
    func write(encoded bytes: [UInt8]) {
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
        guard (try? FileWriter.write(bytes, to: temporary.path, what: "the build cache")) != nil else {
            return
        }
        if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
