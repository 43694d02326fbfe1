import Foundation

/// Meetings recorded from their minutes: the agenda meetings (each section's notes, who was
/// there, the joint meeting's success signals, the handover's commitments, the review's
/// satisfaction), the readiness assessment run, and the 30-day review's decisions.
public enum MeetingInputs {
    /// The word a lead types for a meeting ("joint"), and its title.
    public static func word(_ kind: Meeting.Kind) -> String {
        switch kind {
        case .readinessAssessment: "readiness"
        case .internalHandover: "internal-handover"
        case .jointTransition: "joint-transition"
        case .tDayWalkthrough: "t-day-walkthrough"
        case .postTransitionReview: "30-day-review"
        }
    }

    /// The agenda meetings a shell records this way (the readiness run has its own input).
    public static let recordable: [Meeting.Kind] = [.internalHandover, .jointTransition, .tDayWalkthrough, .postTransitionReview]
    public static let kinds = recordable.map { FieldChoice(word($0), $0.title) }
    public static let signals = SuccessSignal.allCases.map { FieldChoice(signalWord($0), $0.title) }

    static func signalWord(_ signal: SuccessSignal) -> String {
        switch signal {
        case .customerAsksAccountManagerAQuestion: "question"
        case .sponsorSaysWeAboutNextPhase: "we"
        case .laughter: "laughter"
        }
    }

    /// A section's option: its title in lower case, words joined by dashes ("unwritten-briefing").
    public static func sectionOption(_ title: String) -> String {
        let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }.filter { $0 != "the" }
        return words.joined(separator: "-")
    }

    static func sectionKey(_ i: Int) -> FieldKey { FieldKey("meeting.section.\(i + 1)") }

    /// The meeting `kind` held, from its minutes.
    public static func record(_ kind: Meeting.Kind, account: Account?) -> ChangeInput<AccountChange> {
        let sections = MeetingAgenda.sections(for: kind)
        var fields = [
            InputField(.attendees, "Attendees", option: "attendees", help: "who was in the room, comma-separated",
                       completions: account?.knownPeople(.anyone) ?? []),
            InputField(.meetingMinutes, "Length (minutes)", option: "minutes", .number(min: 1, max: 480),
                       value: "\(sections.reduce(0) { $0 + $1.minutes })", help: "how long it ran"),
        ]
        fields += sections.enumerated().map { i, s in
            InputField(sectionKey(i), "\(i + 1). \(s.title)", option: sectionOption(s.title), .multiLine, required: false,
                       help: "the notes of section \(i + 1) (\(s.minutes) min)")
        }
        switch kind {
        case .jointTransition:
            fields.append(InputField(.successSignals, "Success signals", option: "signals", .choices(signals), required: false,
                                     help: "which happened: question, we, laughter"))
            fields.append(InputField(.confirmMissing, "Held without a mandatory role", option: "without-mandatory", .choice(FieldChoice.yesNo),
                                     value: "no", help: "yes: it was held with a mandatory role missing, and the record says so"))
        case .internalHandover:
            fields.append(InputField(.commitments, "Commitments", option: "commitments", .multiLine,
                                     help: "the account manager's two or three actions for the first 30 days, one per line or separated by ;"))
        case .postTransitionReview:
            fields.append(InputField(.satisfaction, "Satisfaction with the transition", option: "satisfaction", .number(min: 1, max: 5),
                                     required: false, help: "the customer's answer, 1 (rough) to 5 (seamless)"))
        default:
            break
        }
        return ChangeInput("\(kind.title): the record", fields: fields) { v throws(InputRefusal) in
            let attendees = v.text(.attendees).split(separator: ",").map { RuleText.trimmed(String($0)) }.filter { !$0.isEmpty }
            var agenda = sections
            for i in agenda.indices {
                agenda[i].notes = v.text(sectionKey(i))
                agenda[i].visited = v.has(sectionKey(i))
            }
            var heldWithout: [String] = []
            if kind == .jointTransition, let account {
                heldWithout = MandatoryRole.missing(MandatoryRole.joint(for: account), attendees: attendees)
                if !heldWithout.isEmpty, !v.yes(.confirmMissing) {
                    throw InputRefusal(.confirmMissing, "the meeting is missing the \(heldWithout.joined(separator: ", ").lowercased()); "
                                       + "name them among the attendees, or say it was held without them (yes)")
                }
            }
            let commitments = v.text(.commitments).split(whereSeparator: { $0 == "\n" || $0 == ";" }).map { RuleText.trimmed(String($0)) }
            let minutes = v.number(.meetingMinutes) ?? 0
            return .meeting(.record(kind, attendees: attendees, sections: agenda,
                                    successSignals: SuccessSignal.allCases.filter { v.choices(.successSignals).contains(signalWord($0)) },
                                    commitments: commitments.filter { !$0.isEmpty }, heldWithout: heldWithout,
                                    startedAt: v.context.now.wholeSeconds.addingTimeInterval(-Double(minutes * 60)),
                                    customerSatisfaction: v.number(.satisfaction)))
        }
    }

    /// The readiness assessment run: the six results as they stand, the verdict, who was in the room.
    public static func run(account: Account?) -> ChangeInput<AccountChange> {
        let people = account.map { [$0.people.onboardingCoordinator, $0.people.onboardingLead, $0.people.accountManager] } ?? []
        return ChangeInput("Readiness assessment run", fields: [
            InputField(.attendees, "Attendees", option: "attendees", value: people.filter { !$0.isEmpty }.joined(separator: ", "),
                       help: "who was in the room, comma-separated"),
            InputField(.meetingMinutes, "Length (minutes)", option: "minutes", .number(min: 1, max: 480), value: "30", help: "how long it ran"),
        ], guidance: ["The run keeps the six marks as they stand now, and the verdict they add up to."]) { v throws(InputRefusal) in
            let attendees = v.text(.attendees).split(separator: ",").map { RuleText.trimmed(String($0)) }.filter { !$0.isEmpty }
            let minutes = v.number(.meetingMinutes) ?? 30
            return .readiness(.recordRun(attendees: attendees, startedAt: v.context.now.wholeSeconds.addingTimeInterval(-Double(minutes * 60))))
        }
    }

    /// What the 30-day review decides on one risk or open issue.
    public enum Decision: String, CaseIterable, Codable, Hashable, Sendable {
        case keep, close, materialise, recommit, rescope

        /// What the decision says of the item, as the review's form is titled.
        public func title(risk: Bool) -> String {
            switch self {
            case .keep: "Keep the risk open"
            case .close: risk ? "Close the risk" : "Close the open issue"
            case .materialise: "Mark the risk materialised"
            case .recommit: "Re-commit to a new deadline"
            case .rescope: "Re-scope the open issue"
            }
        }
    }

    /// The 30-day review's decision on item `id` (a risk or an open issue).
    public static func review(_ decision: Decision, itemID id: String, account: Account?) -> ChangeInput<AccountChange> {
        let risk = account?.risks.first { $0.id == id }
        let issue = account?.openIssues.first { $0.id == id }
        var fields = [InputField(.dispositionNote, "Note", option: "note", .multiLine, required: decision == .keep,
                                 help: decision == .keep ? "why it stays open: kept, dated, in the risk's history"
                                     : "why: it stays in the history with the item")]
        switch decision {
        case .keep:
            fields.insert(InputField(.nextReview, "Next review", option: "review", .date, value: risk?.nextReview.iso ?? "",
                                     help: "from today on; +2w, 2026-12-15"), at: 0)
        case .recommit:
            fields.insert(InputField(.newDeadline, "New deadline", option: "deadline", .date,
                                     help: "today or later" + (issue.map { "; the old one, \($0.deadline.iso), is kept in the record" } ?? "")), at: 0)
        case .rescope:
            fields.insert(InputField(.newDescription, "New description", option: "description", value: issue?.description ?? "",
                                     help: "what the item now is; the old description is kept in the record"), at: 0)
        case .close, .materialise: break
        }
        var guidance: [String] = []
        if let risk {
            guidance = ["Risk: \(SafeText.sanitize(risk.statement))",
                        "\(risk.likelihood.title) likelihood × \(risk.impact.title) impact · owner \(risk.owner) · review \(risk.nextReview.iso)"]
        } else if let issue {
            guidance = ["Open issue: \(SafeText.sanitize(issue.description))",
                        "\(issue.kind.title) · owner \(issue.owner) · deadline \(issue.deadline.iso)"]
        }
        return ChangeInput(decision.title(risk: risk != nil || issue == nil), fields: fields, guidance: guidance) { v throws(InputRefusal) in
            let note = v.text(.dispositionNote)
            let isRisk = account?.risks.contains { $0.id == id } ?? false
            switch decision {
            case .keep: return .meeting(.review(.keepRisk(id: id, nextReview: v.date(.nextReview)!, note: note)))
            case .close: return .meeting(.review(isRisk ? .closeRisk(id: id, note: note) : .closeIssue(id: id, note: note)))
            case .materialise: return .meeting(.review(.materialiseRisk(id: id, note: note)))
            case .recommit: return .meeting(.review(.recommitIssue(id: id, deadline: v.date(.newDeadline)!, note: note)))
            case .rescope: return .meeting(.review(.rescopeIssue(id: id, description: v.text(.newDescription), note: note)))
            }
        }
    }
}

extension FieldKey {
    public static let attendees = FieldKey("meeting.attendees")
    public static let meetingMinutes = FieldKey("meeting.minutes")
    public static let successSignals = FieldKey("meeting.successSignals")
    public static let confirmMissing = FieldKey("meeting.confirmMissing")
    public static let commitments = FieldKey("meeting.commitments")
    public static let satisfaction = FieldKey("meeting.satisfaction")
}
