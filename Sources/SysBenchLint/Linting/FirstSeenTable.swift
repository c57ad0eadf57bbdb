import YAMLSource

/// Where each key was first seen, for the cross-file rules, in 12 bytes a slot.
///
/// A dictionary of ids to file paths and marks took about 150 bytes a case per rule, so
/// `lint` and `build` grew with the dataset. Here a key is kept only as 32 bits of its
/// hash, the file as its number in the dataset's file list, and the mark packed into 32
/// bits; the rule confirms each match through `isSame`, from what it can recover of the
/// first file's key. Open addressing with linear probing, at most four fifths full.
struct FirstSeenTable {
    private struct Slot {
        /// 32 bits of the key, which choose the slot and pass over most other keys
        /// without asking `isSame`.
        var check: UInt32
        /// The file's number plus one; zero marks an empty slot.
        var file: UInt32
        /// Line and column packed, or `UInt32.max` when they do not fit (see `wideMarks`).
        var mark: UInt32
    }

    private var slots = [Slot](repeating: Slot(check: 0, file: 0, mark: 0), count: 16)
    private var count = 0
    /// The marks that do not pack (line ≥ 2^20 or column ≥ 2^12), by file number.
    private var wideMarks: [UInt32: Mark] = [:]

    /// The first sighting recorded with `check` for which `isSame` (given its file
    /// number) holds; when there is none, records this sighting and returns nil. `check`
    /// is 32 bits of the key (or of its hash): equal keys must have equal checks.
    mutating func firstOrRecord(check: UInt32, file: Int, mark: Mark, isSame: (Int) -> Bool) -> (file: Int, mark: Mark)? {
        var index = slotIndex(check)
        while slots[index].file != 0 {
            let slot = slots[index]
            if slot.check == check, isSame(Int(slot.file) - 1) {
                let number = Int(slot.file) - 1
                return (number, slot.mark == .max ? wideMarks[UInt32(number)] ?? mark : Self.unpack(slot.mark))
            }
            index = (index + 1) & (slots.count - 1)
        }
        var packed = UInt32.max
        if mark.line >= 0, mark.line < 1 << 20, mark.column >= 0, mark.column < 1 << 12 {
            packed = UInt32(mark.line << 12 | mark.column)
        } else {
            wideMarks[UInt32(file)] = mark
        }
        slots[index] = Slot(check: check, file: UInt32(file + 1), mark: packed)
        count += 1
        if count * 5 > slots.count * 4 { rehash(capacity: slots.count * 2) }
        return nil
    }

    /// Makes room for `count` keys at once. Growing step by step to a large table keeps
    /// every smaller one freed on the way in the process's memory; the rules reserve for
    /// the dataset's number of files, which they know from the start.
    mutating func reserve(_ count: Int) {
        var capacity = slots.count
        while count * 5 > capacity * 4 { capacity *= 2 }
        if capacity > slots.count { rehash(capacity: capacity) }
    }

    /// A text's check: 32 bits of its hash, which agrees with `String`'s `==`
    /// (canonical equivalence).
    static func check(_ text: String) -> UInt32 {
        UInt32(truncatingIfNeeded: text.hashValue)
    }

    /// The slot a check starts from: the finaliser of SplitMix64 spreads consecutive
    /// integers over the table.
    private func slotIndex(_ check: UInt32) -> Int {
        var mixed = UInt64(check) &+ 0x9E37_79B9_7F4A_7C15
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        return Int(truncatingIfNeeded: mixed) & (slots.count - 1)
    }

    private static func unpack(_ packed: UInt32) -> Mark {
        Mark(line: Int(packed >> 12), column: Int(packed & 0xFFF))
    }

    private mutating func rehash(capacity: Int) {
        let old = slots
        slots = [Slot](repeating: Slot(check: 0, file: 0, mark: 0), count: capacity)
        for slot in old where slot.file != 0 {
            var index = slotIndex(slot.check)
            while slots[index].file != 0 { index = (index + 1) & (slots.count - 1) }
            slots[index] = slot
        }
    }
}
