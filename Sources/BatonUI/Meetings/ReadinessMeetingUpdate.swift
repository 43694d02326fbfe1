import BatonCore
import Foundation

/// Keys during a readiness meeting: one key per decision, and a form only for the evidence text.
enum ReadinessMeetingUpdate {
    static func handle(_ key: KeyEvent, _ meeting: ReadinessMeeting, _ state: inout AppState) -> [Effect] {
        var m = meeting
        guard let account = state.meetingAccount(m.accountID) else { return [] }
        var effects: [Effect] = []
        if var form = m.form {
            switch form.handle(key, today: state.today) {
            case .editing:
                m.form = form
            case .cancelled:
                m.form = nil
            case .submitted:
                switch state.submit(form) {
                case .failure(let refusal):
                    form.refused(refusal)
                    m.form = form
                case .success(let confirmed):
                    effects += confirmed
                    m.form = nil
                    // A mark moves the meeting on; an action marked done leaves it on the condition, to re-run it.
                    if case .condition(let c) = m.phase, form.purpose != .change(.markActionDone(c)) { m.phase = next(after: c) }
                }
            }
            state.overlay = .meeting(m)
            return effects
        }
        let typing = state.typesText    // who is in the room: a field
        guard let command = ReadinessMeetingKeys.table.command(for: key, typing: typing, where: { ReadinessMeetingKeys.offered($0, m) }) else {
            if typing { _ = m.attendees.handle(key) }
            state.overlay = .meeting(m)
            return effects
        }
        switch (command, m.phase) {
        case (.begin, _):
            if m.attendeeList.isEmpty {
                state.message = "Name who is in the room first."
            } else {
                m.phase = .condition(.setupComplete)
            }
        case (.notStarted, _):
            state.overlay = nil
            state.message = "Readiness meeting not started."
            return []
        case (.markMet, .condition(let c)):
            m.form = FormState(change: .markMet(c), account: account)
        case (.markNotMet, .condition(let c)):
            m.form = FormState(change: .markNotMet(c), account: account)
        case (.clearMark, .condition(let c)):
            effects += state.applyOrSay(.readiness(.clearMark(c)), to: account.id)
        case (.actionDone, .condition(let c)):
            m.form = Update.actionDoneForm(c, account: account, message: &state.message)
        case (.next, .condition(let c)):
            m.phase = next(after: c)
        case (.back, .condition(let c)):
            if let prev = ReadinessCondition(rawValue: c.rawValue - 1) { m.phase = .condition(prev) } else { m.phase = .attendees }
        case (.back, _):
            m.phase = .condition(.customerConfidence)
        case (.recordRun, _):
            effects += state.applyOrSay(.readiness(.recordRun(attendees: m.attendeeList, startedAt: m.startedAt)),
                                        to: account.id)
            // A run that did not clear goes on to steps 3 and 4 (000:144–146): who is told of the delay.
            let runs = state.portfolio.account(id: account.id)?.readiness.runs ?? []
            guard runs.count > account.readiness.runs.count, runs.last?.cleared == false else {
                state.overlay = nil
                return effects
            }
            m.phase = .notices
        case (.tellTeam, _):
            m.form = FormState(change: .delayNotice(.accountManagement), account: account)
        case (.tellCustomer, _):
            m.form = FormState(change: .delayNotice(.customer), account: account)
        case (.finish, _):
            // The account-management team always needs to know (000:145): say so once before leaving without it.
            if account.readiness.runs.last?.notice(to: .accountManagement) == nil, !m.warnedOfUntoldDelay {
                m.warnedOfUntoldDelay = true
                state.message = "The account-management team has not been told of the delay and why: a tells them; Enter again leaves."
            } else {
                state.overlay = nil
                state.message = "\(account.name): readiness run recorded — NOT CLEARED; the gaps' actions are on the attention list."
                return effects
            }
        case (.leave, .condition(let c)):
            m.phase = .confirmLeave(returnTo: c)
        case (.leave, _):
            m.phase = .confirmLeave(returnTo: nil)
        case (.confirmLeave, _):
            state.overlay = nil
            state.message = "Left the meeting: the marks made are kept; no run was recorded."
            return []
        case (.stay, .confirmLeave(let back)):
            m.phase = back.map { .condition($0) } ?? .close
        default:
            break
        }
        state.overlay = .meeting(m)
        return effects
    }

    static func next(after c: ReadinessCondition) -> ReadinessMeeting.Phase {
        ReadinessCondition(rawValue: c.rawValue + 1).map { .condition($0) } ?? .close
    }
}
