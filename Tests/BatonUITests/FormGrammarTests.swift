import Foundation
import Testing
@testable import BatonCore
@testable import BatonUI

/// The dashboard's forms and the shell read the same fields from the same definitions: given the
/// same inputs they build the same change, or refuse naming the same field.
@Suite("One grammar: forms and the shell")
struct FormGrammarTests {
    static let context = ChangeContext(today: DemoState.today, now: DemoState.now, by: "Sarah Khan", timeZone: .utc)

    /// A deterministic source of choices, so a failure names the seed that found it.
    struct Dice {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
        mutating func pick<T>(_ values: [T]) -> T { values[next(values.count)] }
    }

    /// What a person might give a field of this kind, near-misses included: blanks, padding,
    /// escape sequences, line breaks, out-of-range numbers, days that do not exist, people the
    /// account does not know, a unique start of a name.
    static func value(for field: InputField, account: Account, dice: inout Dice) -> String {
        switch field.kind {
        case .text, .multiLine:
            return dice.pick(["", "Sign-off PDF in the drive, signed 2 Dec", "  padded  words ", "Ünïcødé 北斗精密 🐟",
                              "line one\nline two", "\u{1B}[31mred\u{1B}[0m alert", "47 of 47 named users at baseline"])
        case .number:
            return dice.pick(["", "0", "1", "36", "120", "121", "1236", "1,200", "-5", "lots", "12.5"])
        case .date:
            return dice.pick(["", "today", "fri", "+3d", "-2", "+7", "2026-13-01", "T-3", "2026-12-20", "yesterday", "soon"])
        case .person:
            let known = account.knownPeople(.anyone)
            return dice.pick(known + [known.first.map { String($0.prefix(3)).lowercased() } ?? "", "Marcus Lee", "", "Nobody Here"])
        case .choice(let choices):
            return field.required ? dice.pick(choices).value : dice.pick(choices.map(\.value) + [""])
        case .choices(let choices):
            return dice.pick(["", choices.first?.value ?? "", choices.map(\.value).joined(separator: ",")])
        }
    }

    /// The value typed into the form as a person would: the field entered (a pre-filled text
    /// selected), a choice picked by its key, anything else pasted over the selection, or cleared.
    static func fill(_ form: inout FormState, _ i: Int, with value: String) {
        form.enter(i)
        let field = form.fields[i]
        if case .choice(let choices) = field.kind {
            if value.isEmpty { _ = form.handle(.backspace, today: DemoState.today); return }
            let choice = choices.first { $0.value == value }!
            _ = form.handle(choice.key.map { KeyEvent.char($0) } ?? .paste(value), today: DemoState.today)
            return
        }
        if case .choices(let choices) = field.kind {
            // A checklist is ticked: walk it with → and Space each value whose tick differs from what is wanted.
            let wanted = Set(value.split(separator: ",").map(String.init))
            for (n, choice) in choices.enumerated() {
                if n > 0 { _ = form.handle(.right, today: DemoState.today) }
                if form.fields[i].ticked.contains(choice.value) != wanted.contains(choice.value) {
                    _ = form.handle(.char(" "), today: DemoState.today)
                }
            }
            return
        }
        if value.isEmpty {
            if !field.input.text.isEmpty { _ = form.handle(.backspace, today: DemoState.today) }
            return
        }
        _ = form.handle(.paste(value), today: DemoState.today)
    }

    static let cases: [(ChangeInputID, String)] = [
        (.markMet(.setupComplete), "acct-ferreira"), (.markMet(.activeUsage), "acct-ferreira"),
        (.markMet(.milestonesAchieved), "northwind"), (.markMet(.trainingCapability), "acct-ferreira"),
        (.markMet(.processUnderstanding), "acct-ferreira"), (.markMet(.customerConfidence), "acct-ferreira"),
        (.markNotMet(.trainingCapability), "acct-ferreira"), (.recordRun, "acct-ferreira"),
        (.addRisk, "northwind"), (.editRisk("nw-risk-1"), "northwind"), (.closeRisk("nw-risk-2"), "northwind"),
        (.moveReview("nw-risk-2"), "northwind"), (.rerate("nw-risk-1", likelihood: false), "northwind"),
        (.addIssue, "northwind"), (.editIssue("nw-issue-1"), "northwind"), (.recommitIssue("nw-issue-1"), "northwind"),
        (.rescopeIssue("nw-issue-1"), "northwind"), (.health, "northwind"), (.sentimentNote, "northwind"),
        (.interaction, "northwind"), (.addStep, "northwind"), (.changeTDay, "acct-sahyadri"),
        (.changeTransition, "acct-sahyadri"), (.stage(.jointTransitionMeeting), "acct-mueller"), (.firstTouchpoint, "acct-alpenblick"),
        (.transferOverride, "acct-bluefin"), (.identity, "northwind"), (.contract, "northwind"), (.people, "northwind"),
        (.addContact, "northwind"), (.addMilestone, "acct-ferreira"), (.exitDone(.customerSignOff), "acct-mueller"),
        (.handoverSection(.unwrittenBriefing), "northwind"), (.archive, "acct-pinecrest"),
        (.recordMeeting(.jointTransition), "northwind"), (.review(.keep, itemID: "nw-risk-1"), "northwind"),
    ]

    @Test("for every kind of change, the form and the shell given the same random inputs build the same change, or refuse naming the same field",
          arguments: 0..<40)
    func formAndShellAgree(seed: Int) {
        var dice = Dice(state: UInt64(seed) &* 7919 &+ 17)
        let portfolio = DemoPortfolio.make(today: DemoState.today, now: DemoState.now)
        for (id, accountID) in Self.cases {
            guard let account = portfolio.account(id: accountID) else { Issue.record("no \(accountID)"); continue }
            let input = id.input(for: account)
            var form = FormState(change: id, account: account)
            var words: [String] = []
            for (i, field) in input.fields.enumerated() {
                let value = Self.value(for: field, account: account, dice: &dice)
                Self.fill(&form, i, with: value)
                words += ["--\(field.option)", value]
            }
            let fromForm = FormSubmission.change(form, account: account, context: Self.context)
            let fromShell = ShellArguments.texts(words, input: input).flatMap { read in
                input.build(read.texts, account: account, context: Self.context, newPeople: read.newPeople)
            }
            switch (fromForm, fromShell) {
            case (.success(let a), .success(let b)):
                #expect(a == b, "seed \(seed), \(id): the form made \(a), the shell \(b)")
            case (.failure(let a), .failure(let b)):
                #expect(a.field == b.field && a.reason == b.reason, "seed \(seed), \(id): the form said \(a), the shell \(b)")
            default:
                Issue.record("seed \(seed), \(id): the form gave \(fromForm), the shell \(fromShell) (words \(words))")
            }
        }
    }

    @Test("typing into a pre-filled field replaces it: a Term of 12 with 36 typed is 36, never 1236")
    func prefilledIsReplaced() throws {
        var state = DemoState.make()
        let account = try #require(state.portfolio.account(id: "northwind"))
        var form = FormState(change: .contract, account: account)
        let term = try #require(form.fields.firstIndex { $0.key == .termMonths })
        form.enter(term)
        #expect(form.fields[term].input.selected)
        for c in "36" { _ = form.handle(.char(c), today: DemoState.today) }
        #expect(form.value(.termMonths) == "36")
        state.overlay = .form(form)
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(state.portfolio.account(id: "northwind")?.contract.termMonths == 36)
    }

    @Test("every pre-filled text field of every form is selected on entry, so a letter replaces it")
    func everyPrefilledFieldIsSelected() {
        let portfolio = DemoPortfolio.make(today: DemoState.today, now: DemoState.now)
        for (id, accountID) in Self.cases {
            let account = portfolio.account(id: accountID)!
            var form = FormState(change: id, account: account)
            for i in form.fields.indices where form.fields[i].choices.isEmpty && form.fields[i].checklist.isEmpty
                && !form.fields[i].input.text.isEmpty {
                form.enter(i)
                _ = form.handle(.char("Z"), today: DemoState.today)
                #expect(form.fields[i].input.text == "Z", "\(id): \(form.fields[i].label) kept its text and appended to it")
            }
        }
    }

    /// 000:120–126: the conversation covers each process, ticked; a checklist cannot be typed
    /// into, so "Escalaton" or "billing?" can never stand for a tick.
    @Test("the processes a conversation covered are ticked one by one, by Space or their letter, and a typed word is never kept as text")
    func processesAreTicked() throws {
        let account = try #require(DemoPortfolio.make(today: DemoState.today, now: DemoState.now).account(id: "acct-ferreira"))
        var form = FormState(change: .markMet(.processUnderstanding), account: account)
        let topics = try #require(form.fields.firstIndex { $0.key == .topics })
        form.enter(topics)
        for c in "Escalaton" { _ = form.handle(.char(c), today: DemoState.today) }
        let values = Set(ProcessTopic.allCases.map(\.rawValue))
        let kept = form.fields[topics].input.text.split(separator: ",").map(String.init)
        #expect(kept.allSatisfy(values.contains), "a typed word was kept as \(kept)")
        for value in form.fields[topics].ticked { form.fields[topics].toggle(value) }
        _ = form.handle(.char(" "), today: DemoState.today)
        #expect(form.fields[topics].ticked == [ProcessTopic.supportTickets.rawValue])
        _ = form.handle(.right, today: DemoState.today)
        _ = form.handle(.right, today: DemoState.today)
        _ = form.handle(.char(" "), today: DemoState.today)
        _ = form.handle(.char("b"), today: DemoState.today)
        #expect(form.fields[topics].ticked == Set([ProcessTopic.supportTickets, .escalation, .billing].map(\.rawValue)))
        _ = form.handle(.char("b"), today: DemoState.today)
        #expect(!form.fields[topics].ticked.contains(ProcessTopic.billing.rawValue), "a second b unticks billing")
        #expect(form.value(.topics) == "support,escalation", "the text is the grammar's comma list, in the standard's order")
    }

    @Test("a motion key puts the cursor in a selected field instead of replacing it")
    func motionKeepsText() {
        var field = TextField(label: "Owner", text: "Tomasz Wójcik")
        field.selectAll()
        _ = field.handle(.end)
        _ = field.handle(.char("!"))
        #expect(field.text == "Tomasz Wójcik!")
        field.selectAll()
        _ = field.handle(.backspace)
        #expect(field.text.isEmpty)
    }

    @Test("a risk owner the account does not know is asked about before it is saved; Enter takes them as new")
    func unknownOwnerAsked() throws {
        var state = DemoState.make()
        let account = try #require(state.portfolio.account(id: "northwind"))
        var form = FormState(change: .editRisk("nw-risk-1"), account: account)
        let owner = try #require(form.fields.firstIndex { $0.key == .riskOwner })
        form.enter(owner)
        _ = form.handle(.paste("Marcus Lee"), today: DemoState.today)
        state.overlay = .form(form)
        state = DemoState.press([.ctrl("s")], on: state)
        guard case .form(let asked) = state.overlay else { Issue.record("saved without asking"); return }
        #expect(asked.askingNewPerson?.name == "Marcus Lee")
        #expect(asked.problem?.contains("is not anyone this account knows") == true)
        #expect(state.portfolio.account(id: "northwind")?.risks.first?.owner != "Marcus Lee")
        state = DemoState.press([.enter], on: state)
        #expect(state.overlay == nil)
        #expect(state.portfolio.account(id: "northwind")?.risks.first { $0.id == "nw-risk-1" }?.owner == "Marcus Lee")
    }

    @Test("a refusal longer than the form is wide wraps onto lines of its own instead of being cut at 80 columns")
    func refusalWraps() throws {
        var state = DemoState.make()
        let account = try #require(state.portfolio.account(id: "acct-ferreira"))
        var form = FormState(change: .markMet(.setupComplete), account: account)
        form.problem = "Refused: the sign-off's signatory, Someone With A Very Long Name Indeed, is not a customer contact on the account: the customer signs off setup."
        state.overlay = .form(form)
        let screen = AppView.render(state).text
        #expect(screen.contains("the customer signs off setup."))
    }
}
