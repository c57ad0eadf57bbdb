extension String {
    /// Whether the text is empty or white space only (Unicode White_Space, as
    /// `Character.isWhitespace` tells). Its first byte nearly always decides, at a
    /// fraction of the cost of looking up the first character's Unicode properties: an
    /// ASCII byte other than white space, or the lead byte of a character from U+4000 on
    /// (CJK and beyond: no white space lives there).
    public var isBlank: Bool {
        guard let first = utf8.first else { return true }
        if first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) { return false }
        if first >= 0xE4, first < 0xF8 { return false }
        return allSatisfy(\.isWhitespace)
    }
}
