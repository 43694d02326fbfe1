import BatonCore

/// Tab 2: the people on the customer's side, one row each, the sponsor first to the eye (★);
/// the contact under the cursor in full underneath, with the last words they were heard saying.
enum CardContacts {
    static func lines(_ account: Account, cursor: Int, width: Int) -> [CardLine] {
        guard !account.contacts.isEmpty else {
            return [CardLine("No contacts yet. a adds one: a sponsor and a day-to-day contact are what every later step asks for.",
                             CellStyle(.dim))]
        }
        let wide = width >= 110
        let name = wide ? 26 : 20, role = wide ? 32 : 23, tags = 13, stance = 9, strength = 9
        let prefers = max(0, width - 2 - name - role - tags - stance - strength)
        func cell(_ text: String, _ w: Int, _ style: CellStyle = CellStyle(.dialog)) -> CardLine.Piece {
            CardLine.Piece(text: text, width: w, style: style)
        }
        var header = [cell("", 2), cell("Name", name), cell("Role", role), cell("Tags", tags),
                      cell("Stance", stance), cell("Strength", strength)]
        if wide { header.append(cell("Prefers", prefers)) }
        var lines = [CardLine(header.map { var p = $0; p.style = CellStyle(.header, bold: true); return p })]

        for (i, c) in account.contacts.enumerated() {
            let tagText = [c.isSponsor ? "sponsor" : nil, c.isDayToDay ? (c.isSponsor ? "d2d" : "day-to-day") : nil].compactMap { $0 }.joined(separator: ", ")
            var row = [cell(c.isSponsor ? "★" : " ", 2, CellStyle(.accent, bold: true)),
                       cell(c.name, name - 1, CellStyle(.dialog, bold: c.isSponsor)), cell("", 1),
                       cell(c.role, role - 1), cell("", 1),
                       cell(tagText, tags - 1, CellStyle(.accent)), cell("", 1),
                       cell(c.stance.rawValue, stance, CellStyle(stanceRole(c.stance))),
                       cell(c.relationshipStrength.rawValue, strength, CellStyle(strengthRole(c.relationshipStrength)))]
            if wide { row.append(cell(c.communicationPreference, prefers, CellStyle(.dim))) }
            lines.append(CardLine(row, row: i, highlights: true))
        }

        let selected = account.contacts[min(max(0, cursor), account.contacts.count - 1)]
        lines.append(.blank)
        lines.append(.heading(selected.name))
        lines += CardLine.field("Role", selected.role, width: width)
        lines += CardLine.field("Prefers", selected.communicationPreference, width: width)
        if let note = account.sentiment.last(where: { $0.contact.lowercased() == selected.name.lowercased() }) {
            lines += CardLine.field("Last heard", "\(note.capturedOn.iso), \(note.tone.rawValue): “\(note.words)”", width: width)
        }
        if let sponsor = account.sponsor, sponsor.id != selected.id {
            lines += CardLine.field("Sponsor", "\(sponsor.name) (one per account)", width: width, style: CellStyle(.dim))
        } else if account.sponsor == nil {
            lines += CardLine.field("Sponsor", "none tagged — conditions 5 and 6 and the joint meeting need one",
                                    width: width, style: CellStyle(.warning))
        }
        return lines
    }

    static func stanceRole(_ s: Contact.Stance) -> Role {
        switch s {
        case .advocate: .met
        case .neutral: .dialog
        case .sceptic: .warning
        }
    }

    static func strengthRole(_ s: Contact.Strength) -> Role {
        switch s {
        case .strong: .met
        case .moderate: .dialog
        case .weak: .warning
        }
    }
}
