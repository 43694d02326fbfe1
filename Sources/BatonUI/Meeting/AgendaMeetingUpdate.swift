import BatonCore
import Foundation

/// Keys during an agenda meeting: single keys between sections and for decisions, a field only
/// while typing notes, attendees or commitments, and a close that records the meeting.
enum AgendaMeetingUpdate {
    static func handle(_ key: KeyEvent, _ meeting: AgendaMeeting, _ state: inout AppState) -> [Effect] {
        var m = meeting
        guard let account = state.portfolio.account(id: m.accountID) else {
            state.overlay = nil
            return []
        }
        var effects: [Effect] = []
        if m.form != nil {
            effects = formKey(key, &m, account: account, &state)
        } else {
            switch m.phase {
            case .running:
                if key == .ctrl("s") { return close(m, account: account, confirmedMissing: false, &state) }
                if m.focus == .sections {
                    if key == .escape {
                        m.phase = .confirmLeave
                    } else {
                        effects = sectionKey(key, &m, account: account, &state)
                    }
                } else {
                    typingKey(key, &m, now: state.now)
                }
            case .confirmClose:
                switch key {
                case .char("y"): return close(m, account: account, confirmedMissing: true, &state)
                case .char("n"), .escape: m.phase = .running
                default: break
                }
            case .confirmLeave:
                switch key {
                case .char("y"):
                    state.overlay = nil
                    state.message = m.kind == .postTransitionReview && !(m.review?.decisions.isEmpty ?? true)
                        ? "Left the review: the decisions made are kept; the meeting was not recorded."
                        : "Left the \(m.kind.title.lowercased()): nothing was recorded."
                    return []
                case .char("n"), .escape: m.phase = .running
                default: break
                }
            }
        }
        state.overlay = .agendaMeeting(m)
        return effects
    }

    /// Keys while no field has the cursor: one key, one thing.
    static func sectionKey(_ key: KeyEvent, _ m: inout AgendaMeeting, account: Account, _ state: inout AppState) -> [Effect] {
        switch key {
        case .tab, .right, .char("l"): m.go(to: m.current + 1, now: state.now)
        case .backTab, .left, .char("h"): m.go(to: m.current - 1, now: state.now)
        case .enter, .char("e"): m.focus = .notes
        case .char("a"): m.focus = .attendees
        case .char("c") where m.kind == .internalHandover: m.focus = .commitments
        case .char("1"), .char("2"), .char("3"):
            guard m.kind == .jointTransition, case .char(let c) = key, let n = c.wholeNumberValue else { break }
            let signal = SuccessSignal.allCases[n - 1]
            if m.signals.remove(signal) == nil { m.signals.insert(signal) }
            state.message = "\(m.signals.contains(signal) ? "✓" : "✗") \(signal.title) — \(m.signals.count) of 3 signals"
        default:
            if let list = m.revisit { reviewKey(key, list, &m, account: account, &state) }
        }
        return []
    }

    /// In the review's revisit sections: move through the items and open a decision's form.
    static func reviewKey(_ key: KeyEvent, _ list: ReviewWalk.List, _ m: inout AgendaMeeting, account: Account,
                          _ state: inout AppState) {
        guard var walk = m.review else { return }
        let decision: ReviewDecision?
        switch (key, list) {
        case (.char("j"), _), (.down, _): walk.move(list, by: 1); decision = nil
        case (.char("k"), _), (.up, _): walk.move(list, by: -1); decision = nil
        case (.char("o"), .risks): decision = .keepRisk
        case (.char("c"), .risks): decision = .closeRisk
        case (.char("m"), .risks): decision = .materialiseRisk
        case (.char("c"), .openIssues): decision = .closeIssue
        case (.char("r"), .openIssues): decision = .recommitIssue
        case (.char("s"), .openIssues): decision = .rescopeIssue
        default: decision = nil
        }
        m.review = walk
        guard let decision else { return }
        let ids = walk.ids(list)
        guard ids.indices.contains(walk.cursor(list)) else {
            state.message = list == .risks ? "No open risks to revisit." : "No open issues to revisit."
            return
        }
        m.form = PostTransitionReview.form(decision, itemID: ids[walk.cursor(list)], account: account)
    }

    /// Typing into notes, attendees or commitments. Tab changes section even while typing notes,
    /// so a lead can follow the meeting without leaving the keyboard's home row.
    static func typingKey(_ key: KeyEvent, _ m: inout AgendaMeeting, now: Date) {
        switch key {
        case .escape:
            m.focus = .sections
        case .tab, .backTab:
            if m.focus != .notes { m.focus = .sections }
            m.go(to: m.current + (key == .tab ? 1 : -1), now: now)
        default:
            switch m.focus {
            case .notes: _ = m.notes[m.current].handle(key)
            case .attendees:
                if key == .enter { m.focus = .sections } else { _ = m.attendees.handle(key) }
            case .commitments: _ = m.commitments.handle(key)
            case .sections: break
            }
        }
    }

    /// A decision's form: submitted, it is judged by the tidy-picture rules and, if accepted,
    /// confirmed at once — durable before the review moves on.
    static func formKey(_ key: KeyEvent, _ m: inout AgendaMeeting, account: Account, _ state: inout AppState) -> [Effect] {
        guard var form = m.form else { return [] }
        switch form.handle(key, today: state.today) {
        case .editing:
            m.form = form
        case .cancelled:
            m.form = nil
            state.message = "No decision made: the item stays as it was."
        case .submitted:
            guard case .reviewDecision(let decision, let itemID) = form.purpose else { m.form = nil; return [] }
            switch FormSubmission.apply(form, to: account, today: state.today, now: state.now) {
            case .failure(let refusal):
                form.problem = refusal.reason
                m.form = form
            case .success(let (after, summary)):
                var effects: [Effect] = []
                if after != account {
                    effects = state.confirm(after, summary: summary)
                    // Refused (a read-only store): the form stays, with the reason, and nothing is decided.
                    guard !effects.isEmpty else {
                        form.problem = state.message
                        m.form = form
                        return []
                    }
                } else {
                    state.message = summary
                }
                m.form = nil
                let list: ReviewWalk.List = decision == .keepRisk || decision == .closeRisk || decision == .materialiseRisk ? .risks : .openIssues
                m.review?.decisions.append(.init(itemID: itemID, text: PostTransitionReview.decided(decision, account: after, itemID: itemID)))
                m.review?.moveToNextUndecided(list)
                return effects
            }
        }
        return []
    }

    /// Ctrl-S: the meeting goes on the account — unless what it cannot close without is missing.
    static func close(_ meeting: AgendaMeeting, account: Account, confirmedMissing: Bool, _ state: inout AppState) -> [Effect] {
        var m = meeting
        m.phase = .running
        if m.attendeeList.isEmpty {
            m.focus = .attendees
            state.message = "Refused: name who is in the room first (a)."
            state.overlay = .agendaMeeting(m)
            return []
        }
        if m.kind == .internalHandover {
            let n = m.commitmentList.count
            if n < 2 || n > 3 {
                m.focus = .commitments
                state.message = n < 2
                    ? "Refused: the account manager commits to two or three actions for the first 30 days — \(n) written (one per line)."
                    : "Refused: at most three commitments for the first 30 days — \(n) written; keep the three that matter."
                state.overlay = .agendaMeeting(m)
                return []
            }
        }
        if m.kind == .jointTransition, !m.missingRoles.isEmpty, !confirmedMissing {
            m.phase = .confirmClose(missingRoles: m.missingRoles)
            state.overlay = .agendaMeeting(m)
            return []
        }
        let recorded = record(m, account: account, now: state.now, today: state.today)
        var after = account
        after.meetings.append(recorded)
        let effects = state.confirm(after, summary: summary(recorded, account: account, missing: m.missingRoles))
        // A read-only store refuses: the meeting stays open with everything typed, and the reason shows.
        state.overlay = effects.isEmpty ? .agendaMeeting(m) : nil
        return effects
    }

    /// The meeting as the account keeps it: each section's notes, the attendees, the times, and
    /// what this kind of meeting adds (commitments, signals, the review's decisions).
    static func record(_ m: AgendaMeeting, account: Account, now: Date, today: CalendarDate) -> Meeting {
        var sections = m.sections
        for i in sections.indices {
            sections[i].notes = m.notes[i].text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func add(_ lines: [String], to i: Int) {
            guard !lines.isEmpty, sections.indices.contains(i) else { return }
            sections[i].notes = ([sections[i].notes].filter { !$0.isEmpty } + lines).joined(separator: "\n")
        }
        if m.kind == .jointTransition, !m.missingRoles.isEmpty {
            add(["Held without the mandatory \(m.missingRoles.joined(separator: ", ").lowercased()): closed anyway, confirmed."],
                to: sections.count - 1)
        }
        if let walk = m.review {
            add(walk.record(.risks, account: account), to: 1)
            add(walk.record(.openIssues, account: account), to: 2)
        }
        let n = account.meetings.filter { $0.kind == m.kind }.count + 1
        let signals = SuccessSignal.allCases.filter { m.signals.contains($0) }
        return Meeting(id: "meeting-\(m.kind.rawValue)-\(today.iso)-\(n)", kind: m.kind, on: today,
                       attendees: m.attendeeList, sections: sections, successSignals: signals,
                       commitments: m.kind == .internalHandover ? m.commitmentList : [],
                       startedAt: m.startedAt, endedAt: now.wholeSeconds)
    }

    static func summary(_ meeting: Meeting, account: Account, missing: [String]) -> String {
        let what: String
        switch meeting.kind {
        case .internalHandover: what = "\(meeting.commitments.count) commitments for the first 30 days"
        case .jointTransition:
            what = "\(meeting.successSignals.count) of 3 success signals"
                + (missing.isEmpty ? "" : "; held without the \(missing.joined(separator: ", ").lowercased())")
        default: what = "\(meeting.attendees.count) attendees"
        }
        return "\(account.name): \(meeting.kind.title.lowercased()) recorded — \(what)"
    }
}
