import Foundation
import Workspace

/// Ctrl-C, `kill` and a closed terminal during a build: clean up, say so, exit 128 + signal.
///
/// The default action would kill the process mid-write and leave the staging folder beside the
/// output; here the signal is taken on a dispatch queue and handed to `InterruptGuard`, which
/// waits for the current publishing step, removes the staging folder and exits.
enum InterruptHandlers {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install(output: String, signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) {
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                InterruptGuard.shared.interrupt(signal: number) { progress in
                    progress.replacedOutput
                        ? "sitegen: interrupted after the new site was in place in \(output)"
                        : "sitegen: interrupted\(progress.staging == nil ? "" : "; the partly written site was removed"); \(output) was left unchanged"
                }
            }
            source.resume()
            sources.append(source)
        }
    }
}
