import BatonCore

/// A team's views of a shared portfolio: my accounts, the whole team's, or one person's.
extension AppState {
    /// The scope the list should have now.
    var teamScope: TeamScope { personShown ?? (wholeTeam ? .wholeTeam : .mine(me)) }

    /// Who "my accounts" are from now on (a name the runtime knows for a shared store); the
    /// portfolio's owner until then.
    public mutating func identify(as name: String) {
        me = name.trimmingCharacters(in: .whitespaces)
        rescope()
    }

    /// Lists the accounts of `teamScope`, keeping the same account selected when it is still listed.
    mutating func rescope() {
        let keep = selectedSummary?.id
        index.setScope(teamScope, sort: sort, filter: filter, attentionOnly: attentionOnly)
        noteTeamSplit()
        selectedRow = keep.flatMap { index.row(ofAccount: $0) } ?? 0
        clampSelection()
        if keep != selectedSummary?.id { resetAccountCursors() }
    }

    /// Whether "my accounts" would leave some of the portfolio out: only then do the team's
    /// views say which one is on (a lead's own portfolio looks exactly as it did without them).
    mutating func noteTeamSplit() {
        if case .mine = index.scope {
            teamSplits = index.scopeNarrows
            return
        }
        teamSplits = TeamScope.mineSplits(mine: mineCount(), of: index.activeCount)
    }

    /// Active accounts where `me` is the onboarding lead or the account manager.
    func mineCount() -> Int {
        let scope = TeamScope.mine(me)
        return index.summaries.reduce(0) {
            $0 + ($1.archived == nil && scope.includes(onboardingLead: $1.onboardingLead, accountManager: $1.accountManager) ? 1 : 0)
        }
    }

    /// The view's name for the portfolio's title, or nil when no team view changes what is listed.
    var teamViewTitle: String? {
        switch index.scope {
        case .person(let role, let name): "\(role == .onboardingLead ? "lead" : "manager") \(name)"
        case .mine: index.scopeNarrows ? "my accounts" : nil
        case .wholeTeam: teamSplits ? "whole team" : nil
        }
    }

    /// `w`: my accounts ↔ the whole team (and out of one person's accounts).
    mutating func toggleTeamView() {
        personShown = nil
        wholeTeam.toggle()
        rescope()
        let who = DisplayText.sanitize(me)
        if teamSplits {
            message = wholeTeam ? "The whole team: \(index.activeCount) accounts (w: my accounts)"
                : "My accounts: \(index.scopeCount) of \(index.activeCount), where \(who) leads or manages (w: the whole team)"
        } else if who.isEmpty {
            message = "The portfolio names no owner to find your accounts by: every account is listed."
        } else if mineCount() > 0 {
            message = "\(who) leads or manages every account here: the whole portfolio is yours."
        } else {
            message = "\(who) is not the lead or account manager on any account here: every account is listed."
        }
    }

    /// One person's accounts in one role (Enter on the load view); Esc or w leaves.
    mutating func showPerson(_ role: TeamRole, _ name: String) {
        personShown = .person(role, name)
        filter = ""
        filterEditing = false
        attentionOnly = false
        rescope()
        focus = .portfolio
        let who = name.isEmpty ? "nobody named" : DisplayText.sanitize(name)
        message = "\(who) as \(role.title): \(index.rows.count) account\(index.rows.count == 1 ? "" : "s") (Esc: back)"
    }

    /// An account the lead goes to (a search match, an agenda item, a new account for a colleague)
    /// that the team view hides: the whole team is listed, rather than the cursor going nowhere.
    mutating func reveal(_ accountID: String) {
        guard index.row(ofAccount: accountID) == nil, index.scopeNarrows else { return }
        personShown = nil
        wholeTeam = true
        rescope()
    }

    /// Esc on the portfolio: out of one person's accounts, back to the view before. False when none was shown.
    mutating func leavePerson() -> Bool {
        guard personShown != nil else { return false }
        personShown = nil
        rescope()
        return true
    }
}
