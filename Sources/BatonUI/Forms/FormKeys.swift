/// A form's keys, as the help and `baton keys` list them. `FormState.handle` reads them itself
/// (a form's own keys move with its fields); this table is what `?` (F1) shows in every form.
enum FormKeys {
    enum Command: Hashable, Sendable {
        case nextField, previousField, enter, save, cancel, stepChoice, moveInLine, deleteInLine
    }

    static let table = ContextKeys<Command>(.form, typing: ("Type into the field; in a choice, Space steps through the values and a value's letter picks it", nil), [
        ContextBinding([.tab], .nextField, help: "Next and previous field (Tab first takes a name the field offers, shown dimmed)"),
        ContextBinding([.backTab], .previousField, help: nil),
        ContextBinding([.enter], .enter, help: "Next field; saves on the last; a new line in a notes field"),
        ContextBinding([.ctrl("s")], .save, help: "Save from any field"),
        ContextBinding([.escape], .cancel, help: "Cancel; asks first (y discards) when something was typed"),
        ContextBinding([.left, .right], .stepChoice, help: "In a choice: step through the values"),
        ContextBinding([.ctrl("a"), .ctrl("e"), .alt("b"), .alt("f")], .moveInLine, help: "Start and end of the line, a word back and forward"),
        ContextBinding([.ctrl("w"), .ctrl("u"), .ctrl("k")], .deleteInLine, help: "Delete a word back, to the start, to the end"),
    ])
}
