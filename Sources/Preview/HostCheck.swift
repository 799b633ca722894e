/// Which `Host` names the server answers to: the address it listens on, and loopback's names.
///
/// A web page elsewhere can point its own domain at 127.0.0.1 (DNS rebinding) and have the
/// browser read a local server as if it were that domain; answering only known names stops it.
struct HostCheck: Sendable {
    /// Lowercased host names, without brackets or port; nil accepts any (listening everywhere).
    let names: Set<String>?

    init(listeningOn host: String) {
        let own = Self.name(host)
        names = ["0.0.0.0", "::", ""].contains(own) ? nil : ["127.0.0.1", "localhost", "::1", own]
    }

    /// Whether a request's authority (`Host` header) names this server; HTTP/1.0 without one passes.
    func allows(_ authority: String?) -> Bool {
        guard let names, let authority else { return true }
        return names.contains(Self.name(authority))
    }

    /// `[::1]:8000` → `::1`, `Localhost:80` → `localhost`, `127.0.0.1` → itself.
    static func name(_ authority: String) -> String {
        let lower = authority.lowercased()
        if lower.hasPrefix("["), let close = lower.firstIndex(of: "]") {
            return String(lower[lower.index(after: lower.startIndex)..<close])
        }
        if lower.filter({ $0 == ":" }).count == 1, let colon = lower.firstIndex(of: ":") {
            return String(lower[..<colon])
        }
        return lower
    }
}
