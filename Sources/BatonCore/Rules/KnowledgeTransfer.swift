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

    /// The areas still Incomplete on the account, in checklist order: judged against the record
    /// where it can show them (`CRMRecordCheck`), the lead's tick elsewhere.
    public static func incompleteAreas(of account: Account) -> [CRMArea] {
        CRMArea.allCases.filter { !CRMRecordCheck.isComplete($0, in: account) }
    }

    /// Complete areas ÷ 9 on the account, as `incompleteAreas(of:)` judges them.
    public static func completeness(of account: Account) -> Double {
        Double(CRMArea.allCases.count - incompleteAreas(of: account).count) / Double(CRMArea.allCases.count)
    }
}
