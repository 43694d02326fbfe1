/// The keys of an import's dry run.
enum ImportKeys {
    enum Command: Hashable, Sendable {
        case importIt, move(ListMove), skipRefused, keepRefused, takeFiles, keepYours, otherFile, cancel
    }

    static let table = ContextKeys<Command>(.importPreview, [
        ContextBinding([.enter], .importIt, help: "Import it as one change (not while a row is refused)", hint: "import"),
    ] + ListMove.bindings(Command.move, help: "Scroll the rows: added, updated, conflicts, unchanged, refused with line and reason",
                          hint: "scroll") + [
        ContextBinding([.char(" "), .ctrl("f")], .move(.pageDown), help: nil),
        ContextBinding([.ctrl("b")], .move(.pageUp), help: nil),
        ContextBinding([.char("s")], .skipRefused, help: "Skip the refused rows", hint: "skip refused"),
        ContextBinding([.char("s")], .keepRefused, help: "Don't skip them after all", hint: "don't skip"),
        ContextBinding([.char("p")], .takeFiles, help: "On conflicts, take the file's values", hint: "take the file's"),
        ContextBinding([.char("p")], .keepYours, help: "On conflicts, keep your values after all", hint: "keep yours"),
        ContextBinding([.char("e")], .otherFile, help: "Back to the file and the column mapping", hint: "other file"),
        ContextBinding([.escape, .char("q")], .cancel, help: "Cancel: nothing changes", hint: "cancel"),
    ])

    /// s and p each say what pressing them would do now: skip or keep, the file's or yours.
    static func offered(_ command: Command, _ review: ImportReview) -> Bool {
        switch command {
        case .skipRefused: !review.skipBadRows
        case .keepRefused: review.skipBadRows
        case .takeFiles: !review.preview.request.preferFile
        case .keepYours: review.preview.request.preferFile
        default: true
        }
    }

    /// s and p are hinted only where there is something to skip or a conflict to settle.
    static func shown(_ command: Command, _ review: ImportReview) -> Bool {
        guard offered(command, review) else { return false }
        switch command {
        case .skipRefused, .keepRefused: return !review.preview.refused.isEmpty
        case .takeFiles, .keepYours: return !review.preview.conflicts.isEmpty
        default: return true
        }
    }
}
