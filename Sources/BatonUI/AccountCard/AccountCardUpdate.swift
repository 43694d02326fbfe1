import BatonCore

/// Keys while the account card is open, in layers: its form first, then its help, then the
/// keymap's card rows, then the global rows that make sense over it.
enum AccountCardUpdate {
    /// `Enter` on the portfolio or `:account-card`; a card command from the palette opens the
    /// card first, so `:card-milestones` lands on that tab.
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        var card: AccountCard
        if case .accountCard(let open) = state.overlay {
            card = open
        } else {
            guard let account = state.selectedAccount else {
                state.message = "No account selected: the portfolio is empty or filtered to nothing."
                return []
            }
            card = AccountCard(accountID: account.id)
        }
        var effects: [Effect] = []
        if case .card(let c) = command {
            effects = perform(c, &card, &state)
        }
        if case .card(.close) = command { return effects }
        state.overlay = .accountCard(card)
        return effects
    }

    static func handle(_ key: KeyEvent, _ card: AccountCard, _ state: inout AppState) -> [Effect] {
        var card = card
        guard let account = state.portfolio.account(id: card.accountID) else {
            state.overlay = nil
            return []
        }
        if card.form != nil { return formKey(key, &card, account: account, &state) }
        if let scroll = card.help {
            // The help's own table, as over the dashboard (it has no search here).
            switch HelpKeys.table.command(for: key, where: { $0 != .search }) {
            case .move(let move): card.help = HelpUpdate.scrolled(move, from: scroll, state)
            case .close: card.help = nil
            case .search, nil: break
            }
            state.overlay = .accountCard(card)
            return []
        }
        let wheel: Command? = key == .scrollUp ? .up : key == .scrollDown ? .down : nil
        guard let command = wheel ?? state.keymap.cardCommand(for: key) else { return [] }
        var effects: [Effect] = []
        switch command {
        case .card(let c):
            effects = perform(c, &card, &state)
            if c == .close { return effects }
        case .up: move(&card, by: -1, account: account, state: state)
        case .down: move(&card, by: 1, account: account, state: state)
        case .pageUp: move(&card, by: -page(state), account: account, state: state)
        case .pageDown: move(&card, by: page(state), account: account, state: state)
        case .top: move(&card, by: Int.min / 2, account: account, state: state)
        case .bottom: move(&card, by: Int.max / 2, account: account, state: state)
        case .help:
            // Opened at the card's own keys: that is what the lead is looking for here.
            card.help = HelpOverlay.scroll(toHeading: KeyScope.accountCard.title, keymap: state.keymap, screenWidth: state.width)
        case .undo, .redo, .redraw:
            effects = Update.run(command, &state)
        default:
            break
        }
        // Undo may have taken away the row under the cursor.
        if let after = state.portfolio.account(id: card.accountID) { clamp(&card, account: after, state: state) }
        state.overlay = .accountCard(card)
        return effects
    }

    static func perform(_ command: CardCommand, _ card: inout AccountCard, _ state: inout AppState) -> [Effect] {
        guard let account = state.portfolio.account(id: card.accountID) else { return [] }
        switch command {
        case .tab(let tab): card.tab = tab
        case .nextTab: card.tab = card.tab.next
        case .previousTab: card.tab = card.tab.previous
        case .close:
            state.overlay = nil
            return []
        case .add:
            switch card.tab {
            case .contacts: open(.addContact, &card, account: account, state)
            case .milestones: open(.addMilestone, &card, account: account, state)
            default: state.message = "a adds on the Contacts (2) and Milestones (3) tabs."
            }
        case .edit:
            switch card.tab {
            case .overview:
                let block = OverviewBlock(rawValue: min(card.cursor, 2)) ?? .identity
                open(block == .identity ? .identity : block == .contract ? .contract : .people, &card, account: account, state)
            case .contacts:
                guard let contact = account.contacts[safe: card.cursor] else { return nothing("No contact yet: a adds one.", &state) }
                open(.editContact(contact.id), &card, account: account, state)
            case .milestones where card.cursor >= account.milestones.count:
                return nothing("An action is changed where it was set: n on the readiness pane; c marks it done.", &state)
            case .milestones:
                guard let m = account.milestones[safe: card.cursor] else { return nothing("No milestone yet: a adds one.", &state) }
                open(.editMilestone(m.id), &card, account: account, state)
            case .exit:
                open(.exitDone(ExitComponent.allCases[min(card.cursor, 4)]), &card, account: account, state)
            case .handover:
                open(.handoverSection(HandoverSection.allCases[min(card.cursor, 7)]), &card, account: account, state)
            case .history:
                state.message = "History is a record: it is read here, and changed where it was made."
            }
        case .complete:
            switch card.tab {
            case .milestones where card.cursor >= account.milestones.count:
                // An action row: the same form as d on the readiness pane and in the meeting.
                let actions = CardMilestones.actions(account)
                guard let item = actions[safe: card.cursor - account.milestones.count] else { return nothing("No Not Met action here.", &state) }
                if let form = Update.actionDoneForm(item.condition, account: account, message: &state.message) {
                    card.form = form
                }
            case .milestones:
                guard let m = account.milestones[safe: card.cursor] else { return nothing("No milestone yet: a adds one.", &state) }
                if let done = m.completedOn {
                    return nothing("“\(DisplayText.sanitize(m.name))” was completed \(done.iso): o reopens it.", &state)
                }
                open(.completeMilestone(m.id), &card, account: account, state)
            case .exit:
                open(.exitDone(ExitComponent.allCases[min(card.cursor, 4)]), &card, account: account, state)
            default:
                state.message = "Space completes a milestone (3) or an exit component (4)."
            }
        case .handoverStep(let step):
            guard card.tab == .handover else {
                return nothing("C and f date the handover document's circulation and finalisation, on the handover tab (5).", &state)
            }
            open(.handoverStep(step, done: true), &card, account: account, state)
        case .reopen:
            switch card.tab {
            case .milestones where card.cursor >= account.milestones.count:
                return nothing("A done action is followed by a re-run of its condition (m or n on the readiness pane), not reopened.", &state)
            case .milestones:
                guard let m = account.milestones[safe: card.cursor] else { return nothing("No milestone yet: a adds one.", &state) }
                return apply(.milestones(.reopen(id: m.id)), card: card, &state)
            case .exit:
                return apply(.exit(.markNotDone(ExitComponent.allCases[min(card.cursor, 4)])), card: card, &state)
            case .handover:
                // The last step dated is the one taken back: finalised before circulated.
                let life = HandoverLife(account)
                guard let step = HandoverStep.allCases.reversed().first(where: { step in
                    (step == .circulated ? life.circulation : life.finalisation).doneOn != nil
                }) else { return nothing("The handover document is neither circulated nor finalised yet: C and f date them.", &state) }
                return apply(.handover(.unmark(step)), card: card, &state)
            default:
                state.message = "o reopens a milestone (3), marks an exit component not done (4), or takes back the handover document's last date (5)."
            }
        }
        return []
    }

    static func nothing(_ message: String, _ state: inout AppState) -> [Effect] {
        state.message = message
        return []
    }

    /// A change straight from a key (reopen, not done): applied, or its refusal in the hint bar.
    static func apply(_ change: AccountChange, card: AccountCard, _ state: inout AppState) -> [Effect] {
        switch state.apply(change, to: card.accountID) {
        case .success(let effects): return effects
        case .failure(let refusal):
            state.message = refusal.reason
            return []
        }
    }

    static func open(_ change: ChangeInputID, _ card: inout AccountCard, account: Account, _ state: AppState) {
        var form = FormState(change: change, account: account)
        if change == .people { form.offer(AccountCardForms.peopleNames(account, portfolio: state.portfolio)) }
        card.form = form
    }

    static func formKey(_ key: KeyEvent, _ card: inout AccountCard, account: Account, _ state: inout AppState) -> [Effect] {
        guard var form = card.form, case .change(let purpose) = form.purpose else {
            card.form = nil
            state.overlay = .accountCard(card)
            return []
        }
        var effects: [Effect] = []
        switch form.handle(key, today: state.today) {
        case .editing:
            card.form = form
        case .cancelled:
            card.form = nil
            state.message = "Cancelled: nothing changed."
        case .submitted:
            switch state.submit(form) {
            case .failure(let refusal):
                form.refused(refusal)
                card.form = form
            case .success(let done):
                effects = done
                card.form = nil
                if done.isEmpty && state.message == nil { state.message = "Nothing changed." }
                if let after = state.portfolio.account(id: account.id) { follow(purpose, &card, before: account, after: after) }
            }
        }
        state.overlay = .accountCard(card)
        return effects
    }

    /// After an add, the cursor is on the new row.
    static func follow(_ purpose: ChangeInputID, _ card: inout AccountCard, before: Account, after: Account) {
        switch purpose {
        case .addContact where after.contacts.count > before.contacts.count: card.cursors[.contacts] = after.contacts.count - 1
        case .addMilestone where after.milestones.count > before.milestones.count: card.cursors[.milestones] = after.milestones.count - 1
        default: break
        }
    }

    static func rowCount(_ tab: CardTab, account: Account, state: AppState) -> Int {
        switch tab {
        case .overview: OverviewBlock.allCases.count
        case .contacts: account.contacts.count
        case .milestones: CardMilestones.rowCount(account)
        case .exit: ExitComponent.allCases.count
        case .handover: HandoverSection.allCases.count
        case .history:
            // The cursor is the first line shown: it stops where the last line reaches the bottom.
            max(1, CardHistory.lines(account, today: state.today, width: AccountCardView.contentWidth(state.width)).count
                - AccountCardView.contentHeight(state.height) + 1)
        }
    }

    static func move(_ card: inout AccountCard, by delta: Int, account: Account, state: AppState) {
        let count = rowCount(card.tab, account: account, state: state)
        let target = card.cursor.addingReportingOverflow(delta)
        card.cursor = max(0, min(count - 1, target.overflow ? card.cursor : target.partialValue))
    }

    static func clamp(_ card: inout AccountCard, account: Account, state: AppState) {
        for tab in CardTab.allCases {
            let count = rowCount(tab, account: account, state: state)
            card.cursors[tab] = max(0, min(max(0, count - 1), card.cursors[tab] ?? 0))
        }
    }

    static func page(_ state: AppState) -> Int { max(1, AccountCardView.contentHeight(state.height) - 2) }
}

fileprivate extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
