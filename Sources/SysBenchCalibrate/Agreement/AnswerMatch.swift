/// The check that two runs compared judge against judge judged the same answers.
public enum AnswerMatch {
    /// Throws, naming the first item in key order, when an item both runs hold has a
    /// different answer in each. `answers` map each item to the response it judged;
    /// items only one run holds are not compared and pass.
    public static func check(
        _ first: [ItemKey: String], _ second: [ItemKey: String], firstPath: String, secondPath: String
    ) throws(CalibrationError) {
        for key in first.keys.sorted() {
            guard let answer = first[key], let other = second[key], answer != other else { continue }
            throw CalibrationError(
                path: secondPath,
                message: "the answer to \(key.readable) differs from the one in \(firstPath); "
                    + "judge against judge needs the same answers (use run --rejudge)")
        }
    }
}
