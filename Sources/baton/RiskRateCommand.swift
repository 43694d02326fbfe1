import ArgumentParser
import BatonCore
import Foundation

extension RiskCommand {
    /// `baton risk rate ACCOUNT RISK --likelihood high --note "…"`: re-rate a risk, as L and I do
    /// in the dashboard — with a note, kept in the risk's dated history.
    struct Rate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-rate a risk's likelihood or impact with a note; the move is kept in the risk's history.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var write: WriteOptions
        @OptionGroup var target: AccountArgument
        @Argument(help: "The risk: its id, its number in `baton show`, or a unique piece of its statement.") var risk: String
        @Option(help: "The new likelihood: low, medium or high.") var likelihood: Level?
        @Option(help: "The new impact: low, medium or high.") var impact: Level?
        @Option(help: "Why it moved (required).") var note: String

        func validate() throws {
            if (likelihood == nil) == (impact == nil) {
                throw ValidationError("Give one of --likelihood or --impact (a second move is a second command, with its own note).")
            }
        }

        func run() throws {
            try ShellChange.run(store: store, write: write, account: target.account) { account, _ in
                RiskCommand.risk(risk, in: account).map { id in
                    if let likelihood { return .register(.changeLikelihood(id: id, to: likelihood, note: note)) }
                    return .register(.changeImpact(id: id, to: impact ?? .medium, note: note))
                }
            }
        }
    }
}
