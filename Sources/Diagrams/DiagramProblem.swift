/// Something in a diagram block sitegen cannot draw as written, at its place inside the block.
public struct DiagramProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Effect: String, Sendable {
        /// The block cannot be drawn: it stays a code block.
        case keepsCode
        /// The diagram is drawn without the part named (an unknown style property, say).
        case ignored
    }

    public var effect: Effect
    public var message: String
    public var position: BlockPosition

    public init(_ effect: Effect, _ message: String, at position: BlockPosition) {
        self.effect = effect
        self.message = message
        self.position = position
    }

    public var description: String { "\(position): \(effect == .keepsCode ? "stays code" : "ignored"): \(message)" }
}

extension Collection where Element == DiagramProblem {
    /// Whether the block must stay code.
    public var keepsCode: Bool { contains { $0.effect == .keepsCode } }
}
