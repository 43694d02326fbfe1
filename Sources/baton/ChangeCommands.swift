import ArgumentParser

// One name per shell change command (`ShellCommands`), grouped under their nouns as the
// dashboard groups them. The commands themselves are `ChangeCommand<Name>`: one definition.

enum Mark: ChangeCommandName { static let words = ["mark"] }
enum Run: ChangeCommandName { static let words = ["run"] }
enum ActionDone: ChangeCommandName { static let words = ["action", "done"] }
enum Delay: ChangeCommandName { static let words = ["delay"] }
enum RiskAdd: ChangeCommandName { static let words = ["risk", "add"] }
enum RiskEdit: ChangeCommandName { static let words = ["risk", "edit"] }
enum RiskClose: ChangeCommandName { static let words = ["risk", "close"] }
enum RiskMaterialise: ChangeCommandName { static let words = ["risk", "materialise"] }
enum RiskReview: ChangeCommandName { static let words = ["risk", "review"] }
enum RiskRate: ChangeCommandName { static let words = ["risk", "rate"] }
enum IssueAdd: ChangeCommandName { static let words = ["issue", "add"] }
enum IssueEdit: ChangeCommandName { static let words = ["issue", "edit"] }
enum IssueClose: ChangeCommandName { static let words = ["issue", "close"] }
enum IssueRecommit: ChangeCommandName { static let words = ["issue", "recommit"] }
enum IssueRescope: ChangeCommandName { static let words = ["issue", "rescope"] }
enum Health: ChangeCommandName { static let words = ["health"] }
enum Note: ChangeCommandName { static let words = ["note"] }
enum Log: ChangeCommandName { static let words = ["log"] }
enum Tick: ChangeCommandName { static let words = ["tick"] }
enum Untick: ChangeCommandName { static let words = ["untick"] }
enum StepMove: ChangeCommandName { static let words = ["step", "move"] }
enum StepAdd: ChangeCommandName { static let words = ["step", "add"] }
enum TDay: ChangeCommandName { static let words = ["t-day"] }
enum Transition: ChangeCommandName { static let words = ["transition"] }
enum StageMove: ChangeCommandName { static let words = ["stage"] }
enum CRM: ChangeCommandName { static let words = ["crm"] }
enum Library: ChangeCommandName { static let words = ["library"] }
enum Transfer: ChangeCommandName { static let words = ["transfer"] }
enum MeetingRecord: ChangeCommandName { static let words = ["meeting"] }
enum Review: ChangeCommandName { static let words = ["review"] }
enum Profile: ChangeCommandName { static let words = ["profile"] }
enum Archive: ChangeCommandName { static let words = ["archive"] }
enum Restore: ChangeCommandName { static let words = ["restore"] }
enum ContactAdd: ChangeCommandName { static let words = ["contact", "add"] }
enum ContactEdit: ChangeCommandName { static let words = ["contact", "edit"] }
enum MilestoneAdd: ChangeCommandName { static let words = ["milestone", "add"] }
enum MilestoneEdit: ChangeCommandName { static let words = ["milestone", "edit"] }
enum MilestoneDone: ChangeCommandName { static let words = ["milestone", "done"] }
enum MilestoneReopen: ChangeCommandName { static let words = ["milestone", "reopen"] }
enum Exit: ChangeCommandName { static let words = ["exit"] }
enum Handover: ChangeCommandName { static let words = ["handover"] }

/// A noun with its change commands under it: `baton risk add|edit|…`.
struct RiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk", abstract: "The risk register: add, edit, close, mark materialised, move the review, re-rate (nothing is ever deleted).",
        subcommands: [ChangeCommand<RiskAdd>.self, ChangeCommand<RiskEdit>.self, ChangeCommand<RiskClose>.self,
                      ChangeCommand<RiskMaterialise>.self, ChangeCommand<RiskReview>.self, ChangeCommand<RiskRate>.self])
}

struct IssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue", abstract: "The open issues log: log, edit, close, re-commit, re-scope (the old one is kept).",
        subcommands: [ChangeCommand<IssueAdd>.self, ChangeCommand<IssueEdit>.self, ChangeCommand<IssueClose>.self,
                      ChangeCommand<IssueRecommit>.self, ChangeCommand<IssueRescope>.self])
}

struct StepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step", abstract: "The timeline's steps: move one, or add one of your own (tick and untick tick them).",
        subcommands: [ChangeCommand<StepMove>.self, ChangeCommand<StepAdd>.self])
}

struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact", abstract: "The customer's contacts: add one (the default), or edit one.",
        subcommands: [ChangeCommand<ContactAdd>.self, ChangeCommand<ContactEdit>.self],
        defaultSubcommand: ChangeCommand<ContactAdd>.self)
}

struct MilestoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "milestone", abstract: "The milestones named at kick-off: add, edit, complete with evidence, reopen.",
        subcommands: [ChangeCommand<MilestoneAdd>.self, ChangeCommand<MilestoneEdit>.self, ChangeCommand<MilestoneDone>.self,
                      ChangeCommand<MilestoneReopen>.self])
}

struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action", abstract: "A Not Met condition's action: mark it done, then re-run the condition.",
        subcommands: [ChangeCommand<ActionDone>.self])
}

/// Every change command, in the order `baton --help` lists them.
enum ChangeCommands {
    static let all: [ParsableCommand.Type] = [
        ChangeCommand<Mark>.self, ChangeCommand<Run>.self, ActionCommand.self, ChangeCommand<Delay>.self, RiskCommand.self, IssueCommand.self,
        ChangeCommand<Health>.self, ChangeCommand<Note>.self, ChangeCommand<Log>.self,
        ChangeCommand<Tick>.self, ChangeCommand<Untick>.self, StepCommand.self, ChangeCommand<TDay>.self, ChangeCommand<Transition>.self,
        ChangeCommand<StageMove>.self, ChangeCommand<CRM>.self, ChangeCommand<Library>.self, ChangeCommand<Transfer>.self,
        ChangeCommand<MeetingRecord>.self, ChangeCommand<Review>.self,
        ChangeCommand<Profile>.self, ContactCommand.self, MilestoneCommand.self, ChangeCommand<Exit>.self, ChangeCommand<Handover>.self,
        ChangeCommand<Archive>.self, ChangeCommand<Restore>.self,
    ]
}
