import BatonCore
import Foundation
import Testing

/// Every change from the shell, and the forms' fields, tried as a person would: the real binary,
/// its own --help examples, and a terminal at 80×24.
@Suite("One grammar, end to end")
struct GrammarEndToEndTests {
    static let today = "2026-11-23"

    static func words(_ line: String) -> [String] { ShellCommand.words(line) }

    @Test("every change command's --help shows its examples, and each runs on the demo store through the real binary")
    func helpExamplesRun() async throws {
        try await OffThePool.run {
            let sandbox = try Sandbox()
            for command in ShellCommands.all {
                let help = try sandbox.runBaton(command.words + ["--help"])
                #expect(help.status == 0, "\(command.words): \(help)")
                let flatHelp = help.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                for example in command.examples {
                    #expect(flatHelp.contains(("baton " + example).split(separator: " ").joined(separator: " ")),
                            "`baton \(command.words.joined(separator: " ")) --help` does not show `\(example)`")
                    let store = sandbox.path("examples-\(UUID().uuidString).json")
                    try StoreFixture.writeDemo(to: store, today: Self.today)
                    for line in command.given + [example] {
                        let result = try sandbox.runBaton(Self.words(line) + ["--store", store, "--today", Self.today])
                        #expect(result.status == 0, "`baton \(line)`: \(result)")
                    }
                }
            }
        }
    }

    @Test("baton mark --help shows a working example for each of the six conditions")
    func markExamplesPerCondition() throws {
        let examples = ShellCommands.named(["mark"])!.examples
        for n in 1...6 {
            #expect(examples.contains { Self.words($0).dropFirst(2).first == "\(n)" && $0.contains(" met ") },
                    "no example marks condition \(n) Met")
        }
    }

    /// The demo store open at 80×24, filtered to Northwind.
    static func northwindAt80x24() throws -> (Sandbox, String, TmuxSession) {
        let sandbox = try Sandbox()
        let store = sandbox.path("portfolio.json")
        try StoreFixture.writeDemo(to: store, today: today)
        let tmux = try TmuxSession.baton(["--store", store, "--today", today], in: sandbox, width: 80, height: 24)
        try tmux.waitFor("[4] Timeline")
        try tmux.press("/")
        try tmux.type("northwind")
        try tmux.press("Enter")
        return (sandbox, store, tmux)
    }

    @Test("typing over a pre-filled Term at 80×24 replaces it, and the store keeps what was typed")
    func prefilledTermReplaced() async throws {
        try await OffThePool.run {
            let (sandbox, store, tmux) = try Self.northwindAt80x24()
            try tmux.press("Enter")                          // the card, on its overview
            try tmux.waitFor("Account card")
            try tmux.press("j", "j", "e")                    // the contract
            try tmux.waitFor("Term (months)")
            try tmux.press("Tab", "Tab", "Tab", "Tab")        // past what was sold, the deliverables, value and currency, to the pre-filled Term
            try tmux.type("48")
            let screen = try tmux.waitFor("48")
            #expect(!screen.contains("1248") && !screen.contains("3648"), "the typed term was appended:\n\(screen)")
            try tmux.press("C-s")
            try tmux.waitFor("contract edited")
            try tmux.press("Escape")
            try tmux.waitFor("q quit")                       // the card closed (a q right after Esc would read as Alt-q)
            try tmux.press("q")
            #expect(try tmux.exitStatus() == 0)
            let shown = try sandbox.runBaton(["show", "northwind", "--json", "--store", store, "--today", Self.today])
            let json = try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any]
            let contract = (json?["account"] as? [String: Any])?["contract"] as? [String: Any]
            #expect(contract?["termMonths"] as? Int == 48, "\(shown)")
        }
    }

    @Test("typing a new owner over a pre-filled one at 80×24 asks before taking a person the account does not know")
    func prefilledOwnerAsks() async throws {
        try await OffThePool.run {
            let (sandbox, store, tmux) = try Self.northwindAt80x24()
            try tmux.press("3", "e")                          // the first risk, edited
            try tmux.waitFor("Edit risk")
            for _ in 0..<4 { try tmux.press("Tab") }          // statement, likelihood, impact, mitigation → owner
            try tmux.type("Marcus Lee")
            try tmux.press("C-s")
            let asked = try tmux.waitFor("is not anyone this account knows")
            #expect(!asked.contains("Daniel OrtizMarcus Lee"), "the owner was appended to:\n\(asked)")
            try tmux.press("Enter")
            try tmux.waitFor("risk updated")
            try tmux.press("q")
            #expect(try tmux.exitStatus() == 0)
            let shown = try sandbox.runBaton(["show", "northwind", "--store", store, "--today", Self.today])
            #expect(shown.standardOutput.contains("Marcus Lee, review"), "\(shown)")
        }
    }
}
