import BatonCore

/// One cell of the 3 × 3 heat map: a likelihood and an impact.
public struct RiskCell: Hashable, Sendable {
    public var likelihood: Level
    public var impact: Level

    public init(likelihood: Level, impact: Level) {
        self.likelihood = likelihood
        self.impact = impact
    }

    init(_ risk: Risk) { self.init(likelihood: risk.likelihood, impact: risk.impact) }

    func contains(_ risk: Risk) -> Bool { risk.likelihood == likelihood && risk.impact == impact }

    /// "High × Medium": likelihood first, as the map reads.
    var title: String { "\(likelihood.title) × \(impact.title)" }
}

/// What the risk pane lists right now, in the order its cursor counts.
enum RiskRegisterRows {
    /// Active risks (open and materialised) worst first, narrowed to the heat-map cell when filtered.
    static func risks(_ account: Account, filter: RiskCell?) -> [Risk] {
        let active = account.risksBySeverity().filter(\.isActive)
        guard let filter else { return active }
        return active.filter(filter.contains)
    }

    static func openIssues(_ account: Account) -> [OpenIssue] {
        account.openIssues.filter { !$0.isClosed }
    }

    static func history(_ account: Account, issues: Bool) -> [RegisterHistoryEntry] {
        issues ? RegisterHistory.issues(of: account) : RegisterHistory.risks(of: account)
    }

    static func count(_ state: AppState) -> Int {
        guard let account = state.selectedAccount else { return 0 }
        if state.riskHistory { return history(account, issues: state.showOpenIssues).count }
        return state.showOpenIssues ? openIssues(account).count : risks(account, filter: state.riskCellFilter).count
    }

    /// The risk under the cursor, when the register (not the log, not the history) is showing.
    static func selectedRisk(_ state: AppState) -> Risk? {
        guard let account = state.selectedAccount, !state.showOpenIssues, !state.riskHistory else { return nil }
        let list = risks(account, filter: state.riskCellFilter)
        return list.isEmpty ? nil : list[max(0, min(state.riskCursor, list.count - 1))]
    }

    static func selectedIssue(_ state: AppState) -> OpenIssue? {
        guard let account = state.selectedAccount, state.showOpenIssues, !state.riskHistory else { return nil }
        let list = openIssues(account)
        return list.isEmpty ? nil : list[max(0, min(state.riskCursor, list.count - 1))]
    }
}

/// The keys of the risk register and the open issues log: forms for what needs words, single
/// keys for what does not, every change through the core's one door (`AppState.apply`).
enum RiskRegisterUpdate {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        state.focus = .risks
        guard let account = state.selectedAccount else { return [] }
        if command == .riskHistory {
            state.riskHistory.toggle()
            state.riskCursor = 0
            return []
        }
        if state.riskHistory {
            state.message = "The history is the record and is not edited: H goes back to the list."
            return []
        }
        if state.showOpenIssues {
            return issueCommand(command, account: account, &state)
        }
        return riskCommand(command, account: account, &state)
    }

    /// The keys that mean something where the risk pane is now, for the hint bar.
    static func isOffered(_ command: Command, in state: AppState) -> Bool {
        switch command {
        case .riskHistory:
            return true
        case .addItem, .editItem, .closeItem:
            return !state.riskHistory
        case .materialiseRisk, .changeLikelihood, .changeImpact, .moveReview, .heatMapCell:
            return !state.riskHistory && !state.showOpenIssues
        case .recommitIssue, .rescopeIssue:
            return !state.riskHistory && state.showOpenIssues
        default:
            return true
        }
    }

    /// Esc on the risk pane clears the heat-map filter before anything else. True when it did.
    static func escape(_ state: inout AppState) -> Bool {
        guard state.focus == .risks else { return false }
        if state.riskCellFilter != nil && !state.showOpenIssues && !state.riskHistory {
            clearFilter(&state)
            return true
        }
        return false
    }

    // MARK: The risk register

    static func riskCommand(_ command: Command, account: Account, _ state: inout AppState) -> [Effect] {
        if command == .addItem {
            return open(FormState(change: .addRisk, account: account), &state)
        }
        if command == .recommitIssue || command == .rescopeIssue {
            state.message = "\(command == .recommitIssue ? "Re-commit" : "Re-scope") is for open issues: i switches to the log."
            return []
        }
        if command == .heatMapCell, state.riskCellFilter != nil {
            clearFilter(&state)
            return []
        }
        guard let risk = RiskRegisterRows.selectedRisk(state) else {
            state.message = "No risk under the cursor: a adds one."
            return []
        }
        switch command {
        case .editItem:
            return open(FormState(change: .editRisk(risk.id), account: account), &state)
        case .closeItem:
            return open(FormState(change: .closeRisk(risk.id), account: account), &state)
        case .materialiseRisk:
            guard risk.status != .materialised else {
                state.message = TidyPictureError.alreadyMaterialised.message
                return []
            }
            return open(FormState(change: .materialiseRisk(risk.id), account: account), &state)
        case .moveReview:
            return open(FormState(change: .moveReview(risk.id), account: account), &state)
        case .changeLikelihood, .changeImpact:
            return open(FormState(change: .rerate(risk.id, likelihood: command == .changeLikelihood), account: account), &state)
        case .heatMapCell:
            state.riskCellFilter = RiskCell(risk)
            follow(riskID: risk.id, &state)
            let n = RiskRegisterRows.risks(account, filter: state.riskCellFilter).count
            state.message = "Heat-map cell \(RiskCell(risk).title): \(n) risk\(n == 1 ? "" : "s") (f or Esc shows all)"
        default:
            break
        }
        return []
    }

    static func clearFilter(_ state: inout AppState) {
        let keep = RiskRegisterRows.selectedRisk(state)?.id
        state.riskCellFilter = nil
        if let keep { follow(riskID: keep, &state) }
        state.message = "All open risks"
    }

    // MARK: The open issues log

    static func issueCommand(_ command: Command, account: Account, _ state: inout AppState) -> [Effect] {
        switch command {
        case .addItem:
            return open(FormState(change: .addIssue, account: account), &state)
        case .materialiseRisk, .changeLikelihood, .changeImpact, .moveReview, .heatMapCell:
            state.message = "That key works on the risk register: i switches back to it."
            return []
        default:
            break
        }
        guard let issue = RiskRegisterRows.selectedIssue(state) else {
            state.message = "No open issue under the cursor: a adds one."
            return []
        }
        switch command {
        case .editItem: return open(FormState(change: .editIssue(issue.id), account: account), &state)
        case .closeItem: return open(FormState(change: .closeIssue(issue.id), account: account), &state)
        case .recommitIssue: return open(FormState(change: .recommitIssue(issue.id), account: account), &state)
        case .rescopeIssue: return open(FormState(change: .rescopeIssue(issue.id), account: account), &state)
        default: return []
        }
    }

    // MARK: Forms and the cursor

    /// Opens a form, unless the store is read-only: then say so before anything is typed.
    static func open(_ form: FormState, _ state: inout AppState) -> [Effect] {
        if case .readOnly(let reason) = state.saveStatus {
            state.message = "Not changed — the store is read-only: \(reason)"
            return []
        }
        state.overlay = .form(form)
        return []
    }

    /// After a register form is confirmed: the cursor goes to the item that was added or changed,
    /// or, when it left the list (closed), stays where it was.
    static func afterSubmit(_ purpose: FormState.Purpose, _ state: inout AppState) {
        guard case .change(let change) = purpose, let account = state.selectedAccount else { return }
        switch change {
        case .addRisk, .editRisk, .materialiseRisk, .moveReview, .rerate:
            // An added risk is the last on the register: its id was made by the core.
            guard let id = change.itemID ?? account.risks.last?.id else { break }
            if let risk = state.selectedAccount?.risks.first(where: { $0.id == id }),
               let filter = state.riskCellFilter, !filter.contains(risk) {
                state.riskCellFilter = nil  // the risk left the cell: show it rather than lose it
            }
            follow(riskID: id, &state)
        case .addIssue, .editIssue, .recommitIssue, .rescopeIssue:
            let id = change.itemID ?? account.openIssues.last?.id
            state.riskCursor = RiskRegisterRows.openIssues(account).firstIndex { $0.id == id } ?? state.riskCursor
        default:
            return
        }
        clampCursor(&state)
    }

    static func follow(riskID: String, _ state: inout AppState) {
        guard let account = state.selectedAccount else { return }
        let list = RiskRegisterRows.risks(account, filter: state.riskCellFilter)
        state.riskCursor = list.firstIndex { $0.id == riskID } ?? state.riskCursor
        clampCursor(&state)
    }

    static func clampCursor(_ state: inout AppState) {
        state.riskCursor = max(0, min(state.riskCursor, RiskRegisterRows.count(state) - 1))
    }
}
