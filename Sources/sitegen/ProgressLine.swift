import Foundation
import Workspace

/// One line on the terminal that says how far a build has got (phase, jobs done of all), redrawn
/// in place; it appears only once a build has run a second, and only when standard error is a
/// terminal, so logs and pipes never see it.
final class ProgressLine: @unchecked Sendable {
    private let progress: BuildProgress
    private let queue = DispatchQueue(label: "sitegen.progress-line")
    private let timer: DispatchSourceTimer
    /// Touched on `queue` only.
    private var drawn = false

    /// A line drawing `progress`, or nil when standard error is no terminal or `quiet` is set.
    static func start(_ progress: BuildProgress, quiet: Bool) -> ProgressLine? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressLine(progress)
    }

    private init(_ progress: BuildProgress) {
        self.progress = progress
        timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + 1, repeating: .milliseconds(100))
        timer.setEventHandler { [unowned self] in draw() }
        timer.resume()
    }

    static func text(_ state: BuildProgress.State) -> String {
        state.total > 0
            ? "sitegen: \(state.phase.rawValue) \(state.done)/\(state.total)" : "sitegen: \(state.phase.rawValue)…"
    }

    private func draw() {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.text(progress.current)).utf8))
        drawn = true
    }

    /// Stops redrawing and clears the line, so what the build prints next starts on a clean line.
    func stop() {
        queue.sync {
            timer.cancel()
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            drawn = false
        }
    }
}
