import CGraphviz
import Glibc
import Synchronization

/// Every call into Graphviz: opening libgvc, registering sitegen's text widths, laying out a graph.
///
/// libgvc is opened with `dlopen`, not linked, so a machine without it still builds sites (its
/// diagrams stay code). Graphviz keeps global state and crashes when two threads lay out at once,
/// even with separate contexts, so every call runs under one process-wide lock.
public struct GraphvizLibrary: Sendable {
    /// The names tried in order; Debian's runtime package (libgvc6) ships the first.
    public static let defaultNames = ["libgvc.so.6", "libgvc.so"]

    /// Graphviz as installed on this machine, opened on first use.
    public static let system = GraphvizLibrary(names: defaultNames)

    let names: [String]

    /// `names` are tried in order; a list that opens nothing makes a library that is unavailable,
    /// which is how tests take the no-Graphviz path.
    public init(names: [String]) {
        self.names = names
    }

    /// Whether libgvc could be opened and its functions found.
    public var isAvailable: Bool { Self.open(names) != nil }

    /// Graphviz's own version and the file libgvc was opened from (whose size and time change
    /// with an upgrade); nil when it cannot be opened.
    public var identity: (version: String, file: String)? {
        Self.open(names).map { ($0.version, $0.file) }
    }

    /// Lays `dot` out with the `dot` engine, measuring every text line with `measure(text, fontSize)`;
    /// nil when Graphviz is missing or rejects the graph.
    public func layout(dot: String, measure: @escaping @Sendable (String, Double) -> Double) -> GraphLayout? {
        guard let library = Self.open(names) else { return nil }
        let json: String? = Self.lock.withLock { _ in
            currentMeasure = measure
            defer { currentMeasure = nil }
            return library.renderJSON(dot)
        }
        return json.flatMap(GraphLayout.init(json:))
    }

    private static let lock = Mutex(())
    private static let opened = Mutex<[[String]: OpenedLibrary?]>([:])

    private static func open(_ names: [String]) -> OpenedLibrary? {
        opened.withLock { cache in
            if let known = cache[names] { return known }
            let library = lock.withLock { _ in OpenedLibrary(names: names) }
            cache[names] = library
            return library
        }
    }
}

/// The text-width function of the layout running now; read by the C callback, which cannot capture.
nonisolated(unsafe) private var currentMeasure: (@Sendable (String, Double) -> Double)?

/// The C entry point of sitegen's text-layout plugin: a line's size from sitegen's own metrics.
private let measureSpan:
    @convention(c) (UnsafeMutablePointer<textspan_t>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> boolean =
        { span, _ in
            guard let span, let text = span.pointee.str else { return 0 }
            let size = span.pointee.font?.pointee.size ?? 14
            let width = currentMeasure?(String(cString: text), size) ?? Double(strlen(text)) * size * 0.6
            span.pointee.size = pointf(x: width, y: size * 1.2)
            span.pointee.yoffset_layout = 0
            span.pointee.yoffset_centerline = size * 0.1
            span.pointee.layout = nil
            span.pointee.free_layout = nil
            return 1
        }

/// Graphviz's messages would go to stderr; sitegen reports problems itself.
private let silence: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { _ in 0 }

/// libgvc opened, its functions found, and a context with sitegen's text plugin selected.
/// Used only under the lock.
private final class OpenedLibrary: @unchecked Sendable {
    typealias MemRead = @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
    typealias Close = @convention(c) (OpaquePointer?) -> Int32
    typealias Layout = @convention(c) (OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?) -> Int32
    typealias FreeLayout = @convention(c) (OpaquePointer?, OpaquePointer?) -> Int32
    typealias RenderData =
        @convention(c) (
            OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
            UnsafeMutablePointer<UInt32>?
        ) -> Int32
    typealias FreeData = @convention(c) (UnsafeMutablePointer<CChar>?) -> Void

    let context: OpaquePointer
    let version: String
    let file: String
    let memRead: MemRead, close: Close, layout: Layout, freeLayout: FreeLayout, renderData: RenderData,
        freeData: FreeData

    init?(names: [String]) {
        guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else { return nil }
        func symbol<T>(_ name: String, _ type: T.Type) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: type) }
        }
        typealias NewContext = @convention(c) () -> OpaquePointer?
        typealias AddLibrary = @convention(c) (OpaquePointer?, UnsafeMutablePointer<gvplugin_library_t>?) -> Void
        typealias SelectTextLayout = @convention(c) (OpaquePointer?) -> Int32
        typealias SetErrorFunction =
            @convention(c) ((@convention(c) (UnsafeMutablePointer<CChar>?) -> Int32)?) -> OpaquePointer?
        guard let newContext = symbol("gvContext", NewContext.self),
            let addLibrary = symbol("gvAddLibrary", AddLibrary.self),
            let selectTextLayout = symbol("gvtextlayout_select", SelectTextLayout.self),
            let memRead = symbol("agmemread", MemRead.self), let close = symbol("agclose", Close.self),
            let layout = symbol("gvLayout", Layout.self), let freeLayout = symbol("gvFreeLayout", FreeLayout.self),
            let renderData = symbol("gvRenderData", RenderData.self),
            let freeData = symbol("gvFreeRenderData", FreeData.self),
            let context = newContext()
        else { dlclose(handle); return nil }
        typealias Version = @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
        version = symbol("gvcVersion", Version.self)?(context).map { String(cString: $0) } ?? "unknown"
        file = Self.mappedFile(containing: "/libgvc.so") ?? names[0]
        _ = symbol("agseterrf", SetErrorFunction.self)?(silence)
        addLibrary(context, Self.textPlugin())
        _ = selectTextLayout(context)
        (self.context, self.memRead, self.close, self.layout, self.freeLayout, self.renderData, self.freeData) =
            (context, memRead, close, layout, freeLayout, renderData, freeData)
    }

    /// The path of the first file mapped into this process whose path contains `name`, from
    /// `/proc/self/maps` (glibc's `dladdr` is not visible to Swift without `_GNU_SOURCE`).
    private static func mappedFile(containing name: String) -> String? {
        guard let file = fopen("/proc/self/maps", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 4096)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard text.contains(name), let slash = text.firstIndex(of: "/") else { continue }
            return String(text[slash...].prefix { $0 != "\n" })
        }
        return nil
    }

    /// The laid-out graph as Graphviz's `json` text, nil if the DOT is rejected.
    func renderJSON(_ dot: String) -> String? {
        guard let graph = dot.withCString({ memRead($0) }) else { return nil }
        defer { _ = close(graph) }
        guard layout(context, graph, "dot") == 0 else { return nil }
        defer { _ = freeLayout(context, graph) }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard renderData(context, graph, "json", &data, &length) == 0, let data else { return nil }
        defer { freeData(data) }
        return String(decoding: UnsafeRawBufferPointer(start: data, count: Int(length)), as: UTF8.self)
    }

    /// A plugin library with one text-layout engine, allocated once and never freed: Graphviz
    /// keeps pointers into it for the life of the context.
    private static func textPlugin() -> UnsafeMutablePointer<gvplugin_library_t> {
        let engine = UnsafeMutablePointer<gvtextlayout_engine_t>.allocate(capacity: 1)
        engine.initialize(to: gvtextlayout_engine_t(textlayout: measureSpan))
        let types = UnsafeMutablePointer<gvplugin_installed_t>.allocate(capacity: 2)
        types[0] = gvplugin_installed_t(
            id: 0, type: UnsafePointer(strdup("textlayout")), quality: 1000, engine: UnsafeMutableRawPointer(engine),
            features: nil)
        types[1] = gvplugin_installed_t(id: 0, type: nil, quality: 0, engine: nil, features: nil)
        let apis = UnsafeMutablePointer<gvplugin_api_t>.allocate(capacity: 2)
        apis[0] = gvplugin_api_t(api: API_textlayout, types: types)
        apis[1] = gvplugin_api_t(api: api_t(0), types: nil)
        let library = UnsafeMutablePointer<gvplugin_library_t>.allocate(capacity: 1)
        library.initialize(to: gvplugin_library_t(packagename: strdup("sitegen"), apis: apis))
        return library
    }
}
