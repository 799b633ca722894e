import Foundation

/// A value computed on another thread, waited for where it is first needed.
final class Pending<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before `group.leave()`; read only after `group.wait()`.
    private var result: Value?
    private let group = DispatchGroup()

    init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.group.leave()
        }
    }

    var value: Value {
        group.wait()
        return result!
    }
}
