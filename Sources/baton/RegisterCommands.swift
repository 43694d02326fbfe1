import ArgumentParser
import BatonCore
import Foundation

/// The account a register or notes command works on, completed with Tab.
struct AccountArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The account: its id, its name, or a unique start of the name.", valueName: "account"),
              completion: .custom(Completion.accounts))
    var account: String
}

extension Level: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "low", "l", "1": self = .low
        case "medium", "m", "2": self = .medium
        case "high", "h", "3": self = .high
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["low", "medium", "high"] }
}

/// `baton risk add|close|materialise`: the risk register from the shell.
struct RiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk",
        abstract: "Add a risk, close it, mark it materialised or re-rate it (nothing is ever deleted).",
        subcommands: [Add.self, Close.self, Materialise.self, Rate.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a risk: a one-sentence statement, likelihood × impact, a named owner, a next review.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var write: WriteOptions
        @OptionGroup var target: AccountArgument
        @Argument(help: "The risk in one sentence.") var statement: String
        @Option(help: "low, medium or high (default medium).") var likelihood: Level = .medium
        @Option(help: "low, medium or high (default medium).") var impact: Level = .medium
        @Option(help: "Who owns it (required).") var owner: String?
        @Option(help: ArgumentHelp("Next review (default in 30 days).", valueName: "date")) var review: String?
        @Option(help: "What is in place.") var mitigation: String?
        @Option(help: "What escalates it.") var trigger: String?

        func run() throws {
            try ShellChange.run(store: store, write: write, account: target.account) { _, context in
                let day = Shell.date(review, option: "review", today: context.today) ?? context.today.adding(days: 30)
                return .success(.register(.addRisk(RiskDraft(statement: statement, likelihood: likelihood, impact: impact,
                                                             mitigation: mitigation ?? "", owner: owner ?? "",
                                                             escalationTrigger: trigger ?? "", nextReview: day))))
            }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a risk with a resolution note; it stays in the history.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var write: WriteOptions
        @OptionGroup var target: AccountArgument
        @Argument(help: "The risk: its id, its number in `baton show`, or a unique piece of its statement.") var risk: String
        @Option(help: "The resolution note (required).") var note: String

        func run() throws {
            try ShellChange.run(store: store, write: write, account: target.account) { account, _ in
                RiskCommand.risk(risk, in: account).map { .register(.closeRisk(id: $0, note: note)) }
            }
        }
    }

    struct Materialise: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a risk materialised: it happened; it stays on the register until closed.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var write: WriteOptions
        @OptionGroup var target: AccountArgument
        @Argument(help: "The risk: its id, its number in `baton show`, or a unique piece of its statement.") var risk: String
        @Option(help: "What happened (required).") var note: String

        func run() throws {
            try ShellChange.run(store: store, write: write, account: target.account) { account, _ in
                RiskCommand.risk(risk, in: account).map { .register(.materialiseRisk(id: $0, note: note)) }
            }
        }
    }

    static func risk(_ query: String, in account: Account) -> Result<String, ChangeRefusal> {
        Shell.item(query, kind: "risk", in: account.risks.map { ($0.id, $0.statement) })
    }
}

extension OpenIssue.Kind: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "ours", "our-commitment", "us": self = .ourCommitment
        case "theirs", "customer-commitment", "customer": self = .customerCommitment
        case "technical", "tech": self = .technical
        case "decision", "awaiting-decision": self = .awaitingDecision
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["ours", "theirs", "technical", "decision"] }
}

/// `baton issue add|close|recommit|rescope`: the open issues log from the shell.
struct IssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "Log an open issue, close it, re-commit it to a new deadline or re-scope it (the old one is kept).",
        subcommands: [Add.self, Close.self, Recommit.self, Rescope.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Log an open issue: what, whose, by when.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var write: WriteOptions
        @OptionGroup var target: AccountArgument
        @Argument(help: "What it is.") var description: String
        @Option(help: "ours (our commitment), theirs (the customer's), technical, or decision (default ours).")
        var kind: OpenIssue.Kind = .ourCommitment
        @Option(help: "Who owns it (required).") var owner: String?
        @Option(help: ArgumentHelp("By when (required; YYYY-MM-DD or +N days).", valueName: "date")) var deadline: String

        func run() throws {
            try ShellChange.run(store: store, write: write, account: target.account) { _, context in
                guard let day = Shell.date(deadline, option: "deadline", today: context.today) else {
                    return .failure(ChangeRefusal("An open issue needs --deadline."))
                }
                return .success(.register(.addIssue(kind, description: description, owner: owner ?? "", deadline: day)))
            }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close an open issue with a resolution note; it stays in the history.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var write: WriteOptions
        @OptionGroup var target: AccountArgument
        @Argument(help: "The issue: its id, its number in `baton show`, or a unique piece of its description.") var issue: String
        @Option(help: "The resolution (required).") var note: String

        func run() throws {
            try ShellChange.run(store: store, write: write, account: target.account) { account, _ in
                IssueCommand.issue(issue, in: account).map { .register(.closeIssue(id: $0, note: note)) }
            }
        }
    }

    struct Recommit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Re-commit an open issue to a new deadline; the old one is kept.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var write: WriteOptions
        @OptionGroup var target: AccountArgument
        @Argument(help: "The issue: its id, number or a unique piece of its description.") var issue: String
        @Option(help: ArgumentHelp("The new deadline.", valueName: "date")) var deadline: String
        @Option(help: "Why (required).") var note: String

        func run() throws {
            try ShellChange.run(store: store, write: write, account: target.account) { account, context in
                guard let day = Shell.date(deadline, option: "deadline", today: context.today) else {
                    return .failure(ChangeRefusal("Re-commit needs --deadline."))
                }
                return IssueCommand.issue(issue, in: account).map { .register(.recommitIssue(id: $0, deadline: day, note: note)) }
            }
        }
    }

    struct Rescope: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Re-scope an open issue: a new description; the old one is kept.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var write: WriteOptions
        @OptionGroup var target: AccountArgument
        @Argument(help: "The issue: its id, number or a unique piece of its description.") var issue: String
        @Argument(help: "The new description.") var description: String
        @Option(help: "Why (required).") var note: String

        func run() throws {
            try ShellChange.run(store: store, write: write, account: target.account) { account, _ in
                IssueCommand.issue(issue, in: account).map { .register(.rescopeIssue(id: $0, description: description, note: note)) }
            }
        }
    }

    static func issue(_ query: String, in account: Account) -> Result<String, ChangeRefusal> {
        Shell.item(query, kind: "open issue", in: account.openIssues.map { ($0.id, $0.description) })
    }
}
