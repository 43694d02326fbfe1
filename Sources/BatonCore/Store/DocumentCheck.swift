import Foundation

/// Decodes a store document field by field and account by account, collecting every error
/// instead of stopping at the first, so that three broken accounts give three problems.
struct DocumentCheck: Decodable {
    private(set) var errors: [any Error] = []
    /// The position and id of every account that decoded, to find repeated ids.
    private(set) var ids: [(index: Int, id: String)] = []

    private enum Keys: String, CodingKey { case savedAt, portfolio }
    private enum PortfolioKeys: String, CodingKey { case owner, accounts }
    /// Accepts any value: steps over an account that failed to decode.
    private struct Skip: Decodable { init(from decoder: any Decoder) throws {} }

    init(from decoder: any Decoder) throws {
        let top = try decoder.container(keyedBy: Keys.self)
        record { try top.decode(Date.self, forKey: .savedAt) }
        guard let portfolio = record({ try top.nestedContainer(keyedBy: PortfolioKeys.self, forKey: .portfolio) })
        else { return }
        record { try portfolio.decode(String.self, forKey: .owner) }
        guard var accounts = record({ try portfolio.nestedUnkeyedContainer(forKey: .accounts) }) else { return }
        while !accounts.isAtEnd {
            let index = accounts.currentIndex
            if let account = record({ try accounts.decode(Account.self) }) { ids.append((index, account.id)) }
            if accounts.currentIndex == index { _ = try accounts.decode(Skip.self) }
        }
    }

    @discardableResult
    private mutating func record<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            errors.append(error)
            return nil
        }
    }
}
