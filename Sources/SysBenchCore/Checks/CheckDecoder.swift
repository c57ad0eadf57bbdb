public import YAMLSource

/// Something wrong with a `check:` or `verify:` node, at the node that is wrong.
public struct CheckProblem: Sendable, Equatable {
    /// What is wrong, for a diagnostic.
    public var message: String
    /// Where: the offending key or value.
    public var mark: Mark

    /// Makes a problem.
    public init(_ message: String, at mark: Mark) {
        self.message = message
        self.mark = mark
    }
}

/// Reads the `check:` and `verify:` of a checklist item (CHECKS.md), reporting every
/// departure from the specification at the node that departs. The linter's
/// `check-invalid` rule speaks these problems; `build` refuses an item that has any.
public enum CheckDecoder {
    /// The check held by `node`, or nil with at least one problem.
    public static func decode(_ node: Node) -> (check: Check?, problems: [CheckProblem]) {
        var problems: [CheckProblem] = []
        let check = read(node, into: &problems)
        return (problems.isEmpty ? check : nil, problems)
    }

    /// The `verify` value named by `text`, or nil when it is not one of the three.
    public static func verify(_ text: Located<String>) -> (verify: Verify?, problem: CheckProblem?) {
        if let verify = Verify(rawValue: text.value) { return (verify, nil) }
        let known = Verify.allCases.map(\.rawValue)
        var message = "unknown verify '\(text.value)' (known: \(known.joined(separator: ", ")))"
        if let near = NearestName.find(text.value, among: known) { message = "unknown verify '\(text.value)'; did you mean '\(near)'?" }
        return (nil, CheckProblem(message, at: text.start))
    }

    private static func read(_ node: Node, into problems: inout [CheckProblem]) -> Check? {
        let kinds = Check.kindNames.joined(separator: ", ")
        guard let pairs = node.mapping else {
            problems.append(CheckProblem("'check' should be a mapping holding one kind (\(kinds)), found \(node.kindDescription)", at: node.start))
            return nil
        }
        var kind: Node.Pair?
        var bounds: [Node.Pair] = []
        for pair in pairs {
            let key = pair.key.scalar?.text ?? ""
            if Check.kindNames.contains(key) {
                if let first = kind {
                    problems.append(CheckProblem("a check holds exactly one kind; this one has '\(first.key.scalar?.text ?? "")' and '\(key)'", at: pair.key.start))
                } else {
                    kind = pair
                }
            } else if CountBounds.keys.contains(key) {
                bounds.append(pair)
            } else {
                var message = "unknown check kind '\(key)'"
                if let near = NearestName.find(key, among: Check.kindNames + CountBounds.keys) {
                    message += "; did you mean '\(near)'?"
                } else {
                    message += " (known: \(kinds))"
                }
                problems.append(CheckProblem(message, at: pair.key.start))
            }
        }
        guard let kind, let name = kind.key.scalar?.text else {
            if pairs.isEmpty || problems.isEmpty {
                problems.append(CheckProblem("the check names no kind; give one of \(kinds)", at: node.start))
            }
            return nil
        }
        if name != "count" {
            for pair in bounds {
                problems.append(CheckProblem("'\(pair.key.scalar?.text ?? "")' is a bound of 'count' checks, not of '\(name)'", at: pair.key.start))
            }
        }
        let value = kind.value
        switch name {
        case "count":
            let unit = countUnit(value, into: &problems)
            let parsed = countBounds(bounds, at: kind.key, into: &problems)
            guard let unit, let parsed else { return nil }
            return .count(unit, parsed)
        case "contains", "contains_any", "excludes":
            guard let list = textList(value, name, into: &problems) else { return nil }
            return name == "contains" ? .contains(list) : name == "excludes" ? .excludes(list) : .containsAny(list)
        case "starts_with", "ends_with":
            guard let text = nonEmptyText(value, name, into: &problems) else { return nil }
            return name == "starts_with" ? .startsWith(text) : .endsWith(text)
        case "matches":
            guard let pattern = nonEmptyText(value, name, into: &problems) else { return nil }
            if let hazard = CheckRegex.hazard(in: pattern) {
                problems.append(CheckProblem(hazard, at: value.start))
                return nil
            }
            do {
                _ = try CheckRegex(pattern)
            } catch {
                problems.append(CheckProblem(error.message, at: value.start))
                return nil
            }
            return .matches(pattern)
        default:
            guard let scalar = value.scalar, scalar.style == .plain, scalar.text == "true" else {
                problems.append(CheckProblem("'json' takes only true", at: value.start))
                return nil
            }
            return .json
        }
    }

    private static func countUnit(_ node: Node, into problems: inout [CheckProblem]) -> CountUnit? {
        let text = node.scalar.map { $0.isNull ? "" : $0.text } ?? ""
        if let unit = CountUnit(rawValue: text) { return unit }
        let units = CountUnit.allCases.map(\.rawValue)
        var message = "unknown count unit '\(text)'"
        if let near = NearestName.find(text, among: units) { message += "; did you mean '\(near)'?" }
        message += " (units: \(units.joined(separator: ", ")))"
        problems.append(CheckProblem(message, at: node.start))
        return nil
    }

    private static func countBounds(_ pairs: [Node.Pair], at countKey: Node, into problems: inout [CheckProblem]) -> CountBounds? {
        guard !pairs.isEmpty else {
            problems.append(CheckProblem("'count' needs a bound: less_than, at_most, more_than, at_least or equals", at: countKey.start))
            return nil
        }
        var bounds = CountBounds()
        var valid = true
        var seen: [String: Node] = [:]
        for pair in pairs {
            let key = pair.key.scalar?.text ?? ""
            guard let number = pair.value.scalar?.plainInteger, number >= 0 else {
                problems.append(CheckProblem("'\(key)' should be a non-negative integer, found \(describe(pair.value))", at: pair.value.start))
                valid = false
                continue
            }
            let clash: String? = switch key {
            case "equals": seen.keys.first
            case "more_than", "at_least": seen["equals"] != nil ? "equals" : ["more_than", "at_least"].first { seen[$0] != nil }
            default: seen["equals"] != nil ? "equals" : ["less_than", "at_most"].first { seen[$0] != nil }
            }
            seen[key] = pair.key
            if let clash {
                let message = key == "equals" || clash == "equals"
                    ? "'equals' stands alone; it cannot go with '\(clash == "equals" ? key : clash)'"
                    : "'\(key)' and '\(clash)' are both \(clash == "more_than" || clash == "at_least" ? "lower" : "upper") bounds; give one"
                problems.append(CheckProblem(message, at: pair.key.start))
                valid = false
                continue
            }
            switch key {
            case "less_than": bounds.lessThan = number
            case "at_most": bounds.atMost = number
            case "more_than": bounds.moreThan = number
            case "at_least": bounds.atLeast = number
            default: bounds.equals = number
            }
        }
        guard valid else { return nil }
        let lowest = bounds.moreThan.map { $0 + 1 } ?? bounds.atLeast ?? 0
        let highest = bounds.lessThan.map { $0 - 1 } ?? bounds.atMost ?? Int.max
        if lowest > highest, let upper = pairs.first(where: { ["less_than", "at_most"].contains($0.key.scalar?.text ?? "") }) {
            let shown = bounds.entries.map { "\($0.key) \($0.value)" }.joined(separator: " and ")
            let message = bounds.moreThan == nil && bounds.atLeast == nil
                ? "the bounds admit no count (\(shown))"
                : "the lower bound is above the upper: no count satisfies \(shown)"
            problems.append(CheckProblem(message, at: upper.value.start))
            return nil
        }
        return bounds
    }

    private static func textList(_ node: Node, _ name: String, into problems: inout [CheckProblem]) -> [String]? {
        guard let items = node.sequence else {
            problems.append(CheckProblem("'\(name)' should be a list of text, such as [\"a\", \"b\"], found \(describe(node))", at: node.start))
            return nil
        }
        guard !items.isEmpty else {
            problems.append(CheckProblem("'\(name)' lists nothing; give at least one text", at: node.start))
            return nil
        }
        var list: [String] = []
        var valid = true
        for item in items {
            guard let scalar = item.scalar else {
                problems.append(CheckProblem("items of '\(name)' should be text, found \(item.kindDescription)", at: item.start))
                valid = false
                continue
            }
            let text = scalar.isNull ? "" : scalar.text
            if text.isEmpty {
                problems.append(CheckProblem("an item of '\(name)' is empty; an empty text occurs in every answer", at: item.start))
                valid = false
            }
            list.append(text)
        }
        return valid ? list : nil
    }

    private static func nonEmptyText(_ node: Node, _ name: String, into problems: inout [CheckProblem]) -> String? {
        guard let scalar = node.scalar else {
            problems.append(CheckProblem("'\(name)' should be text, found \(node.kindDescription)", at: node.start))
            return nil
        }
        let text = scalar.isNull ? "" : scalar.text
        guard !text.isEmpty else {
            problems.append(CheckProblem("'\(name)' is empty", at: node.start))
            return nil
        }
        return text
    }

    private static func describe(_ node: Node) -> String {
        guard let scalar = node.scalar, !scalar.isNull else { return node.kindDescription }
        return scalar.style == .plain ? "'\(scalar.text)'" : "quoted '\(scalar.text)'"
    }
}
