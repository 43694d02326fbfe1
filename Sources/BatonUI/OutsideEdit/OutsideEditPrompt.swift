import BatonCore

/// The store was changed by another program while the dashboard had it open: the question put
/// to the lead at once (issue 25), and the three answers, as data for dispatch, the dialog and `?`.
public struct OutsideEditPrompt: Equatable, Sendable {
    /// The store's file, as the title bar shows it.
    public var storePath: String

    public init(storePath: String) { self.storePath = storePath }

    /// Each answer: its key, what it is called, and what it does, in the lead's words.
    public static let answers: [(key: Character, choice: OutsideEditChoice, name: String, does: String)] = [
        ("b", .keepBoth, "keep both", "your version is written beside the file; Baton stops writing so you can compare"),
        ("t", .takeTheirs, "take theirs", "their edit, with your changes on top (where you both changed an account, theirs; yours written beside it)"),
        ("f", .takeFile, "take the file's", "the file as it is now; your unsaved changes are written beside it first"),
    ]

    /// What the title bar and the message line say the moment it is noticed.
    public var notice: String {
        "\(storePath) was changed by another program — choose: "
            + Self.answers.map { "\($0.key) \($0.name)" }.joined(separator: " · ")
    }
}

extension AppState {
    /// Noticed by the runtime (the file's identity moved under a writable store): asked at once,
    /// over whatever is open, which stays as it was for after the answer.
    mutating func noticeOutsideEdit() {
        guard outsideEdit == nil else { return }
        outsideEdit = OutsideEditPrompt(storePath: storePath)
        saveStatus = .changedOnDisk
        message = outsideEdit?.notice
    }

    /// The dialog's keys, from its table: b, t or f answer (the runtime carries it out); q quits,
    /// which keeps both, as before; anything else says again what to press. (Ctrl-C quits too: route.)
    mutating func outsideEditKey(_ key: KeyEvent) -> [Effect] {
        switch OutsideEditKeys.table.command(for: key) {
        case .quit?:
            return [.quit]
        case .answer(let choice)?:
            let name = OutsideEditPrompt.answers.first { $0.choice == choice }?.name ?? ""
            message = name.prefix(1).uppercased() + name.dropFirst() + "…"
            return [.resolveOutsideEdit(choice)]
        case nil:
            message = outsideEdit?.notice
            return []
        }
    }

    /// The runtime carried the answer out: `portfolio` is what the store holds now (nil: as it
    /// was, read-only after keep both), `status` what the title bar says, `note` what happened.
    mutating func outsideEditResolved(_ portfolio: Portfolio?, status: SaveStatus, note: String) {
        saveStatus = status
        message = note
        // Not carried out (the file could not be read, say): the question stays, with why.
        if status == .changedOnDisk { return }
        outsideEdit = nil
        if let portfolio, portfolio != self.portfolio {
            // What is undone must be what is on screen: the history before the other program's edit is gone.
            undoStack.removeAll()
            redoStack.removeAll()
            follow(portfolio)
        }
    }
}
