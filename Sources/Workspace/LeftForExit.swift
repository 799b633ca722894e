/// Values a command leaves to the process's exit instead of freeing them: a command that ends
/// right after a build need not release a whole site's pages, strings and dictionaries object
/// by object, when the kernel takes the heap back at once.
enum LeftForExit {
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Holder(value))
    }

    private final class Holder<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
