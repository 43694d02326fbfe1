import BatonCore
import BatonImport
import BatonUI
import Foundation

/// `:import` in the dashboard: the same reading, column mapping and planning as `baton import`,
/// and the whole import (or its undo, or its redo) written as one rewrite of the store before the
/// screen hears it is done.
enum DashboardImport {
    /// Carries out an import's effect and returns what update is to hear; nil for any other effect.
    /// `progress` hears what to show while a long file is read or a large import saved.
    static func carryOut(_ effect: Effect, store: PortfolioStore, state: AppState, now: Date,
                         progress: (String) -> Void = { _ in }) -> Action? {
        switch effect {
        case .previewImport(let request):
            return .importRead(read(request, portfolio: state.portfolio, today: state.today, now: now, progress: progress))
        case .applyBatch(let write):
            if write.upserts.count + write.removals.count >= 1_000 {
                progress(ImportProgress.saving(write.upserts.count + write.removals.count, to: state.storePath))
            }
            do {
                try store.apply(upserts: write.upserts, removals: write.removals, now: now)
                return .batchWritten(write, failure: nil)
            } catch {
                return .batchWritten(write, failure: "\(error)")
            }
        default:
            return nil
        }
    }

    /// The dry run of `request` against the portfolio on screen: nothing is changed or locked.
    static func read(_ request: ImportRequest, portfolio: Portfolio, today: CalendarDate, now: Date,
                     progress: (String) -> Void = { _ in }) -> ImportRead {
        let shownPath = request.path
        let path = expandingTilde(request.path)
        // Only a regular file: a FIFO or a device would block the screen, a folder reads as nothing.
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let type = attributes[.type] as? FileAttributeType else {
            return .unreadable(request, reason: "\(shownPath): no such file (or no permission to see it).")
        }
        guard type == .typeRegular else {
            return .unreadable(request, reason: "\(shownPath): not a file\(type == .typeDirectory ? " but a folder" : ""); give the CSV file's path.")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            return .unreadable(request, reason: "\(shownPath): cannot be read (no permission).")
        }
        let plan: ImportPlan
        do {
            // Read record by record: the screen shows how far it has come, and only the plan is held.
            let reader = try CSVReader(path: path)
            let pairs = request.map.trimmingCharacters(in: .whitespaces).isEmpty ? [] : try ColumnMapping.pairs([request.map])
            let mapping = try ColumnMapping(header: reader.header, overrides: pairs)
            var clock = ImportProgress()
            let name = (request.path as NSString).lastPathComponent
            plan = try ImportPlan(reader: reader, mapping: mapping, portfolio: portfolio,
                                  context: ChangeContext(today: today, now: now.wholeSeconds, by: portfolio.owner, timeZone: .current),
                                  options: ImportPlan.Options(preferFile: request.preferFile)) { reader in
                guard clock.due() else { return }
                progress(ImportProgress.reading(name, rows: reader.recordsRead, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes))
            }
        } catch let error as ImportFileError {
            // The command line's words for --map; here the field is called "Map columns".
            let reason = error.description.replacingOccurrences(of: "--map \"COLUMN=name\"", with: "Map columns: COLUMN=name")
            return .unreadable(request, reason: "\(shownPath): \(reason). Nothing was imported.")
        } catch {
            return .unreadable(request, reason: "\(shownPath): \(error). Nothing was imported.")
        }
        return .preview(preview(plan, request: request))
    }

    /// `~` as a shell reads it: `$HOME` first (Foundation on Linux asks the password database instead),
    /// `~user` from the password database.
    static func expandingTilde(_ path: String) -> String {
        if path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty {
            return home + path.dropFirst()
        }
        return (path as NSString).expandingTildeInPath
    }

    /// The plan as the screen shows it: a row per row of the file, and one per conflict.
    static func preview(_ plan: ImportPlan, request: ImportRequest) -> ImportPreview {
        func shown(_ value: String) -> String { value.isEmpty ? "(blank)" : "\"\(value)\"" }
        var rows: [ImportPreview.Row] = []
        for row in plan.rows {
            let name = row.recordID.isEmpty ? row.name : "\(row.name) (\(row.recordID))"
            switch row.outcome {
            case .add(let account, let notes):
                let extra = notes.isEmpty ? "" : " — " + notes.joined(separator: "; ")
                rows.append(.init(line: row.line, kind: .add, name: name,
                                  detail: "stage \(account.stage.rawValue), T-day \(account.tDay.iso)\(extra)"))
            case .update(_, let updates, let conflicts):
                let what = updates.isEmpty ? "linked to the CRM record, nothing else changes"
                    : updates.map { "\($0.field.rawValue) \(shown($0.from)) → \(shown($0.to))" }.joined(separator: ", ")
                rows.append(.init(line: row.line, kind: .update, name: name, detail: what))
                for c in conflicts {
                    let taken = c.tookFile ? "the file's is taken (p keeps yours)" : "yours is kept (p takes the file's)"
                    rows.append(.init(line: row.line, kind: .conflict, name: row.name,
                                      detail: "\(c.field.rawValue) changed in Baton to \(shown(c.yours)), the file says \(shown(c.file)): \(taken)"))
                }
            case .unchanged:
                rows.append(.init(line: row.line, kind: .unchanged, name: name, detail: "nothing changes"))
            case .refused(let reason):
                rows.append(.init(line: row.line, kind: .refused, name: name, detail: reason))
            }
        }
        var notes = plan.columnNotes.map { "Column \($0)" }
        if !plan.unmappedColumns.isEmpty {
            notes.append("Columns not imported: \(plan.unmappedColumns.joined(separator: ", ")) (e, then Map columns "
                         + "\"COLUMN=field\", imports one; baton import --fields lists the fields)")
        }
        return ImportPreview(request: request, headline: plan.headline(done: false), rows: rows, notes: notes,
                             accounts: plan.accounts)
    }
}
