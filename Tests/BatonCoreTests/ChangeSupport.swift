import Foundation
@testable import BatonCore

/// Applying a change through the one door as the tests do: on the fixture's day, at noon.
enum Door {
    static let context = ChangeContext(today: Fixture.today, now: Fixture.noon, by: "Sarah Khan", timeZone: .utc)

    static func apply(_ change: AccountChange, to account: Account,
                      context: ChangeContext = Door.context) -> Result<ChangeOutcome, ChangeRefusal> {
        change.apply(to: account, context: context)
    }

    /// The account after the change; nil when it was refused.
    static func after(_ change: AccountChange, on account: Account, context: ChangeContext = Door.context) -> Account? {
        try? apply(change, to: account, context: context).get().account
    }

    /// The refusal's reason; nil when the change went through.
    static func refusal(_ change: AccountChange, on account: Account, context: ChangeContext = Door.context) -> String? {
        if case .failure(let refusal) = apply(change, to: account, context: context) { return refusal.reason }
        return nil
    }

    static func summary(_ change: AccountChange, on account: Account, context: ChangeContext = Door.context) -> String? {
        try? apply(change, to: account, context: context).get().summary
    }
}
