import FuzzSupport
import SysBenchRun

// Any text against the checklist ids of a typical turn: the parser must answer, never trap.
fuzz { bytes in
    _ = JudgeReplyParser.parse(String(decoding: bytes, as: UTF8.self), expectedIDs: [1, 2, 3])
}
