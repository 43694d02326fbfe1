import ArgumentParser
import BatonUI

/// `baton keys`: the keymap as a Markdown table — the same table the help overlay and the manual's keys page (docs/keys.md) show.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print every key binding as a Markdown table (the manual's keys page, docs/keys.md, is this output).")

    func run() {
        print(KeyTable.markdown(Keymap.standard), terminator: "")
    }
}
