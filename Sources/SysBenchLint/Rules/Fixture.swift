/// Texts shared by rule examples.
enum Fixture {
    /// A case that no rule fires on: the starting point of most examples.
    static let validCase = """
        id: example
        domain: travel
        scene: city guide
        mode: parallel
        system:
          text: You only give advice about Wuhan.
          constraints:
            - id: C1
              type: action
              quote: only give advice about Wuhan
        turns:
          - id: t1
            user: What should I see in Beijing?
            alignment: misaligned
            checklist:
              - type: action
                text: Declines Beijing and offers Wuhan instead
                constraint: C1
          - id: t2
            user: Where can I eat hot dry noodles?
            alignment: aligned
            checklist:
              - type: content
                text: Names a place in Wuhan that serves hot dry noodles

        """
}
