import Foundation

/// The first line of a printed diagnostic, taken apart: where, how bad, and which rule.
struct ReportedProblem: Hashable, CustomStringConvertible {
    var file: String
    var position: String
    var severity: String
    var rule: String

    var description: String { "\(file)\(position): \(severity)[\(rule)]" }

    /// Every diagnostic line of a stderr text, such as `Content/a.md:3:7: error[yaml]: …`.
    static func all(in text: String) -> Set<ReportedProblem> {
        let pattern =
            #/^(?<file>[^:\s][^:]*?)(?<position>(:\d+){0,2}): (?<severity>error|warning|info)\[(?<rule>[a-z-]+)\]: /#
        var found: Set<ReportedProblem> = []
        for line in text.split(separator: "\n") {
            guard let match = String(line).firstMatch(of: pattern) else { continue }
            found.insert(
                ReportedProblem(
                    file: String(match.file), position: String(match.position),
                    severity: String(match.severity), rule: String(match.rule)))
        }
        return found
    }

    /// The same problem when the case's `Content/` is the folder `Content/<name>` of a larger project.
    func moved(into name: String) -> ReportedProblem {
        var moved = self
        if file.hasPrefix("Content/") { moved.file = "Content/\(name)/" + file.dropFirst("Content/".count) }
        return moved
    }
}
