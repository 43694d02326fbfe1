import Foundation
import Testing
@testable import BatonCore

/// The shell's change commands, read from the same definitions as the dashboard's forms.
@Suite("One grammar: the shell's change commands")
struct ShellGrammarTests {
    static let today = CalendarDate(iso: "2026-12-07")!
    static let now = Date(timeIntervalSince1970: 1_796_644_800) // 2026-12-07 12:00 UTC
    static let context = ChangeContext(today: today, now: now, by: "Sarah Khan", timeZone: .utc)

    static func words(_ line: String) -> [String] { ShellCommand.words(line) }

    /// An example run as the shell runs it, on a fresh demo portfolio (after what it assumes was
    /// done first), through the door.
    static func run(_ example: String, given: [String] = []) -> Result<AccountChange, ChangeRefusal> {
        var portfolio = DemoPortfolio.make(today: today, now: now)
        for line in given {
            guard case .success(let made) = step(line, portfolio) else { return .failure(ChangeRefusal("`\(line)` was refused")) }
            portfolio.upsert(made.account)
        }
        return step(example, portfolio).map(\.change)
    }

    static func step(_ line: String, _ portfolio: Portfolio) -> Result<(account: Account, change: AccountChange), ChangeRefusal> {
        let w = words(line)
        guard let command = ShellCommands.all.filter({ w.starts(with: $0.words) }).max(by: { $0.words.count < $1.words.count }) else {
            return .failure(ChangeRefusal("no command for \(line)"))
        }
        let rest = Array(w.dropFirst(command.words.count))
        return portfolio.find(rest[0]).flatMap { account in
            command.read(Array(rest.dropFirst()), account: account).flatMap { _, input, texts, newPeople in
                input.build(texts, account: account, context: context, newPeople: newPeople)
                    .mapError { ChangeRefusal(ShellCommand.said($0, input: input)) }
                    .flatMap { change in change.apply(to: account, context: context).map { ($0.account, change) } }
            }
        }
    }

    @Test("every kind of change has a shell command whose examples make it on the demo, through the door (a new kind fails until it has one)")
    func everyKindHasAShellPath() {
        var made: Set<ChangeKind> = []
        for command in ShellCommands.all {
            for example in command.examples {
                switch Self.run(example, given: command.given) {
                case .success(let change):
                    #expect(command.kinds.contains(change.kind), "`\(example)` made \(change.kind), not one of \(command.kinds)")
                    made.insert(change.kind)
                case .failure(let refusal):
                    Issue.record("`baton \(example)` was refused: \(refusal.reason)")
                }
            }
        }
        // A CRM export's values reach an account through `baton import`, which has tests of its own.
        let missing = Set(ChangeKind.allCases).subtracting(made).subtracting([.importValues])
        #expect(missing.isEmpty, "no shell example makes: \(missing.map(\.rawValue).sorted())")
        let declared = Set(ShellCommands.all.flatMap(\.kinds))
        #expect(Set(ChangeKind.allCases).subtracting(declared).subtracting([.importValues]).isEmpty)
    }

    @Test("the manual's table of change commands is the command table's own")
    func manualTable() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/commands.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- commands:begin -->\n"))
        let end = try #require(text.range(of: "<!-- commands:end -->"))
        #expect(String(text[begin.upperBound..<end.lowerBound]) == ShellCommands.markdown,
                "regenerate it: swift run baton commands, between the commands:begin and commands:end markers")
    }

    @Test("a contract term of 36 months is kept as 36, and 1236 is refused naming --term-months, in range words")
    func termIsRangeChecked() {
        #expect(throws: Never.self) { try Self.run("profile northwind contract --term-months 36").get() }
        guard case .failure(let refusal) = Self.run("profile northwind contract --term-months 1236") else {
            Issue.record("a 1236-month term was taken"); return
        }
        #expect(refusal.reason == "--term-months: 1236 is more than 120")
        guard case .success(.profile(.editContract(let contract))) = Self.run("profile northwind contract --term-months 36") else { return }
        #expect(contract.termMonths == 36)
    }

    @Test("a risk owner nobody on the account knows is refused until the lead says the person is new")
    func unknownPersonAsksFirst() {
        let line = "risk add northwind \"Leeds go-live may slip\" --likelihood low --impact low --mitigation \"none yet\" --trigger \"none yet\" --owner \"Tomasz WójcikMarcus Lee\""
        guard case .failure(let refusal) = Self.run(line) else { Issue.record("an unknown owner was taken"); return }
        #expect(refusal.reason.hasPrefix("--owner: “Tomasz WójcikMarcus Lee” is not anyone this account knows"))
        #expect(refusal.reason.contains("--new-person"))
        guard case .success(.register(.addRisk(let draft))) = Self.run(line + " --new-person \"Tomasz WójcikMarcus Lee\"") else {
            Issue.record("a person said to be new was refused"); return
        }
        #expect(draft.owner == "Tomasz WójcikMarcus Lee")
    }

    @Test("a known person is spelled as the account spells them: case, accents and a unique start aside")
    func knownPersonSpelledAsKnown() {
        let line = "risk add northwind \"Leeds go-live may slip\" --likelihood low --impact low --mitigation \"none yet\" --trigger \"none yet\" --owner \"daniel\""
        guard case .success(.register(.addRisk(let draft))) = Self.run(line) else { Issue.record("refused"); return }
        #expect(draft.owner == "Daniel Ortiz")
    }

    @Test("a risk's likelihood is judged, never defaulted: the shell refuses it missing, as the form does")
    func likelihoodNotDefaulted() {
        guard case .failure(let refusal) = Self.run("risk add northwind \"Leeds go-live may slip\" --impact low --mitigation x --trigger y --owner Tom") else {
            Issue.record("a risk without a likelihood was added"); return
        }
        #expect(refusal.reason.hasPrefix("--likelihood: needed"))
    }

    @Test("an option the change does not have is refused with the options it does have")
    func unknownOption() {
        guard case .failure(let refusal) = Self.run("health northwind amber --because \"x\"") else { Issue.record("taken"); return }
        #expect(refusal.reason == "--because is not an option here; the options are --rating, --why, --new-person")
    }

    @Test("a yes/no option alone means yes, and is otherwise read as yes or no")
    func yesNoOptions() {
        guard case .success(.contacts(.add(let alone))) = Self.run("contact add northwind \"Priya Shah\" --day-to-day") else { return }
        #expect(alone.isDayToDay)
        guard case .success(.contacts(.add(let no))) = Self.run("contact add northwind \"Priya Shah\" --day-to-day no") else { return }
        #expect(!no.isDayToDay)
    }

    @Test("dates read the same in the shell as on a form: a weekday, +7, T-3 from the account's T-day")
    func datesAsOnAForm() {
        guard case .success(.timeline(.move(_, let fri))) = Self.run("step move northwind 8 --to fri") else { Issue.record("refused"); return }
        #expect(fri.weekday == 5 && fri > Self.today)
        guard case .success(.timeline(.move(_, let week))) = Self.run("step move northwind 8 --to +7") else { return }
        #expect(week == Self.today.adding(days: 7))
        let northwind = DemoPortfolio.make(today: Self.today, now: Self.now).accounts.first { $0.id == "northwind" }!
        guard case .success(.timeline(.move(_, let t))) = Self.run("step move northwind 8 --to T+3") else { return }
        #expect(t == northwind.tDay.adding(days: 3))
    }
}

/// A CRM export's columns are the new-account input's fields under the same names.
@Suite("One grammar: a CRM export's columns")
struct CRMColumnGrammarTests {
    @Test("every column a CRM export can fill is a field of the new-account input, named as its shell option")
    func columnsAreInputFields() {
        for field in CRMField.allCases where ![.recordID, .city, .region, .country, .ignore].contains(field) {
            #expect(field.input?.option == field.rawValue, "\(field.rawValue) reads as \(field.input?.option ?? "no field")")
        }
    }

    @Test("a cell is read as the form reads the field: a term of 1236 months is refused, 1,200 people are 1200")
    func cellsReadAsFields() {
        #expect(CRMField.termMonths.normalise("1236") == .failure(ChangeRefusal("term-months 1236 is more than 120")))
        #expect(CRMField.termMonths.normalise("0") == .failure(ChangeRefusal("term-months 0 is less than 1")))
        #expect(CRMField.headcount.normalise("1,200") == .success("1200"))
        #expect(CRMField.annualValue.normalise("$120,000.00") == .success("120000"))
        #expect(CRMField.startDate.normalise("2026-03-01 09:30") == .success("2026-03-01"))
        #expect(CRMField.startDate.normalise("fri") == .failure(ChangeRefusal(
            "start-date \"fri\" is not a date: write it as YYYY-MM-DD (a date like 3/4/2026 could be 4 March or 3 April)")))
        #expect(CRMField.name.normalise("Acme\u{1B}[31m Freight\nLtd") == .success("Acme Freight Ltd"))
    }
}
