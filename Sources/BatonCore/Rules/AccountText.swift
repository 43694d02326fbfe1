/// Every piece of text an account holds, each with where it lives, so a search can cover all of
/// it — contacts, risks, issues, notes, meeting notes, evidence — and say where a match is.
public struct TextPlace: Equatable, Sendable {
    /// Where on the account the text is: enough for the screen to go there.
    public enum Location: Equatable, Sendable {
        case identity
        case contact(index: Int)
        case milestone(index: Int)
        case handover(section: Int)
        case risk(id: String)
        case openIssue(id: String)
        case condition(ReadinessCondition)
        case timeline(index: Int)
        /// Health, sentiment, interactions, meetings, stage moves: the account's history.
        case history
        case exit(ExitComponent)
    }

    public var location: Location
    /// "Contact · Dana Whitfield", "Meeting · Internal handover · Risks and open issues".
    public var label: String
    public var text: String
}

extension Account {
    /// All the account's text, in the order a person reads the account.
    public var textPlaces: [TextPlace] {
        var out: [TextPlace] = []
        func add(_ location: TextPlace.Location, _ label: String, _ texts: String?...) {
            for text in texts.compactMap({ $0 }) where !text.isEmpty {
                out.append(TextPlace(location: location, label: label, text: text))
            }
        }
        add(.identity, "Account", identity.name, identity.legalEntity, identity.industry, identity.primaryLocation,
            contract.purchased)
        add(.identity, "Our people", people.onboardingCoordinator, people.onboardingLead, people.accountManager,
            people.accountManagementDirector)
        for (i, c) in contacts.enumerated() {
            add(.contact(index: i), "Contact · \(c.name)", c.name, c.role, c.communicationPreference)
        }
        for (i, m) in milestones.enumerated() {
            add(.milestone(index: i), "Milestone", m.name, m.evidence)
        }
        for c in readiness.conditions {
            let label = "Condition \(c.condition.number)"
            add(.condition(c.condition), label + " evidence", c.evidence?.summary, c.evidence?.providedBy, c.evidence?.signatory,
                c.evidence?.observedBy, c.evidence?.sponsorWords)
            add(.condition(c.condition), label + " action", c.action?.what, c.action?.owner)
        }
        for r in risks {
            add(.risk(id: r.id), "Risk", r.statement, r.mitigation, r.owner, r.escalationTrigger, r.resolution)
        }
        for issue in openIssues {
            add(.openIssue(id: issue.id), "Open issue", issue.description, issue.owner)
            for d in issue.dispositions { add(.openIssue(id: issue.id), "Open issue · disposition", d.note, d.previousDescription) }
        }
        for section in HandoverSection.allCases {
            add(.handover(section: section.rawValue), "Handover \(section.rawValue) · \(section.title)", handover[section])
        }
        for step in exit { add(.exit(step.component), "Exit · \(step.component.title)", step.reference) }
        for (i, item) in timeline.enumerated() { add(.timeline(index: i), "Timeline", item.title) }
        for h in allHealthRatings { add(.history, "Health \(h.title) · \(h.setOn.iso)", h.rationale) }
        for n in sentiment { add(.history, "Sentiment · \(n.contact) · \(n.capturedOn.iso)", n.words) }
        for x in interactions { add(.history, "Interaction · \(x.kind.rawValue)", x.summary, x.with) }
        for m in meetings {
            add(.history, "Meeting · \(m.kind.title) · attendees", m.attendees.joined(separator: ", "))
            for s in m.sections { add(.history, "Meeting · \(m.kind.title) · \(s.title)", s.notes) }
            for c in m.commitments { add(.history, "Meeting · \(m.kind.title) · commitment", c) }
        }
        add(.history, "Stage override", stageOverride?.reason)
        add(.history, "Archived", archived?.note)
        return out
    }
}
