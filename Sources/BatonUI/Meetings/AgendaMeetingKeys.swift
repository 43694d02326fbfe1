import BatonCore

/// The keys of the three agenda meetings: between sections one key does one thing; while the
/// notes, the attendees or the commitments have the cursor, keys are text but for these few.
enum AgendaMeetingKeys {
    enum Command: Hashable, Sendable {
        case item(ListMove), decide(ReviewDecision)
        case sectionForward, sectionBack, nextSection, previousSection
        case notes, signal(SuccessSignal), commitments, satisfaction(Int), skip, attendees
        case doneAttendees, nextCommitment, stopTyping, newLine
        case close, leave, present
        case closeNotingMissing, backToMeeting, leaveRecordingNothing, stay
    }

    static let table = ContextKeys<Command>(.agendaMeeting,
                                            typing: ("Type the section's notes, who is in the room, or the commitments", nil), [
        ContextBinding([.char("j"), .down], .item(.down), help: "30-day review: move through the risks and issues", hint: "item", hintKeys: "j/k"),
        ContextBinding([.char("k"), .up], .item(.up), help: nil),
        ContextBinding([.char("o")], .decide(.keepRisk), help: "30-day review: keep the risk open", hint: "keep"),
        ContextBinding([.char("c")], .decide(.closeRisk), help: "30-day review: close the risk", hint: "close"),
        ContextBinding([.char("m")], .decide(.materialiseRisk), help: "30-day review: the risk materialised", hint: "materialised"),
        ContextBinding([.char("c")], .decide(.closeIssue), help: "30-day review: close the open issue", hint: "close"),
        ContextBinding([.char("r")], .decide(.recommitIssue), help: "30-day review: re-commit the issue to a new deadline", hint: "re-commit"),
        ContextBinding([.char("s")], .decide(.rescopeIssue), help: "30-day review: re-scope the issue", hint: "re-scope"),
        ContextBinding([.right, .char("l")], .sectionForward, help: "Next and previous section", hint: "next section", hintKeys: "Tab/→"),
        ContextBinding([.left, .char("h")], .sectionBack, help: nil, hint: "back", hintKeys: "S-Tab/←"),
        ContextBinding([.enter, .char("e")], .notes, help: "Type the section's notes (Esc stops typing); a section is done only with notes",
                       hint: "notes"),
    ] + SuccessSignal.allCases.enumerated().map { i, signal in
        ContextBinding([.char(Character("\(i + 1)"))], .signal(signal),
                       help: i == 0 ? "Joint transition meeting: tick the success signals (only with the sponsor in the room)" : nil,
                       hint: i == 0 ? "signals" : nil, hintKeys: i == 0 ? "1 2 3" : nil)
    } + [
        ContextBinding([.char("c")], .commitments, help: "Internal handover: the account manager's two or three commitments",
                       hint: "commitments"),
    ] + (1...5).map { n in
        ContextBinding([.char(Character("\(n)"))], .satisfaction(n),
                       help: n == 1 ? "30-day review: the customer's satisfaction with the transition (again: not asked)" : nil,
                       hint: n == 1 ? "satisfaction" : nil, hintKeys: n == 1 ? "1-5" : nil)
    } + [
        ContextBinding([.char("x")], .skip, help: "Skip the section on purpose, with a reason", hint: "skip, saying why"),
        ContextBinding([.char("a")], .attendees, help: "Who is in the room", hint: "attendees"),
        ContextBinding([.char("p")], .present,
                       help: "Joint transition meeting: present mode, for a screen shared with the customer (only what they may see; p again leaves)",
                       hint: "present"),
        ContextBinding([.enter], .doneAttendees, help: "Typing who is in the room: done", hint: "done"),
        ContextBinding([.enter], .nextCommitment, help: "Typing the commitments: the next one, on its own line", hint: "next commitment"),
        ContextBinding([.escape], .stopTyping, help: "Stop typing: back to the sections", hint: "stop typing"),
        ContextBinding([.tab], .nextSection, help: "Next and previous section, also while typing", hint: "next section"),
        ContextBinding([.backTab], .previousSection, help: nil),
        ContextBinding([.enter], .newLine, help: "Typing notes: a new line", hint: "new line"),
        ContextBinding([.ctrl("s")], .close, help: "Close the meeting and record it", hint: "close the meeting"),
        ContextBinding([.escape, .char("q")], .leave, help: "Leave (asks; nothing is recorded)", hint: "leave"),
        ContextBinding([.char("y")], .closeNotingMissing, help: "Asked about missing roles: close, noting who was missing",
                       hint: "close, note who was missing"),
        ContextBinding([.char("n"), .escape, .char("q")], .backToMeeting, help: "Asked about missing roles: back to the meeting", hint: "back"),
        ContextBinding([.char("y")], .leaveRecordingNothing, help: "Asked whether to leave: leave, recording nothing",
                       hint: "leave, record nothing"),
        ContextBinding([.char("n"), .escape, .char("q")], .stay, help: "Asked whether to leave: stay", hint: "stay"),
    ])

    /// What the meeting answers now: its step, where the cursor is, its kind, and the review's list.
    static func offered(_ command: Command, _ m: AgendaMeeting) -> Bool {
        switch m.phase {
        case .confirmClose: return [.closeNotingMissing, .backToMeeting].contains(command)
        case .confirmLeave: return [.leaveRecordingNothing, .stay].contains(command)
        case .running: break
        }
        switch command {
        case .close, .nextSection, .previousSection: return true
        case .closeNotingMissing, .backToMeeting, .leaveRecordingNothing, .stay: return false
        case .stopTyping: return m.focus != .sections
        case .doneAttendees: return m.focus == .attendees
        case .nextCommitment: return m.focus == .commitments
        case .newLine: return m.focus == .notes
        default: break
        }
        guard m.focus == .sections else { return false }
        switch command {
        case .item: return m.revisit != nil
        case .decide(.keepRisk), .decide(.closeRisk), .decide(.materialiseRisk): return m.revisit == .risks
        case .decide: return m.revisit == .openIssues
        case .signal, .present: return m.kind == .jointTransition
        case .commitments: return m.kind == .internalHandover
        case .satisfaction: return m.kind == .postTransitionReview
        default: return true
        }
    }

    /// The hint bar: Tab's hint while typing notes, the arrows' between sections.
    static func shown(_ command: Command, _ m: AgendaMeeting) -> Bool {
        guard offered(command, m) else { return false }
        if command == .nextSection { return m.focus == .notes }
        return true
    }
}
