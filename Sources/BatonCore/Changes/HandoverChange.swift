/// The handover document's eight sections: changes through the one door (`AccountChange`).
public enum HandoverChange: Equatable, Sendable, Codable {
    /// The lead's text for one section; blank clears it. Section 7 is internal only wherever it goes.
    case setSection(HandoverSection, text: String)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        switch self {
        case .setSection(let section, let text):
            var after = account
            // Trailing blank lines are an artefact of typing, not content.
            var kept = text
            while let last = kept.last, last.isWhitespace { kept.removeLast() }
            after.handover[section] = kept
            let label = "handover section \(section.rawValue), \(section.title)\(section.isInternalOnly ? " (INTERNAL)" : "")"
            return .success(ChangeOutcome(after, "\(account.name): \(label) \(kept.isEmpty ? "cleared" : "saved")"))
        }
    }
}
