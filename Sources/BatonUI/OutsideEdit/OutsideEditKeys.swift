import BatonCore

/// The keys of the question about an outside edit: each answer, and q to quit (keeping both).
enum OutsideEditKeys {
    enum Command: Hashable, Sendable { case answer(OutsideEditChoice), quit }

    static let table = ContextKeys<Command>(.outsideEdit, OutsideEditPrompt.answers.map { answer in
        ContextBinding([.char(answer.key)], .answer(answer.choice), help: "\(answer.name.prefix(1).uppercased() + answer.name.dropFirst()): \(answer.does)",
                       hint: answer.name)
    } + [
        ContextBinding([.char("q")], .quit, help: "Quit without choosing: both are kept, as with b", hint: "quit"),
    ])
}
