import BatonCore
import Foundation

/// Keys during an agenda meeting: single keys between sections and for decisions, a field only
/// while typing notes, attendees or commitments, and a close that records the meeting.
enum AgendaMeetingUpdate {
    static func handle(_ key: KeyEvent, _ meeting: AgendaMeeting, _ state: inout AppState) -> [Effect] {
        var m = meeting
        guard let account = state.meetingAccount(m.accountID) else { return [] }
        var effects: [Effect] = []
        if m.form != nil {
            effects = formKey(key, &m, account: account, &state)
        } else if let command = AgendaMeetingKeys.table.command(for: key, typing: state.typesText,
                                                                   where: { AgendaMeetingKeys.offered($0, m) }) {
            switch command {
            case .close: return close(m, account: account, confirmedMissing: false, &state)
            case .closeNotingMissing: return close(m, account: account, confirmedMissing: true, &state)
            case .leaveRecordingNothing:
                state.overlay = nil
                state.message = m.kind == .postTransitionReview && !(m.review?.decisions.isEmpty ?? true)
                    ? "Left the review: the decisions made are kept; the meeting was not recorded."
                    : "Left the \(m.kind.title.lowercased()): nothing was recorded."
                return []
            case .leave: m.phase = .confirmLeave
            case .backToMeeting, .stay: m.phase = .running
            default: perform(command, &m, account: account, &state)
            }
        } else if m.phase == .running {
            type(key, &m)
        }
        state.overlay = .agendaMeeting(m)
        return effects
    }

    /// The meeting's own commands while it runs: one key, one thing.
    static func perform(_ command: AgendaMeetingKeys.Command, _ m: inout AgendaMeeting, account: Account, _ state: inout AppState) {
        switch command {
        case .sectionForward: m.go(to: m.current + 1, now: state.now)
        case .sectionBack: m.go(to: m.current - 1, now: state.now)
        case .nextSection, .previousSection:
            // Tab changes section even while typing notes, so a lead can follow the meeting without
            // leaving the keyboard's home row.
            if m.focus != .notes { m.focus = .sections }
            m.go(to: m.current + (command == .nextSection ? 1 : -1), now: state.now)
        case .notes: m.focus = .notes
        case .attendees: m.focus = .attendees
        case .present: state.presenting = true
        case .commitments: m.focus = .commitments
        case .stopTyping, .doneAttendees: m.focus = .sections
        case .nextCommitment: _ = m.commitments.handle(.enter)
        case .newLine: _ = m.notes[m.current].handle(.enter)
        case .satisfaction(let n):
            m.satisfaction = m.satisfaction == n ? nil : n
            state.message = m.satisfaction.map { "Customer satisfaction with the transition: \($0) of 5 (target 4.5)" }
                ?? "Customer satisfaction: not asked"
        case .skip:
            m.form = skipForm(m)
        case .signal(let signal):
            if m.signals.remove(signal) == nil {
                // A signal is the customer accepting the account manager: it counts only with the sponsor there to see.
                guard m.sponsorPresent(account) else {
                    let who = account.sponsor.map { ", \($0.name)," } ?? ""
                    state.message = "Not ticked: a success signal counts only with the sponsor\(who) in the room (a: attendees)"
                    return
                }
                m.signals.insert(signal)
            }
            state.message = "\(m.signals.contains(signal) ? "✓" : "✗") \(signal.title) — \(m.signals.count) of 3 signals"
        case .item(let move):
            guard let list = m.revisit, var walk = m.review else { return }
            walk.move(list, by: move == .down ? 1 : -1)
            m.review = walk
        case .decide(let decision):
            guard let list = m.revisit, let walk = m.review else { return }
            let ids = walk.ids(list)
            guard ids.indices.contains(walk.cursor(list)) else {
                state.message = list == .risks ? "No open risks to revisit." : "No open issues to revisit."
                return
            }
            m.form = PostTransitionReview.form(decision, itemID: ids[walk.cursor(list)], account: account)
        case .close, .closeNotingMissing, .leave, .backToMeeting, .leaveRecordingNothing, .stay:
            break   // the meeting's close and leaving: handle's, which can close the overlay
        }
    }

    /// Typing into notes, attendees or commitments: every key the table leaves is the field's.
    static func type(_ key: KeyEvent, _ m: inout AgendaMeeting) {
        switch m.focus {
        case .notes: _ = m.notes[m.current].handle(key)
        case .attendees: _ = m.attendees.handle(key)
        case .commitments: _ = m.commitments.handle(key)
        case .sections: break
        }
    }

    /// x: skip the current section on purpose, saying why (prefilled with the reason already given).
    static func skipForm(_ m: AgendaMeeting) -> FormState {
        let i = m.current
        return FormState(title: "Skip section \(i + 1): \(m.sections[i].title)", purpose: .skipSection(i), accountID: m.accountID,
                         fields: [FormField(.skipReason, "Why it is skipped", .multiLine, text: m.skipped[i] ?? "",
                                            hint: "a section counts as done only with notes, or skipped with a reason")],
                         guidance: ["Skipped sections are written into the meeting's record with the reason."])
    }

    /// A decision's form: submitted, it is judged by the tidy-picture rules and, if accepted,
    /// confirmed at once — durable before the review moves on.
    static func formKey(_ key: KeyEvent, _ m: inout AgendaMeeting, account: Account, _ state: inout AppState) -> [Effect] {
        guard var form = m.form else { return [] }
        let outcome = form.handle(key, today: state.today)
        if case .skipSection(let i) = form.purpose {
            switch outcome {
            case .editing: m.form = form
            case .cancelled:
                m.form = nil
                state.message = "Not skipped: section \(i + 1) is done once it has notes."
            case .submitted:
                m.form = nil
                m.skipped[i] = form.value(.skipReason)
                state.message = "Section \(i + 1) skipped: \(form.value(.skipReason))"
                if i == m.current { m.go(to: i + 1, now: state.now) }
            }
            return []
        }
        switch outcome {
        case .editing:
            m.form = form
        case .cancelled:
            m.form = nil
            state.message = "No decision made: the item stays as it was."
        case .submitted:
            guard case .change(.review(let asked, let itemID)) = form.purpose else { m.form = nil; return [] }
            let decision = ReviewDecision.made(asked, isRisk: account.risks.contains { $0.id == itemID })
            var effects: [Effect] = []
            switch state.submit(form) {
            case .failure(let refusal):
                form.refused(refusal)
                m.form = form
                return []
            case .success(let confirmed):
                // Refused by a read-only store: the form stays, with the reason, and nothing is decided.
                if confirmed.isEmpty, case .readOnly = state.saveStatus {
                    form.problem = state.message
                    m.form = form
                    return []
                }
                effects = confirmed
            }
            let after = state.portfolio.account(id: account.id) ?? account
            m.form = nil
            let list: ReviewWalk.List = decision == .keepRisk || decision == .closeRisk || decision == .materialiseRisk ? .risks : .openIssues
            m.review?.decisions.append(.init(itemID: itemID, text: PostTransitionReview.decided(decision, account: after, itemID: itemID)))
            m.review?.moveToNextUndecided(list)
            return effects
        }
        return []
    }

    /// Ctrl-S: the meeting goes on the account — unless what it cannot close without is missing
    /// (the core says what), or a mandatory role is missing and the lead has not confirmed.
    static func close(_ meeting: AgendaMeeting, account: Account, confirmedMissing: Bool, _ state: inout AppState) -> [Effect] {
        var m = meeting
        m.phase = .running
        if m.kind == .jointTransition, !m.attendeeList.isEmpty, !m.missingRoles.isEmpty, !confirmedMissing {
            m.phase = .confirmClose(missingRoles: m.missingRoles)
            state.overlay = .agendaMeeting(m)
            return []
        }
        let change = MeetingChange.record(m.kind, attendees: m.attendeeList, sections: sections(m, account: account),
                                          successSignals: SuccessSignal.allCases.filter { m.signals.contains($0) },
                                          commitments: m.commitmentList,
                                          heldWithout: m.kind == .jointTransition ? m.missingRoles : [],
                                          startedAt: m.startedAt,
                                          customerSatisfaction: m.kind == .postTransitionReview ? m.satisfaction : nil)
        switch state.apply(.meeting(change), to: account.id) {
        case .failure(let refusal):
            // The cursor goes where the gap is: who was in the room, or the commitments.
            let commitmentsShort = m.kind == .internalHandover && !MeetingChange.handoverCommitments.contains(m.commitmentList.count)
            m.focus = m.attendeeList.isEmpty ? .attendees : commitmentsShort ? .commitments : m.focus
            state.message = refusal.reason
            state.overlay = .agendaMeeting(m)
            return []
        case .success(let effects):
            // A read-only store refuses: the meeting stays open with everything typed, and the reason shows.
            state.overlay = effects.isEmpty ? .agendaMeeting(m) : nil
            return effects
        }
    }

    /// Each section's notes as typed, and in the review's revisits what was decided on each item.
    static func sections(_ m: AgendaMeeting, account: Account) -> [AgendaSection] {
        var sections = m.sections
        for i in sections.indices {
            sections[i].notes = m.notes[i].text.trimmingCharacters(in: .whitespacesAndNewlines)
            sections[i].skipReason = m.skipped[i]
            sections[i].visited = m.visited.contains(i)
        }
        func add(_ lines: [String], to i: Int) {
            guard !lines.isEmpty, sections.indices.contains(i) else { return }
            sections[i].notes = ([sections[i].notes].filter { !$0.isEmpty } + lines).joined(separator: "\n")
        }
        if let walk = m.review {
            add(walk.record(.risks, account: account), to: 1)
            add(walk.record(.openIssues, account: account), to: 2)
        }
        return sections
    }
}

extension FieldKey {
    static let skipReason = FieldKey("meeting.skipReason")
}
