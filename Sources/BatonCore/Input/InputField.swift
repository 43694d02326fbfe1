/// One field of a change's input: its typed key, how the form labels it and the shell names it,
/// the kind of value it takes, whether the change can do without it, a line of help, and what
/// it starts with (the account's value, for an edit).
public struct InputField: Equatable, Codable, Sendable {
    public var key: FieldKey
    /// The form's label.
    public var label: String
    /// The shell's long option, without the dashes.
    public var option: String
    public var kind: InputKind
    public var required: Bool
    /// What goes here, or what counts: under the form's field and beside the shell's option.
    public var help: String
    /// What the field starts with: the account's current value for an edit, a sensible default
    /// for an addition. The form shows it selected (typing replaces it); the shell uses it when
    /// the option is not given.
    public var value: String
    /// Names or words offered as completions while typing.
    public var completions: [String]
    /// A required choice starts on its first value unless false: then nothing is picked until
    /// the lead picks (a risk's likelihood is judged, never defaulted).
    public var pickFirst: Bool

    public init(_ key: FieldKey, _ label: String, option: String, _ kind: InputKind = .text, value: String = "",
                required: Bool = true, help: String = "", completions: [String] = [], pickFirst: Bool = true) {
        self.key = key
        self.label = label
        self.option = option
        self.kind = kind
        self.required = required
        self.help = help
        self.completions = completions
        self.pickFirst = pickFirst
        var start = value
        if case .choice(let choices) = kind, !choices.contains(where: { $0.value == value }) {
            start = FieldChoice.named(value, in: choices)?.value ?? (required && pickFirst ? (choices.first?.value ?? "") : "")
        }
        self.value = start
    }
}
