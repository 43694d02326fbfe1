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
        case .char(let c) where m.kind == .postTransitionReview && ("1"..."5").contains(c):
            let n = c.wholeNumberValue!
            m.satisfaction = m.satisfaction == n ? nil : n
            state.message = m.satisfaction.map { "Customer satisfaction with the transition: \($0) of 5 (target 4.5)" }
                ?? "Customer satisfaction: not asked"
        case .char("x"):
            m.form = skipForm(m)
        case .char("1"), .char("2"), .char("3"):
            guard m.kind == .jointTransition, case .char(let c) = key, let n = c.wholeNumberValue else { break }
            let signal = SuccessSignal.allCases[n - 1]
            if m.signals.remove(signal) == nil {
                // A signal is the customer accepting the account manager: it counts only with the sponsor there to see.
                guard m.sponsorPresent(account) else {
                    let who = account.sponsor.map { ", \($0.name)," } ?? ""
                    state.message = "Not ticked: a success signal counts only with the sponsor\(who) in the room (a: attendees)"
                    break
                }
                m.signals.insert(signal)
            }
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
