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

    /// Each folder with its trailing slash ("cases/"), or "" for a bare file name.
    private var folders: [String] = []
    /// The folder's number in `folders`, for appending, keyed by its bytes: `String`
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
        let name = names[start..<Int(entry.nameEnd)].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        return folders[Int(entry.folder)] + name
    }

    /// Adds `path` at the end.
    public mutating func append(_ path: String) {
        var folder = ""
        var name = Substring(path)
        if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
            let afterSlash = path.utf8.index(after: slash)
            folder = String(path[..<afterSlash])
            name = path[afterSlash...]
        }
        let number: UInt32
        let key = Array(folder.utf8)
        if let known = folderNumbers[key] {
            number = known
        } else {
            number = UInt32(folders.count)
            folders.append(folder)
            folderNumbers[key] = number
        }
        names.append(contentsOf: name.utf8)
        entries.append(Entry(nameEnd: UInt32(names.count), folder: number))
    }

    /// The list sorted in `order`, each path once.
    public func sortedUnique(by order: Order) -> PathList {
        var sorted = PathList()
        sorted.names.reserveCapacity(names.count)
        sorted.entries.reserveCapacity(entries.count)
        var previous: String?
        for index in permutation(by: order) {
            let path = self[Int(index)]
            if let previous, path.utf8.elementsEqual(previous.utf8) { continue }
            sorted.append(path)
            previous = path
        }
        return sorted
    }

    /// The positions of the paths in `order`: element k is the index of the k-th path.
    public func permutation(by order: Order) -> [UInt32] {
        var permutation = Array(0..<UInt32(entries.count))
        let folderBytes = folders.map { Array($0.utf8) }
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
                if folderA == folderB { return name(a).lexicographicallyPrecedes(name(b)) }
                return (folderBytes[Int(folderA)] + name(a)).lexicographicallyPrecedes(folderBytes[Int(folderB)] + name(b))
            }
            if order == .path {
                permutation.sort(by: pathPrecedes)
                return
            }
            permutation.sort { a, b in
                let (first, second) = (key(a), key(b))
                if first.elementsEqual(second) { return pathPrecedes(a, b) }
                return first.lexicographicallyPrecedes(second)
            }
        }
        return permutation
    }

    public static func == (lhs: PathList, rhs: PathList) -> Bool {
        lhs.elementsEqual(rhs)
    }
}
