import BatonCore

/// Tab 5: the handover document as it will read, section by section. Section 7, the unwritten
/// briefing, is marked INTERNAL wherever it appears: it never goes to the customer.
enum CardHandover {
    static func lines(_ account: Account, width: Int) -> [CardLine] {
        var lines: [CardLine] = []
        var dates: [String] = []
        if let circulated = account.handover.circulatedOn { dates.append("circulated \(circulated.iso)") }
        if let finalised = account.handover.finalisedOn { dates.append("finalised \(finalised.iso)") }
        if !dates.isEmpty { lines += [CardLine("Handover document · " + dates.joined(separator: " · "), CellStyle(.dim)), .blank] }
        for (i, section) in HandoverSection.allCases.enumerated() {
            if i > 0 { lines.append(.blank) }
            var heading = [CardLine.Piece(text: "\(section.rawValue). \(section.title)", width: nil, style: CellStyle(.header, bold: true))]
            if section.isInternalOnly {
                heading.append(CardLine.Piece(text: "  INTERNAL — never for the customer", width: nil, style: CellStyle(.flag, bold: true)))
            }
            lines.append(CardLine(heading, row: i, highlights: true))
            let text = account.handover[section]
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                lines.append(CardLine("   not written yet — \(HandoverInputs.prompt(section))", CellStyle(.dim), row: i))
            } else {
                lines += CardLine.text(text, width: width, indent: 3, row: i)
            }
        }
        return lines
    }
}
