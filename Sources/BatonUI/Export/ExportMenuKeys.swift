/// The keys of the export menu (`E`).
enum ExportMenuKeys {
    enum Command: Hashable, Sendable { case move(ListMove), export, close }

    static let table = ContextKeys<Command>(.exportMenu, ListMove.bindings(Command.move, help: "Choose a document or calendar") + [
        ContextBinding([.enter], .export, help: "Write it to the documents folder; the hint line says where", hint: "export"),
        ContextBinding([.escape, .char("q")], .close, help: "Close", hint: "close"),
    ])
}
