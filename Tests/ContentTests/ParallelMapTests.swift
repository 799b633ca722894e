import Content
import Testing

@Suite struct ParallelMapTests {
    /// Results come back in the elements' order however the threads are scheduled, and uneven
    /// work (some items far slower than others) does not reorder them.
    @Test func resultsKeepTheElementsOrder() {
        let items = Array(0..<2_000)
        let mapped = items.parallelMap { i -> String in
            var text = ""
            for _ in 0..<(i % 7 == 0 ? 400 : 1) { text = "\(i)" }
            return text
        }
        #expect(mapped == items.map(String.init))
        #expect([Int]().parallelMap { $0 * 2 } == [])
    }
}
