import BatonCore
import Foundation

/// The T-day walkthrough on the whole screen: its clock and who is in the room, the nine areas
/// with the knowledge-transfer completeness (judged against the record where it can be) and the
/// library's eight documents, the five changes with their times, the transfer-day sequence.
enum TransferWalkthroughView {
    static func draw(_ w: TransferWalkthrough, state: AppState, into grid: inout CellGrid) {
        guard let account = state.portfolio.account(id: w.accountID) else { return }
        let body = DialogFrame.body(of: grid)
        grid.fill(body, style: CellStyle(.dialog))
        grid.box(body, title: "T-day walkthrough · \(w.clock(now: state.now)) · \(account.name) · T-day \(account.tDay.iso) (\(account.tDayLabel(today: state.today)))",
                 focused: true)
        let inner = body.inset
        let x = inner.x + 1, width = inner.width - 2
        let kt = KnowledgeTransfer.completeness(of: account)
        let complete = CRMArea.allCases.count - KnowledgeTransfer.incompleteAreas(of: account).count
        let documents = CRMRecordCheck.documents(of: account)
        let verdict = Readiness.verdict(for: account, today: state.today)

        var lines: [(text: String, style: CellStyle, row: Int?)] = []
        lines.append(("Stage \(account.stage.rawValue) \(account.stage.title) · readiness \(verdict.isCleared ? "CLEARED" : "NOT CLEARED") \(verdict.score)/6"
                      + (account.isScheduleDrivenTransition ? " · ⚑ schedule-driven transition" : ""),
                      CellStyle(verdict.isCleared ? .met : .notMet, bold: true), nil))
        lines.append(("In the room: " + (w.attendees.isEmpty ? "nobody named yet (a)" : w.attendees.joined(separator: ", ")),
                      CellStyle(w.attendees.isEmpty ? .warning : .dim), nil))
        let rows = TransferWalkthrough.rows(for: account)
        var section = ""
        for (i, row) in rows.enumerated() {
            let heading: String
            switch row {
            case .area, .document:
                heading = "CRM areas · knowledge transfer \(complete)/9 = \(Int((kt * 100).rounded()))% (target 95%: all nine)"
                    + " · documents \(documents.filter(\.present).count)/\(documents.count) in place"
            case .change: heading = "The five T-day changes"
            case .step: heading = "The transfer-day sequence"
            }
            if heading != section {
                lines.append(("", .normal, nil))
                lines.append((heading, CellStyle(.header, bold: true), nil))
                section = heading
            }
            lines.append((text(for: row, account: account, timeZone: state.timeZone), style(for: row, account: account), i))
        }
        lines.append(("", .normal, nil))
        lines.append(("Space tick · e note (areas) · a attendees · j/k move · Esc close — every tick is saved as it is made",
                      CellStyle(.hintKey, bold: true), nil))

        // Keep the cursor's row in view on short screens.
        let cursorLine = lines.firstIndex { $0.row == w.cursor } ?? 0
        let top = centeredScroll(cursor: cursorLine, count: lines.count, visible: inner.height)
        for (n, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            let y = inner.y + n
            grid.put(line.text, x: x, y: y, maxWidth: width, style: line.style)
            if line.row == w.cursor { grid.highlightRow(Rect(x: x, y: y, width: width, height: 1), y: y, focused: true) }
        }
        if let form = w.form { FormView.draw(form, state: state, into: &grid) }
    }

    static func text(for row: TransferWalkthrough.Row, account: Account, timeZone: TimeZone) -> String {
        switch row {
        case .area(let area):
            let check = account.crmTransfer.areas.first { $0.area == area }
            let note = (check?.note ?? "").isEmpty ? "" : " — \(check!.note)"
            let complete = CRMRecordCheck.isComplete(area, in: account)
            // Judged against the record: what it lacks is said where a tick would be.
            let record = CRMRecordCheck.gaps(area, in: account).map { gaps in
                area == .documentLibrary ? " (from the record)" : gaps.isEmpty ? " (from the record)" : " (record: \(gaps.joined(separator: "; ")))"
            } ?? ""
            return "[\(complete ? "✓" : " ")] \(area.title)\(record)\(note)"
        case .document(let doc):
            let entry = CRMRecordCheck.documents(of: account).first { $0.document == doc }
            return "    [\(entry?.present == true ? "✓" : " ")] \(doc.title)\(entry?.fromRecord == true ? " (from the record)" : "")"
        case .change(let change):
            let done = account.crmTransfer.changes.first { $0.change == change }?.doneAt
            var text = "[\(done == nil ? " " : "✓")] \(done.map { $0.clockTime(in: timeZone) } ?? "     ") \(change.title)"
            if change == .firstTouchpointScheduled, let t = account.crmTransfer.firstTouchpoint {
                text += " — \(t.on.iso), \(t.owner): \(t.agenda)"
            }
            return text
        case .step(let key):
            guard let item = account.timeline.first(where: { $0.templateKey == key }) else { return key }
            return "[\(item.doneOn == nil ? " " : "✓")] \(TransferDay.label(daysFromTDay: item.offsetDays).padding(toLength: 5, withPad: " ", startingAt: 0)) \(item.title)"
        }
    }

    static func style(for row: TransferWalkthrough.Row, account: Account) -> CellStyle {
        switch row {
        case .area(let area):
            return CellStyle(CRMRecordCheck.isComplete(area, in: account) ? .done : .dialog)
        case .document(let doc):
            return CellStyle(CRMRecordCheck.documents(of: account).first { $0.document == doc }?.present == true ? .done : .dialog)
        case .change(let change):
            return CellStyle(account.crmTransfer.changes.first { $0.change == change }?.doneAt != nil ? .done : .dialog)
        case .step(let key):
            return CellStyle(account.timeline.first { $0.templateKey == key }?.doneOn != nil ? .done : .dialog)
        }
    }

}
