/// A change command of the shell, as data: its words (`risk close`), the words that follow the
/// account and name what the change is about (a risk, a condition…), the fields it takes as
/// plain words, and examples that run against the demo portfolio. Its options are the change's
/// own input definition's (`ShellArguments`): the `baton` executable only wires these to
/// argument-parser, so a change defined once reaches the shell with the dashboard's words.
public struct ShellCommand: Sendable {
    /// The words after `baton`: ["risk", "close"].
    public var words: [String]
    public var abstract: String
    /// The words after the account that say what the change is about, as the help names them
    /// ("RISK", "CONDITION", "met|not-met|unassessed").
    public var subjects: [String]
    /// Fields a command also takes as plain words after the subjects, in this order.
    public var positional: [FieldKey]
    /// Full command lines, after `baton`, that work on the demo portfolio (a test runs each).
    public var examples: [String]
    /// What the examples assume was done first on the demo (restoring needs an archived account).
    public var given: [String] = []
    /// The kinds of change it makes (a test holds that every kind has a command).
    public var kinds: [ChangeKind]
    /// The change input the subjects name on this account; `options` are the option names given
    /// (a command such as `risk rate` picks its change by them).
    let resolve: @Sendable (Account, [String], Set<String>) -> Result<ChangeInputID, ChangeRefusal>
    /// The one change input of a command with nothing to resolve.
    public private(set) var fixed: ChangeInputID?

    public init(_ words: [String], _ abstract: String, subjects: [String] = [], positional: [FieldKey] = [],
                kinds: [ChangeKind], examples: [String],
                resolve: @escaping @Sendable (Account, [String], Set<String>) -> Result<ChangeInputID, ChangeRefusal>) {
        self.words = words
        self.abstract = abstract
        self.subjects = subjects
        self.positional = positional
        self.kinds = kinds
        self.examples = examples
        self.resolve = resolve
        fixed = nil
    }

    /// A command with nothing to resolve: one change input whatever the account.
    public init(_ words: [String], _ abstract: String, positional: [FieldKey] = [], kinds: [ChangeKind], examples: [String],
                _ id: ChangeInputID) {
        self.init(words, abstract, positional: positional, kinds: kinds, examples: examples) { _, _, _ in .success(id) }
        fixed = id
    }

    /// What the words after the account ask for: the change input, its texts (from the options,
    /// the plain words, and the account as it stands), and the people taken as new — or why not.
    public func read(_ rest: [String], account: Account) -> Result<(ChangeInputID, ChangeInput<AccountChange>, [FieldKey: String], Set<String>), ChangeRefusal> {
        // A subject in brackets ("[done|not-done]") may be left out: it is then its first word.
        var subjectWords: [String] = []
        var remaining = rest[...]
        for subject in subjects {
            if let word = remaining.first, !word.hasPrefix("--") {
                subjectWords.append(word)
                remaining = remaining.dropFirst()
            } else if subject.hasPrefix("[") {
                subjectWords.append(String(subject.dropFirst().prefix { $0 != "|" && $0 != "]" }))
            } else {
                return .failure(ChangeRefusal("`baton \(words.joined(separator: " "))` needs ACCOUNT \(subjects.joined(separator: " ")) first."))
            }
        }
        let fieldWords = Array(remaining)
        let options = Set(fieldWords.filter { $0.hasPrefix("--") }.map { String($0.dropFirst(2).prefix { $0 != "=" }).lowercased() })
        let id: ChangeInputID
        switch resolve(account, subjectWords, options) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let resolved): id = resolved
        }
        let input = id.input(for: account)
        switch ShellArguments.texts(fieldWords, input: input, positional: positional) {
        case .failure(let refusal): return .failure(ChangeRefusal(ShellCommand.said(refusal, input: input)))
        case .success(let read): return .success((id, input, read.texts, read.newPeople))
        }
    }

    /// An example's words as a POSIX shell splits them (spaces, and "double quoted" words): how a
    /// test runs the examples the help shows.
    public static func words(_ line: String) -> [String] {
        var out: [String] = [], word = "", quoted = false, started = false
        for ch in line {
            if ch == "\"" { quoted.toggle(); started = true; continue }
            if ch == " " && !quoted {
                if started { out.append(word) }
                word = ""
                started = false
                continue
            }
            word.append(ch)
            started = true
        }
        if started { out.append(word) }
        return out
    }

    /// A refusal said in the shell's words: the field by its option.
    public static func said<Output>(_ refusal: InputRefusal, input: ChangeInput<Output>) -> String {
        guard let key = refusal.field, let field = input.field(key) else { return refusal.reason }
        var said = "--\(field.option): \(refusal.reason)"
        if let name = refusal.unknownPerson {
            said += "; if they are new to the account, say so: --\(ShellArguments.newPersonOption) \"\(SafeText.sanitize(name))\""
        }
        return said
    }

    /// How the help and the manual name a field given as a plain word: its option in capitals.
    public func placeholder(for key: FieldKey) -> String {
        for (_, id) in helpInputs { if let field = id.input(for: nil).field(key) { return field.option.uppercased() } }
        return key.name.uppercased()
    }

    /// The help below the usage line: what the subjects are, every field's option, the examples.
    public func discussion(inputs: [(title: String, id: ChangeInputID)]) -> String {
        var out: [String] = []
        for (title, id) in inputs {
            let input = id.input(for: nil)
            out.append(title.isEmpty ? "Options:" : "\(title):")
            out.append(input.fields.isEmpty ? "  (nothing more to say)" : ShellArguments.help(input, positional: positional))
        }
        out.append("Any change:")
        out.append("  --\(ShellArguments.newPersonOption) NAME")
        out.append("      take NAME as new to the account (a person field asks otherwise)")
        out.append("")
        out.append("Examples:")
        out += examples.map { example in
            let lines = ShellArguments.wrapped("baton " + example, width: 66)
            return (["  " + lines[0]] + lines.dropFirst().map { "      " + $0 }).joined(separator: "\n")
        }
        return out.joined(separator: "\n")
    }
}

/// The inputs a command's help lists (each with its heading): one for most; for `mark`, Met for each condition and Not Met.
extension ShellCommand {
    public var helpInputs: [(title: String, id: ChangeInputID)] {
        switch words {
        case ["mark"]:
            return ReadinessCondition.allCases.map { ("met, condition \($0.number) (\($0.title))", .markMet($0)) }
                + [("not-met", .markNotMet(.setupComplete))]
        case ["stage"]: return [("", .stage(.continuity))]
        case ["risk", "edit"]: return [("", .editRisk(""))]
        case ["risk", "close"]: return [("", .closeRisk(""))]
        case ["risk", "materialise"]: return [("", .materialiseRisk(""))]
        case ["risk", "review"]: return [("", .moveReview(""))]
        case ["issue", "close"]: return [("", .closeIssue(""))]
        case ["issue", "recommit"]: return [("", .recommitIssue(""))]
        case ["issue", "rescope"]: return [("", .rescopeIssue(""))]
        case ["untick"]: return [("", .untickStep(""))]
        case ["step", "move"]: return [("", .moveStep(""))]
        case ["milestone", "done"]: return [("", .completeMilestone(""))]
        case ["milestone", "reopen"]: return [("", .reopenMilestone(""))]
        case ["risk", "rate"]: return [("--likelihood", .rerate("", likelihood: true)), ("--impact", .rerate("", likelihood: false))]
        case ["issue", "edit"]: return [("", .editIssue(""))]
        case ["contact", "edit"]: return [("", .editContact(""))]
        case ["milestone", "edit"]: return [("", .editMilestone(""))]
        case ["tick"]: return [("today", .tickStep("")), ("on another day", .tickStepOn(""))]
        case ["crm"]: return [("complete|incomplete", .crmArea(.documentLibrary, complete: true)), ("note", .crmAreaNote(.documentLibrary))]
        case ["transfer"]:
            return [("stage|owner|secondary|reporting", .tDayChange(.stageAdvanced, done: true)), ("touchpoint", .firstTouchpoint),
                    ("override", .transferOverride)]
        case ["meeting"]: return MeetingInputs.recordable.map { (MeetingInputs.word($0), .recordMeeting($0)) }
        case ["review"]: return MeetingInputs.Decision.allCases.map { ($0.rawValue, .review($0, itemID: "")) }
        case ["profile"]: return [("identity", .identity), ("contract", .contract), ("people", .people)]
        case ["exit"]: return [("done", .exitDone(.customerSignOff)), ("not-done", .exitNotDone(.customerSignOff))]
        case ["handover"]: return [("", .handoverSection(.opportunities))]
        default:
            guard let id = fixed else { return [] }
            return [("", id)]
        }
    }
}
