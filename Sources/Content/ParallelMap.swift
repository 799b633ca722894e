import Foundation

extension Array where Element: Sendable {
    /// `transform` of every element, computed on every core and returned in the elements' order.
    ///
    /// For work whose items are independent (pages until they are grouped, output files): each
    /// result lands in its own slot, so the order never depends on which thread finished first.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { i in
                (slots.baseAddress! + i).initialize(to: transform(self[i]))
            }
            initialized = count
        }
    }
}
