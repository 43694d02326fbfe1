import Foundation
import Testing
@testable import BatonCore

@Suite("Adding an account")
struct NewAccountTests {
    static let today = CalendarDate(iso: "2026-11-23")!
    static let context = ChangeContext(today: today, now: Date(timeIntervalSince1970: 1_795_426_200), by: "Ana Lima", timeZone: .utc)

    static func draft(_ name: String = "Alpen Hotels GmbH") -> NewAccount {
        var draft = NewAccount(name: name, tDay: today.adding(days: 40))
        draft.onboardingCoordinator = "Tom Reeves"
        draft.accountManager = "Daniel Ortiz"
        draft.purchased = "Platform, 3 sites"
        draft.annualValue = 48_000
        draft.currency = "eur"
        return draft
    }

    @Test("a new account needs a name")
    func needsName() {
        for blank in ["", "   ", "\n"] {
            let result = Self.draft(blank).make(context: Self.context, existing: [])
            #expect(result == .failure(ChangeRefusal("An account needs a name: the customer's name as the lead knows it.")))
        }
    }

    @Test("a new account's timeline follows its kind's template")
    func timelineFollowsTemplate() throws {
        for kind in TransitionKind.allCases {
            for planning in TransitionPlanning.allCases {
                var draft = Self.draft()
                draft.transitionKind = kind
                draft.planning = planning
                let account = try draft.make(context: Self.context, existing: []).get()
                let expected = TimelineTemplate.items(kind: kind, planning: planning, tDay: draft.tDay)
                #expect(account.timeline == expected, "\(kind) \(planning)")
                #expect(!account.timeline.isEmpty)
            }
        }
    }

    @Test("a new account has an id from its name, a first stage entry dated today, and the owner as lead")
    func buildsTheAccount() throws {
        var draft = Self.draft()
        draft.stage = .onboardingActive
        let existing = [try Self.draft().make(context: Self.context, existing: []).get()]
        var other = draft
        other.name = "Alpen Hotels"
        let account = try other.make(context: Self.context, existing: existing).get()
        #expect(account.id == "alpen-hotels")
        #expect(account.stageHistory == [StageEntry(stage: .onboardingActive, on: Self.today)])
        #expect(account.people.onboardingLead == "Ana Lima")
        #expect(account.people.primaryOwner == "Tom Reeves")
        #expect(account.contract.currency == "EUR")
        #expect(account.contract.startDate == Self.today)
        #expect(account.contract.renewalDate == CalendarDate(iso: "2027-11-23"))
        #expect(account.isActive)
    }

    @Test("a name already in the portfolio is refused, accents and case ignored, archived ones too")
    func duplicateNameRefused() throws {
        var existing = try Self.draft("Müller & Söhne").make(context: Self.context, existing: []).get()
        let again = Self.draft("muller & sohne ").make(context: Self.context, existing: [existing])
        #expect(again.isRefused(containing: "already in the portfolio"))
        existing.archived = Archival(reason: .churned, on: Self.today)
        let archived = Self.draft("MÜLLER & SÖHNE").make(context: Self.context, existing: [existing])
        #expect(archived.isRefused(containing: "archived: restore it"))
    }

    @Test("a renewal before the start, a negative value or a made-up currency is refused")
    func badContract() {
        var draft = Self.draft()
        draft.startDate = Self.today
        draft.renewalDate = Self.today.adding(days: -1)
        #expect(draft.make(context: Self.context, existing: []).isRefused(containing: "must come after the start date"))
        draft = Self.draft()
        draft.annualValue = -5
        #expect(draft.make(context: Self.context, existing: []).isRefused(containing: "cannot be negative"))
        draft = Self.draft()
        draft.currency = "euros"
        #expect(draft.make(context: Self.context, existing: []).isRefused(containing: "three-letter ISO code"))
    }
}

extension Result where Failure == ChangeRefusal {
    func isRefused(containing text: String) -> Bool {
        if case .failure(let refusal) = self { return refusal.reason.contains(text) }
        return false
    }
}
