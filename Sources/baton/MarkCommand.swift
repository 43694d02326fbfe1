import ArgumentParser
import BatonCore
import Foundation

/// `baton mark ACCOUNT CONDITION met|not-met|unassessed`: a readiness condition, with the evidence
/// Met needs or the action Not Met needs — judged by the same rule as the dashboard's form.
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Mark a readiness condition Met (with evidence), Not Met (with an action) or back to unassessed.",
        discussion: """
        CONDITION is 1–6 or a word: setup, usage, milestones, training, processes, confidence.
        Met needs the condition's evidence:
          1 setup        --evidence, --signatory, --date (signed on), --by
          2 usage        --evidence, --from and --to (the report's period, ending within 7 days), --by
          3 milestones   --evidence, --by (every kick-off milestone completed)
          4 training     --evidence (what was checked), --by (who observed), --date
          5 processes    --evidence (the conversation), --by (the sponsor), --date
          6 confidence   --words (the sponsor's own words, positive), --by (the sponsor), --date
        Not Met needs --action, --owner and --deadline.
        Examples:
          baton mark northwind 1 met --evidence "Sign-off PDF in the drive" --signatory "Ana Ruiz" --date 2026-11-18 --by "Tom Reeves"
          baton mark northwind 4 not-met --action "Observed check of the admin workflow" --owner "Tom Reeves" --deadline +7
        """)

    enum Mark: String, ExpressibleByArgument, CaseIterable {
        case met, notMet = "not-met", unassessed
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var write: WriteOptions

    @Argument(help: ArgumentHelp("The account: its id or name.", valueName: "account"), completion: .custom(Completion.accounts))
    var account: String
    @Argument(help: ArgumentHelp("1–6, or setup, usage, milestones, training, processes, confidence.", valueName: "condition"))
    var condition: String
    @Argument(help: "met, not-met or unassessed.")
    var mark: Mark

    @Option(help: "Met: the evidence in a sentence.") var evidence: String?
    @Option(help: ArgumentHelp("Met: the evidence's date (default today).", valueName: "date")) var date: String?
    @Option(help: ArgumentHelp("Met: who provided it, observed it, or (6) the sponsor.", valueName: "name")) var by: String?
    @Option(help: "Met, condition 1: who signed the sign-off.") var signatory: String?
    @Option(help: ArgumentHelp("Met, condition 2: the usage report's first day.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Met, condition 2: the usage report's last day (default today).", valueName: "date")) var to: String?
    @Option(help: "Met, condition 6: the sponsor's own words.") var words: String?
    @Option(help: "Not Met: what will close the gap.") var action: String?
    @Option(help: "Not Met: who owns the action.") var owner: String?
    @Option(help: ArgumentHelp("Not Met: by when (YYYY-MM-DD or +N days).", valueName: "date")) var deadline: String?

    static func condition(_ text: String) -> ReadinessCondition? {
        if let n = Int(text) { return ReadinessCondition(rawValue: n) }
        let words: [String: ReadinessCondition] = [
            "setup": .setupComplete, "usage": .activeUsage, "milestones": .milestonesAchieved,
            "training": .trainingCapability, "processes": .processUnderstanding, "confidence": .customerConfidence,
        ]
        return words[text.lowercased()]
    }

    func run() throws {
        guard let condition = Self.condition(condition) else {
            throw ValidationError("\"\(self.condition)\" is not a condition: 1–6, or setup, usage, milestones, training, processes, confidence.")
        }
        try ShellChange.run(store: store, write: write, account: account) { _, context in
            let today = context.today
            switch mark {
            case .unassessed:
                return .success(.readiness(.clearMark(condition)))
            case .notMet:
                guard let deadline = Shell.date(deadline, option: "deadline", today: today) else {
                    return .failure(ChangeRefusal("Not Met needs --deadline: by when the action closes the gap."))
                }
                return .success(.readiness(.markNotMet(condition, GapAction(what: action ?? "", owner: owner ?? "", deadline: deadline))))
            case .met:
                let day = Shell.date(date, option: "date", today: today) ?? today
                let summary = evidence ?? ""
                let who = by ?? ""
                let evidence: Evidence
                switch condition {
                case .setupComplete:
                    evidence = Evidence(summary: summary, date: day, providedBy: who, signatory: signatory)
                case .activeUsage:
                    guard let start = Shell.date(from, option: "from", today: today) else {
                        return .failure(ChangeRefusal("Condition 2 Met needs --from: the usage report's first day."))
                    }
                    let end = Shell.date(to, option: "to", today: today) ?? today
                    evidence = Evidence(summary: summary, date: end, providedBy: who, periodStart: start, periodEnd: end)
                case .milestonesAchieved:
                    evidence = Evidence(summary: summary, date: today, providedBy: who)
                case .trainingCapability:
                    evidence = Evidence(summary: summary, date: day, providedBy: who, observedBy: by)
                case .processUnderstanding:
                    evidence = Evidence(summary: summary, date: day, providedBy: who)
                case .customerConfidence:
                    let words = self.words ?? ""
                    evidence = Evidence(summary: summary.isEmpty ? words : summary, date: day, providedBy: who, sponsorWords: words)
                }
                return .success(.readiness(.markMet(condition, evidence)))
            }
        }
    }
}
