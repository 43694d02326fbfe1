/// How much of what the account manager needs has reached the CRM record before T-day.
public enum KnowledgeTransfer {
    /// The target completeness. Eight of nine is 88.9 %, below it: all nine areas are needed.
    public static let target = 0.95

    /// Complete areas ÷ 9. Counts each of the nine areas once, so a duplicated or missing
    /// check in the stored list can neither inflate nor deflate the figure.
    public static func completeness(of transfer: CRMTransfer) -> Double {
        let complete = Set(transfer.areas.filter(\.complete).map(\.area))
        return Double(complete.count) / Double(CRMArea.allCases.count)
    }

    public static func meetsTarget(_ transfer: CRMTransfer) -> Bool {
        completeness(of: transfer) >= target
    }

    /// The areas still Incomplete, in checklist order.
    public static func incompleteAreas(of transfer: CRMTransfer) -> [CRMArea] {
        let complete = Set(transfer.areas.filter(\.complete).map(\.area))
        return CRMArea.allCases.filter { !complete.contains($0) }
    }
}
