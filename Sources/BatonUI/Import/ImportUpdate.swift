import BatonCore

/// `:import` (or `i` on the portfolio): the file is asked for, read by the runtime, its dry run
/// shown row by row, and only Enter writes it, as one step that `u` undoes whole.
enum ImportUpdate {
    static func open(_ state: inout AppState) -> [Effect] {
        if case .readOnly(let reason) = state.saveStatus {
            state.message = "Nothing can be imported — the store is read-only: \(reason)"
            return []
        }
        state.overlay = .form(ImportForm.make())
        return []
    }

    /// The submitted file form: the runtime reads the file and plans it; the form stays until the
    /// dry run (or why the file cannot be read) comes back. Nil when the form is someone else's.
    static func submit(_ form: FormState, _ state: inout AppState) -> [Effect]? {
        guard form.purpose == .importFile else { return nil }
        state.overlay = .form(form)
        state.message = "Reading \(DisplayText.sanitize(form.value(.importPath)))…"
        return [.previewImport(ImportRequest(path: form.value(.importPath), map: form.value(.importMap)))]
    }

    /// What the runtime read: the dry run replaces the form (or the dry run it was read again for).
    static func read(_ read: ImportRead, _ state: inout AppState) -> [Effect] {
        state.message = nil
        switch (read, state.overlay) {
        case (.preview(let preview), .form(let form)) where form.purpose == .importFile:
            state.overlay = .importPreview(ImportReview(preview: preview))
        case (.preview(let preview), .importPreview(let review)):
            var next = ImportReview(preview: preview, skipBadRows: review.skipBadRows)
            next.scroll = review.scroll
            next.problem = preview.request.preferFile
                ? "The file's values are taken where you changed a field in Baton (p keeps yours)."
                : "Your values are kept where you changed a field in Baton (p takes the file's)."
            state.overlay = .importPreview(next)
            clampScroll(&state)
        case (.unreadable(_, let reason), .form(var form)) where form.purpose == .importFile:
            form.problem = reason
            state.overlay = .form(form)
        case (.unreadable(_, let reason), .importPreview(var review)):
            review.problem = reason
            state.overlay = .importPreview(review)
        default:
            // The lead has moved on: what was read is not wanted any more.
            break
        }
        return []
    }

    static func handle(_ key: KeyEvent, _ review: ImportReview, _ state: inout AppState) -> [Effect] {
        var r = review
        r.problem = nil
        let preview = r.preview
        let visible = ImportView.listHeight(r, width: state.width, height: state.height)
        // A page is the entries on screen (a row of the file takes one to three lines).
        let page = max(1, ImportView.shown(preview, from: r.scroll, lines: visible, width: ImportView.innerWidth(state.width)).whole - 1)
        guard let command = ImportKeys.table.command(for: key, where: { ImportKeys.offered($0, r) }) else {
            state.overlay = .importPreview(r)   // any key clears the last problem
            return []
        }
        switch command {
        case .move(let move):
            // The scroll is kept within the rows by clampScroll, which knows how many are shown.
            r.scroll = move.cursor(from: r.scroll, count: Int.max / 2, page: page)
        case .skipRefused, .keepRefused:
            if preview.refused.isEmpty {
                r.problem = "No row is refused: there is nothing to skip."
            } else {
                r.skipBadRows.toggle()
            }
        case .takeFiles, .keepYours:
            guard !preview.conflicts.isEmpty else {
                r.problem = "No conflicts: no field you changed in Baton disagrees with the file."
                break
            }
            var request = preview.request
            request.preferFile.toggle()
            state.overlay = .importPreview(r)
            state.message = "Reading the file again…"
            return [.previewImport(request)]
        case .otherFile:
            state.overlay = .form(ImportForm.make(path: preview.request.path, map: preview.request.map))
            return []
        case .importIt:
            return apply(r, &state)
        case .cancel:
            state.overlay = nil
            state.message = "Import cancelled: nothing changed."
            return []
        }
        state.overlay = .importPreview(r)
        clampScroll(&state)
        return []
    }

    /// Enter: nothing while a row is refused (unless the lead chose to skip them); otherwise every
    /// account of the dry run, as one step for the store.
    private static func apply(_ review: ImportReview, _ state: inout AppState) -> [Effect] {
        var r = review
        let preview = r.preview
        let refused = preview.refused.count
        if refused > 0 && !r.skipBadRows {
            r.problem = "Nothing is imported while a row is refused: fix the file and e to read it again, or s to skip "
                + (refused == 1 ? "the refused row." : "the \(refused) refused rows.")
            state.overlay = .importPreview(r)
            return []
        }
        guard !preview.accounts.isEmpty else {
            state.overlay = nil
            state.message = "Nothing to import: the portfolio already holds what \(fileName(preview.request.path)) says."
            return []
        }
        // Each account's state before, found by a hash: a scan per account grew with the square of the import.
        let before = Dictionary(state.portfolio.accounts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let parts = preview.accounts.map { BatchPart(before: before[$0.id], after: $0) }
        let added = parts.filter { $0.before == nil }.count
        var summary = "Imported \(fileName(preview.request.path)): \(added) added, \(parts.count - added) updated"
        if refused > 0 { summary += ", \(refused) refused row\(refused == 1 ? "" : "s") skipped" }
        let effects = state.confirmBatch(parts, summary: summary)
        if effects.isEmpty {
            // Refused (a read-only store): say so where the lead is looking.
            r.problem = state.message
        }
        state.overlay = .importPreview(r)
        return effects
    }

    /// The store's answer to a step over several accounts: the screen follows it; an import's dry
    /// run closes once the import is durable, and stays, with the reason, when it is not.
    static func written(_ write: BatchWrite, failure: String?, _ state: inout AppState) -> [Effect] {
        state.batchWritten(write, failure: failure)
        guard write.step == .apply, case .importPreview(var review) = state.overlay else { return [] }
        if failure == nil {
            state.overlay = nil
        } else {
            review.problem = state.message
            state.overlay = .importPreview(review)
        }
        return []
    }

    static func clampScroll(_ state: inout AppState) {
        guard case .importPreview(var r) = state.overlay else { return }
        let visible = ImportView.listHeight(r, width: state.width, height: state.height)
        r.scroll = max(0, min(r.scroll, ImportView.lastScroll(r.preview, lines: visible, width: ImportView.innerWidth(state.width))))
        state.overlay = .importPreview(r)
    }

    /// "accounts.csv" from "~/Downloads/accounts.csv".
    static func fileName(_ path: String) -> String {
        DisplayText.sanitize(path.split(separator: "/").last.map(String.init) ?? path)
    }
}
