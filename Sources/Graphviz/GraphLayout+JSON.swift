import Foundation

extension GraphLayout {
    /// Reads Graphviz's `json` output (attributes plus drawing operations); nil when it lacks a bounding box.
    init?(json: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let bounds = (object["bb"] as? String).map(Self.numbers), bounds.count == 4
        else { return nil }
        let top = bounds[3]
        func point(_ text: Substring) -> Point? {
            let n = Self.numbers(String(text))
            return n.count == 2 ? Point(x: n[0] - bounds[0], y: top - n[1]) : nil
        }
        width = bounds[2] - bounds[0]
        height = bounds[3] - bounds[1]
        nodes = [:]
        clusters = []
        for item in object["objects"] as? [[String: Any]] ?? [] {
            guard let name = item["name"] as? String else { continue }
            if let bb = (item["bb"] as? String).map(Self.numbers), bb.count == 4 {
                clusters.append(
                    Cluster(
                        name: name, x: bb[0] - bounds[0], y: top - bb[3], width: bb[2] - bb[0], height: bb[3] - bb[1],
                        labelCenter: (item["lp"] as? String).flatMap { point(Substring($0)) }))
            } else if let center = (item["pos"] as? String).flatMap({ point(Substring($0)) }),
                let w = Double(item["width"] as? String ?? ""), let h = Double(item["height"] as? String ?? "")
            {
                let polygon = (item["_draw_"] as? [[String: Any]])?.first { ($0["op"] as? String)?.lowercased() == "p" }
                let outline = (polygon?["points"] as? [[Double]])?.compactMap {
                    $0.count == 2 ? Point(x: $0[0] - bounds[0], y: top - $0[1]) : nil
                }
                nodes[name] = Box(center: center, width: w * 72, height: h * 72, outline: outline)
            }
        }
        // cgraph orders subgraphs by the address of their interned names, which changes from run
        // to run; sitegen numbers clusters outermost first, so their number is the drawing order.
        clusters.sort { ($0.name.count, $0.name) < ($1.name.count, $1.name) }
        edges = (object["edges"] as? [[String: Any]] ?? []).map { item in
            var edge = Edge(
                id: item["id"] as? String ?? "", spline: [],
                labelCenter: (item["lp"] as? String).flatMap { point(Substring($0)) })
            // Several splines (`;`-separated) only happen with concentrate=true, which is never set.
            for part in (item["pos"] as? String ?? "").split(separator: ";").first?.split(separator: " ") ?? [] {
                if part.hasPrefix("s,") {
                    edge.start = point(part.dropFirst(2))
                } else if part.hasPrefix("e,") {
                    edge.end = point(part.dropFirst(2))
                } else if let p = point(part) {
                    edge.spline.append(p)
                }
            }
            return edge
        }
    }

    private static func numbers(_ text: String) -> [Double] {
        text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }
}
