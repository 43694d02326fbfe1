/// Moving an account between stages: forward through the gate (with a reason where the gate
/// stands in the way), back, or into Continuity — the transfer.
public enum StageInputs {
    /// The stage a lead names: 1–8, its title or short title ("continuity", "joint"), any case.
    public static let stages: [FieldChoice] = Stage.allCases.map {
        FieldChoice(String($0.rawValue), "\($0.rawValue) \($0.title)", key: Character(String($0.rawValue)))
    }

    public static func stage(named text: String) -> Stage? {
        if let n = Int(RuleText.trimmed(text)) { return Stage(rawValue: n) }
        let key = PersonName.fold(text).replacingOccurrences(of: "-", with: " ")
        guard !key.isEmpty else { return nil }
        let exact = Stage.allCases.filter { [$0.title, $0.shortTitle].contains { PersonName.fold($0) == key } }
        if exact.count == 1 { return exact[0] }
        let starts = Stage.allCases.filter { [$0.title, $0.shortTitle].contains { PersonName.fold($0).hasPrefix(key) } }
        return starts.count == 1 ? starts[0] : nil
    }

    /// To `target` from where the account stands: back is always allowed; forward into stage 5 or
    /// later needs Cleared or the override reason; into Continuity is the transfer, through
    /// `TransferGate` (anything missing needs the reason, which covers it), and before the planned
    /// T-day it needs the lead's "yes, transfer today".
    public static func move(to target: Stage, account: Account?) -> ChangeInput<AccountChange> {
        let from = account?.stage ?? .salesHandover
        if account != nil, target < from {
            return ChangeInput("Back to stage \(target.rawValue) \(target.title)", fields: []) { _ throws(InputRefusal) in
                .stage(.back(to: target))
            }
        }
        var fields = [
            InputField(.overrideReason, "Reason", option: "override", .multiLine, required: false,
                       help: "why this account moves before it is ready; recorded, and flagged \"schedule-driven transition\" everywhere"),
        ]
        if target == .continuity {
            fields.append(InputField(.confirmEarly, "Transfer before the planned T-day", option: "early", .choice(FieldChoice.yesNo),
                                     value: "no", help: "yes: transfer today, ahead of the planned T-day (today becomes the T-day)"))
        }
        let title = target == .continuity ? "Transfer: Continuity" : "Stage \(target.rawValue) \(target.title)"
        return ChangeInput(title, fields: fields) { v throws(InputRefusal) in
            let reason = v.has(.overrideReason) ? v.text(.overrideReason) : nil
            if target == .continuity {
                // Only a reason given now: one recorded earlier covers what it saw, and the core knows it.
                return .stage(.transfer(overrideReason: reason, early: v.yes(.confirmEarly)))
            }
            return .stage(.forward(to: target, overrideReason: reason))
        }
    }
}

/// The T-day walkthrough: the nine CRM areas, the five T-day changes, the first touchpoint, and
/// the reason for recording them on an account the gate would stop.
public enum TransferInputs {
    /// One of the nine CRM areas complete (or not, after all), for the five the record cannot
    /// show; the four it can (identity, contacts, contract, documents) are refused with what it lacks.
    public static func area(_ area: CRMArea, complete: Bool) -> ChangeInput<AccountChange> {
        ChangeInput("\(area.title): \(complete ? "Complete" : "Incomplete")", fields: []) { _ throws(InputRefusal) in
            .transfer(.markArea(area, complete: complete))
        }
    }

    /// One of the library's three documents the record cannot show filed (or not, after all).
    public static func document(_ doc: LibraryDocument, filed: Bool) -> ChangeInput<AccountChange> {
        ChangeInput("\(doc.title): \(filed ? "filed" : "not filed")", fields: []) { _ throws(InputRefusal) in
            .transfer(.fileDocument(doc, filed: filed))
        }
    }

    public static func areaNote(_ area: CRMArea, account: Account?) -> ChangeInput<AccountChange> {
        let old = account?.crmTransfer.areas.first { $0.area == area }?.note ?? ""
        return ChangeInput("\(area.title) — note", fields: [
            InputField(.crmNote, "Note", option: "note", .multiLine, value: old, required: false, help: "what is there, what is missing"),
        ]) { v throws(InputRefusal) in
            .transfer(.areaNote(area, v.text(.crmNote)))
        }
    }

    /// One of the five T-day changes done now (`done` false: not done after all).
    public static func change(_ change: TDayChange, done: Bool) -> ChangeInput<AccountChange> {
        ChangeInput("\(change.title)\(done ? "" : ": not done")", fields: []) { _ throws(InputRefusal) in
            done ? .transfer(.tick(change)) : .transfer(.untick(change))
        }
    }

    public static func firstTouchpoint(account: Account?) -> ChangeInput<AccountChange> {
        let t = account?.crmTransfer.firstTouchpoint
        return ChangeInput("The account manager's first touchpoint", fields: [
            InputField(.touchpointDate, "Date", option: "date", .date, value: t?.on.iso ?? "", help: "fri, +1w, 2026-12-01"),
            InputField(.touchpointAgenda, "Agenda", option: "agenda", value: t?.agenda ?? "", help: "what the first conversation is for"),
            InputField(.touchpointOwner, "Owner", option: "owner", .person(.ourSide), value: t?.owner ?? account?.people.accountManager ?? "",
                       help: "who holds it: the account manager", completions: account?.knownPeople(.ourSide) ?? []),
        ], guidance: ["T-day change 5: the next customer interaction is scheduled — date, agenda and owner."]) { v throws(InputRefusal) in
            .transfer(.scheduleFirstTouchpoint(on: v.date(.touchpointDate)!, agenda: v.text(.touchpointAgenda), owner: v.text(.touchpointOwner)))
        }
    }

    /// Why the T-day changes are recorded on an account the gate would stop: not Cleared, its
    /// meetings not held, its exit not done.
    public static func override(account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Record the T-day changes anyway?", fields: [
            InputField(.overrideReason, "Reason", option: "reason", .multiLine, help: "why this account transfers before it is ready"),
        ], guidance: ["The T-day changes are recorded once what comes before T-day is done: readiness Cleared,",
                      "the meetings held, onboarding ended. The schedule never silently overrides the assessment:",
                      "give the reason first, and the account stays flagged \"schedule-driven transition\"."]) { v throws(InputRefusal) in
            .transfer(.overrideForTransfer(reason: v.text(.overrideReason)))
        }
    }
}

extension FieldKey {
    public static let overrideReason = FieldKey("stage.overrideReason")
    public static let confirmEarly = FieldKey("transfer.confirmEarly")
    public static let crmNote = FieldKey("transfer.areaNote")
    public static let touchpointDate = FieldKey("transfer.touchpointDate")
    public static let touchpointAgenda = FieldKey("transfer.touchpointAgenda")
    public static let touchpointOwner = FieldKey("transfer.touchpointOwner")
}
