public import YAMLSource

extension SchemaChecker {
    /// The entry of `node` whose key is unknown to `schema` and nearest to `field`, when
    /// `field` itself is absent: `tpye: action` for a checklist item without `type`.
    ///
    /// One typo is one mistake. The unknown key is reported (with "did you mean"), so
    /// whatever would follow from the field being absent (a missing required field, a
    /// missing scene, an undeclared dependency) is left unsaid, and a rule may read the
    /// value under the misspelt key as what the author meant.
    public static func misspelling(of field: String, in node: Node, schema: ObjectSchema) -> Node.Pair? {
        guard let pairs = node.mapping, node[field] == nil else { return nil }
        for pair in pairs {
            // Rules ask this of every item that lacks an optional field, so the usual
            // answer (every key known) costs no allocation.
            guard let key = pair.key.scalar?.text, schema.field(key) == nil,
                  NearestName.find(key, among: schema.fields.map(\.name)) == field else { continue }
            return pair
        }
        return nil
    }
}
