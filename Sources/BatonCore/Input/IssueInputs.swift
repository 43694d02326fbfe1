/// The open issues log's inputs: log and edit an item, and disposition it — close, re-commit,
/// re-scope — each with a note, each keeping what it replaced.
public enum IssueInputs {
    static let kinds: [(OpenIssue.Kind, String, String)] = [
        (.ourCommitment, "ours", "Ours"), (.customerCommitment, "theirs", "Customer's"),
        (.technical, "technical", "Technical"), (.awaitingDecision, "decision", "Awaiting decision"),
    ]
    /// The four kinds, picked by their number.
    public static let kindChoices: [FieldChoice] = kinds.enumerated().map { i, k in FieldChoice(k.1, k.2, key: Character("\(i + 1)")) }
    static let kindGuidance = "Kind: 1 our commitment · 2 customer's commitment · 3 technical / feature / service · 4 awaiting a decision"

    static func kind(_ v: InputValues) -> OpenIssue.Kind {
        kinds.first { $0.1 == v.choice(.issueKind) }?.0 ?? .ourCommitment
    }

    static func value(of kind: OpenIssue.Kind) -> String { kinds.first { $0.0 == kind }?.1 ?? "" }

    /// A new item on the log.
    public static func add(account: Account?) -> ChangeInput<AccountChange> {
        let owner = account.map { $0.stage >= .transferDay ? $0.people.accountManager : $0.people.onboardingCoordinator } ?? ""
        return ChangeInput("New open issue", fields: [
            InputField(.issueKind, "Kind", option: "kind", .choice(kindChoices), pickFirst: false),
            InputField(.issueDescription, "Description", option: "description", help: "what has happened and is not closed"),
            InputField(.issueOwner, "Owner", option: "owner", .person(.anyone), value: owner, help: "a named person",
                       completions: account?.knownPeople(.anyone) ?? []),
            InputField(.issueDeadline, "Deadline", option: "deadline", .date, help: "by when: fri, +2w, 2026-12-01"),
        ], guidance: [kindGuidance]) { v throws(InputRefusal) in
            .register(.addIssue(kind(v), description: v.text(.issueDescription), owner: v.text(.issueOwner), deadline: v.date(.issueDeadline)!))
        }
    }

    /// Kind, wording and owner of an item; the deadline moves only by a re-commitment.
    public static func edit(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        let issue = account?.openIssues.first { $0.id == id }
        return ChangeInput("Edit open issue", fields: [
            InputField(.issueKind, "Kind", option: "kind", .choice(kindChoices), value: issue.map { value(of: $0.kind) } ?? "",
                       help: ""),
            InputField(.issueDescription, "Description", option: "description", value: issue?.description ?? "",
                       help: "wording fixes on the day it was logged; after that, a re-scope"),
            InputField(.issueOwner, "Owner", option: "owner", .person(.anyone), value: issue?.owner ?? "", help: "a named person",
                       completions: account?.knownPeople(.anyone) ?? []),
        ], guidance: [kindGuidance] + (issue.map {
            ["Deadline \($0.deadline.iso): a new one is a re-commitment, which keeps the old one in the record."]
        } ?? [])) { v throws(InputRefusal) in
            .register(.editIssue(id: id, kind(v), description: v.text(.issueDescription), owner: v.text(.issueOwner)))
        }
    }

    public static func close(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Close open issue", fields: [
            InputField(.resolutionNote, "Resolution note", option: "note", .multiLine, help: "how it was resolved, and who confirmed it"),
        ], guidance: description(id, account) + ["A closed issue leaves the log and stays in the history (H) with this note."]) { v throws(InputRefusal) in
            .register(.closeIssue(id: id, note: v.text(.resolutionNote)))
        }
    }

    public static func recommit(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        let was = account?.openIssues.first { $0.id == id }?.deadline.iso
        return ChangeInput("Re-commit", fields: [
            InputField(.newDeadline, "New deadline", option: "deadline", .date, help: "today or later" + (was.map { " (was \($0))" } ?? "")),
            InputField(.dispositionNote, "Note", option: "note", help: "why, and who agreed the new date"),
        ], guidance: description(id, account)) { v throws(InputRefusal) in
            .register(.recommitIssue(id: id, deadline: v.date(.newDeadline)!, note: v.text(.dispositionNote)))
        }
    }

    public static func rescope(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        let issue = account?.openIssues.first { $0.id == id }
        return ChangeInput("Re-scope", fields: [
            InputField(.newDescription, "New description", option: "description", value: issue?.description ?? "",
                       help: "what the item now is; the old wording is kept"),
            InputField(.dispositionNote, "Note", option: "note", help: "why the scope changed, and who agreed"),
        ], guidance: issue.map { ["Was: " + SafeText.sanitize($0.description)] } ?? []) { v throws(InputRefusal) in
            .register(.rescopeIssue(id: id, description: v.text(.newDescription), note: v.text(.dispositionNote)))
        }
    }

    static func description(_ id: String, _ account: Account?) -> [String] {
        (account?.openIssues.first { $0.id == id }).map { [SafeText.sanitize($0.description)] } ?? []
    }
}

extension FieldKey {
    public static let issueKind = FieldKey("issue.kind")
    public static let issueDescription = FieldKey("issue.description")
    public static let issueOwner = FieldKey("issue.owner")
    public static let issueDeadline = FieldKey("issue.deadline")
}
