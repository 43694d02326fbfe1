/// The customer's contacts: added, or edited in place.
public enum ContactInputs {
    public static let stances = FieldChoice.of(Contact.Stance.self) { $0.rawValue.capitalized }
    public static let strengths = FieldChoice.of(Contact.Strength.self) { $0.rawValue.capitalized }

    /// A new contact, or the contact `id` edited.
    public static func contact(_ id: String?, account: Account?) -> ChangeInput<AccountChange> {
        let c = id.flatMap { id in account?.contacts.first { $0.id == id } }
        let sponsor = account?.sponsor.flatMap { $0.id == c?.id ? nil : $0.name }
        return ChangeInput(c == nil ? "Add contact" : "Edit contact", fields: [
            InputField(.contactName, "Name", option: "name", value: c?.name ?? "", help: "the contact's full name"),
            InputField(.contactRole, "Role", option: "role", value: c?.role ?? "", required: false, help: "their role at the customer"),
            InputField(.contactIsSponsor, "Sponsor", option: "sponsor", .choice(FieldChoice.yesNo), value: c?.isSponsor == true ? "yes" : "no",
                       help: sponsor.map { "one sponsor per account: now \($0)" } ?? "yes: the customer's sponsor"),
            InputField(.dayToDay, "Day-to-day contact", option: "day-to-day", .choice(FieldChoice.yesNo),
                       value: c?.isDayToDay == true ? "yes" : "no", help: "yes: the day-to-day contact"),
            InputField(.contactIsSignatory, "Authorised signatory", option: "signatory", .choice(FieldChoice.yesNo),
                       value: c?.isAuthorisedSignatory == true ? "yes" : "no",
                       help: "yes: may sign setup's sign-off for the customer, as the sponsor may"),
            InputField(.stance, "Stance", option: "stance", .choice(stances), value: c?.stance.rawValue ?? Contact.Stance.neutral.rawValue,
                       help: ""),
            InputField(.strength, "Relationship strength", option: "strength", .choice(strengths),
                       value: c?.relationshipStrength.rawValue ?? Contact.Strength.moderate.rawValue, help: ""),
            InputField(.preference, "Communication preference", option: "preference", value: c?.communicationPreference ?? "",
                       required: false, help: "how they like to be reached"),
        ]) { v throws(InputRefusal) in
            let details = ContactDetails(name: v.text(.contactName), role: v.text(.contactRole), isSponsor: v.yes(.contactIsSponsor),
                                         isDayToDay: v.yes(.dayToDay), isAuthorisedSignatory: v.yes(.contactIsSignatory),
                                         communicationPreference: v.text(.preference),
                                         relationshipStrength: v.choice(.strength, as: Contact.Strength.self) ?? .moderate,
                                         stance: v.choice(.stance, as: Contact.Stance.self) ?? .neutral)
            if let id { return .contacts(.edit(id: id, details)) }
            return .contacts(.add(details))
        }
    }
}

/// The milestones named at kick-off: added, edited, completed with evidence, reopened.
public enum MilestoneInputs {
    static func milestone(_ id: String?, _ account: Account?) -> Milestone? { id.flatMap { id in account?.milestones.first { $0.id == id } } }

    static func conditionThreeNote(_ account: Account?) -> [String] {
        account?.readiness[.milestonesAchieved].status == .met
            ? ["Condition 3 is marked Met: a milestone added now makes that mark stale until it is re-judged."] : []
    }

    /// A new milestone, or the milestone `id` edited.
    public static func milestone(_ id: String?, account: Account?) -> ChangeInput<AccountChange> {
        let m = milestone(id, account)
        return ChangeInput(m == nil ? "Add milestone" : "Edit milestone", fields: [
            InputField(.milestoneName, "Milestone (an outcome named at kick-off)", option: "name", value: m?.name ?? "",
                       help: "the outcome named at kick-off"),
            InputField(.targetDate, "Target date", option: "target", .date, value: m?.targetDate.iso ?? "", help: "when it is due"),
        ], guidance: m == nil ? conditionThreeNote(account) : []) { v throws(InputRefusal) in
            if let id { return .milestones(.edit(id: id, name: v.text(.milestoneName), targetDate: v.date(.targetDate)!)) }
            return .milestones(.add(name: v.text(.milestoneName), targetDate: v.date(.targetDate)!))
        }
    }

    public static func complete(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        let m = milestone(id, account)
        return ChangeInput("Complete milestone", fields: [
            InputField(.completedOn, "Completed on", option: "on", .date, value: "today", help: "not in the future"),
            InputField(.milestoneEvidence, "Evidence", option: "evidence", .multiLine, value: m?.evidence ?? "",
                       help: "what shows the outcome was achieved: a report, a count, who confirmed it"),
        ], guidance: (m.map { ["“\($0.name)” — target \($0.targetDate.iso)"] } ?? [])
            + ["Evidence: what shows the outcome was achieved (a report, a count, who confirmed it)."]) { v throws(InputRefusal) in
            .milestones(.complete(id: id, on: v.date(.completedOn)!, evidence: v.text(.milestoneEvidence)))
        }
    }

    public static func reopen(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Reopen milestone: \(milestone(id, account)?.name ?? "")", fields: []) { _ throws(InputRefusal) in
            .milestones(.reopen(id: id))
        }
    }
}

/// The five components of the onboarding exit: done with a date (and the signed document's
/// reference for the sign-off), or not done.
public enum ExitInputs {
    public static func done(_ component: ExitComponent, account: Account?) -> ChangeInput<AccountChange> {
        let step = account?.exit.first { $0.component == component }
        let signOff = component == .customerSignOff
        return ChangeInput(component.title, fields: [
            InputField(.exitDoneOn, "Done on", option: "on", .date, value: step?.doneOn?.iso ?? "today", help: "the day it was done"),
            InputField(.exitReference, signOff ? "Reference to the signed document" : "Reference (where it is)", option: "reference",
                       value: step?.reference ?? "", required: signOff,
                       help: signOff ? "file, link or e-signature id" : "optional: a link or a file"),
        ], guidance: signOff ? ["A signed acknowledgement, never an inferred one: no reference, no sign-off."] : []) { v throws(InputRefusal) in
            .exit(.markDone(component, on: v.date(.exitDoneOn)!, reference: v.text(.exitReference)))
        }
    }

    public static func notDone(_ component: ExitComponent) -> ChangeInput<AccountChange> {
        ChangeInput("\(component.title): not done", fields: []) { _ throws(InputRefusal) in .exit(.markNotDone(component)) }
    }
}

/// The handover document's eight sections, each the lead's text; section 7 internal only.
public enum HandoverInputs {
    public static func section(_ section: HandoverSection, account: Account?) -> ChangeInput<AccountChange> {
        let internalNote = section.isInternalOnly ? ["INTERNAL ONLY — never in anything meant for the customer."] : []
        return ChangeInput("Handover \(section.rawValue). \(section.title)", fields: [
            InputField(.sectionText, "Text", option: "text", .multiLine, value: account?.handover[section] ?? "", required: false,
                       help: prompt(section) + " Blank clears it."),
        ], guidance: internalNote + [prompt(section)]) { v throws(InputRefusal) in
            .handover(.setSection(section, text: v.text(.sectionText)))
        }
    }

    /// The handover document circulated (48 hours before the internal handover meeting) or
    /// finalised (T−3) on a day, not a day still to come (`done` false: not after all).
    public static func step(_ step: HandoverStep, done: Bool, account: Account?) -> ChangeInput<AccountChange> {
        guard done else {
            return ChangeInput("Handover document: not \(step.title)", fields: []) { _ throws(InputRefusal) in .handover(.unmark(step)) }
        }
        let life = account.map(HandoverLife.init)
        let due = (step == .circulated ? life?.circulation : life?.finalisation)?.due
        let when = step == .circulated ? "48 hours before the internal handover meeting" : "T−3"
        return ChangeInput("Handover document \(step.title)", fields: [
            InputField(.handoverStepOn, step == .circulated ? "Circulated on" : "Finalised on", option: "on", .date, value: "today",
                       help: "the day it was \(step.title); today, yesterday, -2d, T-3"),
        ], guidance: ["Due \(when)" + (due.map { day in
            // T−3 on a weekend falls on the Friday before: say which day that is counted from T-day.
            let label = account.map { TransferDay.label(daysFromTDay: $0.tDay.days(until: day)) }
            return ", on a business day: \(day.iso)" + (label.map { " (\($0))." } ?? ".")
        } ?? ".")]) { v throws(InputRefusal) in
            .handover(.mark(step, on: v.date(.handoverStepOn)!))
        }
    }

    /// What each section holds, as the prompt under its form's title.
    public static func prompt(_ section: HandoverSection) -> String {
        switch section {
        case .identityAndPurchase: "Who the customer is and what they bought, and why."
        case .onboardingPeriod: "Dates, milestones, training, the sign-off."
        case .people: "Sponsor, day-to-day contact, who matters and how to reach them."
        case .healthAndSentiment: "Health today and why; the sponsor's own words."
        case .risksAndOpenIssues: "Every open risk and issue, honestly: nothing tidied away."
        case .opportunities: "Expansion, references, what the customer wants next."
        case .unwrittenBriefing: "What is not in the CRM: personalities, sensitivities, politics."
        case .postTransitionPlan: "The first 30 days: cadence, first one-to-one, the review."
        }
    }
}

/// Archiving an account (with why) and restoring it.
public enum ArchiveInputs {
    public static let reasons = FieldChoice.of(Archival.Reason.self, title: \.title)

    public static func archive(account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Archive" + (account.map { " \($0.name)" } ?? ""), fields: [
            InputField(.archiveReason, "Why it left the portfolio", option: "reason", .choice(reasons),
                       help: ""),
            InputField(.archiveNote, "Note", option: "note", .multiLine, required: false, help: "what happened, for whoever looks it up later"),
        ], guidance: ["Kept with its whole history, out of the portfolio view: X lists archived accounts, x on one restores it."]) { v throws(InputRefusal) in
            .archive(.archive(reason: v.choice(.archiveReason, as: Archival.Reason.self)!, note: v.text(.archiveNote)))
        }
    }

    public static func restore() -> ChangeInput<AccountChange> {
        ChangeInput("Restore", fields: []) { _ throws(InputRefusal) in .archive(.restore) }
    }
}

extension FieldKey {
    public static let contactName = FieldKey("contactName")
    public static let contactRole = FieldKey("contactRole")
    public static let contactIsSponsor = FieldKey("contactIsSponsor")
    public static let dayToDay = FieldKey("dayToDay")
    public static let contactIsSignatory = FieldKey("contactIsSignatory")
    public static let stance = FieldKey("stance")
    public static let strength = FieldKey("strength")
    public static let preference = FieldKey("preference")
    public static let milestoneName = FieldKey("milestoneName")
    public static let targetDate = FieldKey("targetDate")
    public static let completedOn = FieldKey("completedOn")
    public static let milestoneEvidence = FieldKey("milestoneEvidence")
    public static let exitDoneOn = FieldKey("exitDoneOn")
    public static let exitReference = FieldKey("exitReference")
    public static let sectionText = FieldKey("sectionText")
    public static let archiveReason = FieldKey("archiveReason")
    public static let archiveNote = FieldKey("archiveNote")
}

extension FieldKey {
    public static let handoverStepOn = FieldKey("handover.stepOn")
}
