/// The GitHub Actions workflow a new project gets: on every push and pull request, the
/// repository's composite action checks the figures and uploads the findings to code scanning.
public enum CIWorkflow {
    /// Where the action lives: this repository, whose root holds `action.yml`.
    public static let action = "sitegen-project/sitegen@v0"

    public static let text = """
        name: sitegen
        on:
          push:
          pull_request:
        permissions:
          contents: read
          security-events: write
        jobs:
          check:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: \(action)
                with:
                  content: Content

        """
}
