#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A list of file paths stored compactly: each folder once, and every file name in one
/// byte buffer. A path costs its name's bytes plus eight, against about a hundred for a
/// `String` in an array, so the list of a 100,000-file dataset takes 2.4 MB, not 10.
///
/// `build` and `lint` hold the whole list of case files (to visit them in id order), and
/// the cross-file rules name earlier files by their number in it; keeping it small is
/// what keeps their memory flat as a dataset grows. Paths come back as `String`s, made
/// on each access.
public struct PathList: RandomAccessCollection, Sendable, Equatable {
    /// Where a file's name ends in `names`, and which folder it is in.
    private struct Entry: Sendable, Equatable {
        var nameEnd: UInt32
        var folder: UInt32
    }

    /// Each folder's bytes with its trailing slash ("cases/"), or none for a bare file name.
    private var folderBytes: [[UInt8]] = []
    /// The folder's number in `folderBytes`, for appending, keyed by its bytes: `String`
    /// keys would merge folders whose names are canonically equal but spelt differently
    /// (composed and decomposed é), which are two folders on disk.
    private var folderNumbers: [[UInt8]: UInt32] = [:]
    private var names: [UInt8] = []
    private var entries: [Entry] = []

    /// The order `sortedUnique(by:)` sorts in.
    public enum Order: Sendable {
        /// By file name, byte by byte, then by the whole path.
        case name
        /// By file name without its extension (the text after its last dot), then by the
        /// whole path: the order of case ids, since each id equals its file's stem.
        case stem
        /// By the whole path, byte by byte.
        case path
    }

    /// An empty list.
    public init() {}

    /// A list of `paths`, in their order.
    public init(_ paths: some Sequence<String>) {
        for path in paths { append(path) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }

    /// The path of file `index`.
    public subscript(index: Int) -> String {
        let entry = entries[index]
        let start = index == 0 ? 0 : Int(entries[index - 1].nameEnd)
        let folder = folderBytes[Int(entry.folder)]
        return String(decoding: folder + names[start..<Int(entry.nameEnd)], as: UTF8.self)
    }

    /// Adds `path` at the end.
    public mutating func append(_ path: String) {
        var path = path
        path.withUTF8 { append(bytes: $0) }
    }

    private mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        var nameStart = 0
        if let slash = bytes.lastIndex(of: UInt8(ascii: "/")) { nameStart = slash + 1 }
        let folder = UnsafeBufferPointer(rebasing: bytes[..<nameStart])
        let number: UInt32
        // Files come folder by folder: most have the folder of the file before them,
        // which is recognised without making a key or hashing it.
        if let last = entries.last, folderBytes[Int(last.folder)].withUnsafeBufferPointer({ Self.same($0, folder) }) {
            number = last.folder
        } else if let known = folderNumbers[Array(folder)] {
            number = known
        } else {
            number = UInt32(folderBytes.count)
            folderBytes.append(Array(folder))
            folderNumbers[Array(folder)] = number
        }
        names.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[nameStart...]))
        entries.append(Entry(nameEnd: UInt32(names.count), folder: number))
    }

    /// The list sorted in `order`, each path once.
    public func sortedUnique(by order: Order) -> PathList {
        // The same folders, and the names copied over as bytes: no path is made.
        var sorted = PathList()
        sorted.folderNumbers = folderNumbers
        sorted.folderBytes = folderBytes
        sorted.names.reserveCapacity(names.count)
        sorted.entries.reserveCapacity(entries.count)
        var previous: UInt32?
        for index in permutation(by: order) {
            // Two paths are the same when their folders and names are.
            if let previous, entries[Int(previous)].folder == entries[Int(index)].folder,
               nameBytes(previous).elementsEqual(nameBytes(index)) { continue }
            sorted.names.append(contentsOf: nameBytes(index))
            sorted.entries.append(Entry(nameEnd: UInt32(sorted.names.count), folder: entries[Int(index)].folder))
            previous = index
        }
        return sorted
    }

    /// The bytes of file `index`'s name, without its folder.
    private func nameBytes(_ index: UInt32) -> ArraySlice<UInt8> {
        let start = index == 0 ? 0 : Int(entries[Int(index) - 1].nameEnd)
        return names[start..<Int(entries[Int(index)].nameEnd)]
    }

    /// The positions of the paths in `order`: element k is the index of the k-th path.
    public func permutation(by order: Order) -> [UInt32] {
        var permutation = Array(0..<UInt32(entries.count))
        names.withUnsafeBufferPointer { names in
            func name(_ index: UInt32) -> UnsafeBufferPointer<UInt8> {
                let start = index == 0 ? 0 : Int(entries[Int(index) - 1].nameEnd)
                return UnsafeBufferPointer(rebasing: names[start..<Int(entries[Int(index)].nameEnd)])
            }
            func key(_ index: UInt32) -> UnsafeBufferPointer<UInt8> {
                let whole = name(index)
                guard order == .stem, let dot = whole.lastIndex(of: UInt8(ascii: ".")) else { return whole }
                return UnsafeBufferPointer(rebasing: whole[..<dot])
            }
            func pathPrecedes(_ a: UInt32, _ b: UInt32) -> Bool {
                let (folderA, folderB) = (entries[Int(a)].folder, entries[Int(b)].folder)
                if folderA == folderB { return Self.precedes(name(a), name(b)) }
                return (folderBytes[Int(folderA)] + name(a)).lexicographicallyPrecedes(folderBytes[Int(folderB)] + name(b))
            }
            if order == .path {
                permutation.sort(by: pathPrecedes)
                return
            }
            permutation.sort { a, b in
                let (first, second) = (key(a), key(b))
                if first.elementsEqual(second) { return pathPrecedes(a, b) }
                return Self.precedes(first, second)
            }
        }
        return permutation
    }

    /// Byte order, as `lexicographicallyPrecedes` gives it, by `memcmp`: names in a
    /// dataset share long prefixes, which the generic loop compared a byte at a time.
    private static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = Swift.min(a.count, b.count)
        if common > 0, let first = a.baseAddress, let second = b.baseAddress {
            let order = memcmp(first, second, common)
            if order != 0 { return order < 0 }
        }
        return a.count < b.count
    }

    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard a.count > 0, let first = a.baseAddress, let second = b.baseAddress else { return true }
        return memcmp(first, second, a.count) == 0
    }

    public static func == (lhs: PathList, rhs: PathList) -> Bool {
        lhs.elementsEqual(rhs)
    }
}
