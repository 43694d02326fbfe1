import Foundation

extension StoreDocument {
    /// Reads a current-version document by decoding its accounts on every core.
    ///
    /// Foundation's JSON decodes about 40 MB a second here and a 10,000-account store is ~300 MB,
    /// so one core takes ~10 s to open it. The accounts are independent objects: found by a byte
    /// scan, each is decoded on its own, in parallel. Anything unusual — a field missing, a type
    /// wrong, an old or new version — returns nil, and the careful one-core path reads the
    /// document instead and places every problem by line and column.
    static func readInParallel(_ data: Data) -> Contents? { readInParallel(JSONText(data)) }

    static func readInParallel(_ text: JSONText) -> Contents? {
        // No pass over the whole text is made twice.
        var i = 0
        guard readsCurrentHead(text, at: &i), let elements = text.arrayElements(at: &i), let frame = frame(text, at: &i) else { return nil }
        OpenProgress.shared.begin(total: elements.count)
        guard let decoded = decodeAccounts(elements, in: text, eachDecoded: { OpenProgress.shared.advance() }) else { return nil }
        return Contents(portfolio: Portfolio(owner: frame.owner, accounts: decoded), formatVersion: currentFormatVersion,
                        savedAt: frame.savedAt, storeID: frame.storeID)
    }

    /// Reads the document open at `fd` through `StoreDocumentStream`: each window's accounts are
    /// decoded on every core while the rest of the file is not yet in memory. Nil when anything
    /// is unusual, an account's field is written twice, or two accounts share an id: the
    /// whole-document path then reads it and places every problem.
    static func readStreaming(fd: Int32, size: Int, window: Int = StoreDocumentStream.window) -> Contents? {
        var accounts: [Account] = []
        var ids = Set<String>()
        OpenProgress.shared.begin(bytes: size)
        let frame = StoreDocumentStream.read(fd: fd, size: size, window: window) { batch in
            guard let decoded = decodeAccounts(batch.ranges, in: batch.text) else { return false }
            for account in decoded where !ids.insert(account.id).inserted { return false }
            accounts.append(contentsOf: decoded)
            OpenProgress.shared.advance(accounts: decoded.count, toByte: batch.base + (batch.ranges.last?.upperBound ?? 0))
            return true
        }
        guard let frame else { return nil }
        return Contents(portfolio: Portfolio(owner: frame.owner, accounts: accounts), formatVersion: currentFormatVersion,
                        savedAt: frame.savedAt, storeID: frame.storeID)
    }

    /// The accounts at `ranges` of `text`, decoded on every core, in order; nil when one does not
    /// decode or may name a field twice (it would decode as its first copy: only the careful
    /// path may judge it).
    static func decodeAccounts(_ ranges: [Range<Int>], in text: JSONText, eachDecoded: @Sendable () -> Void = {}) -> [Account]? {
        let results = ParallelResults<Account>(count: ranges.count)
        // More pieces than cores, interleaved, so one slow stretch of big accounts does not hold a core up.
        let pieces = max(1, min(ranges.count, ProcessInfo.processInfo.activeProcessorCount * 8))
        DispatchQueue.concurrentPerform(iterations: pieces) { piece in
            let decoder = decoder()
            var i = piece
            while i < ranges.count {
                guard !text.mayRepeatKeys(in: ranges[i]),
                      let account = try? decoder.decode(Account.self, from: Data(text.bytes[ranges[i]])) else {
                    results.fail()
                    return
                }
                results.set(i, account)
                eachDecoded()
                i += pieces
            }
        }
        return results.all()
    }
}

extension StoreDocument {
    /// What a document holds around its accounts.
    struct Frame {
        var owner: String
        var savedAt: Date
        /// As written between its quotes.
        var savedAtText: String
        var storeID: String?
    }

    /// Steps over `{ "format" : …, "formatVersion" : …, "portfolio" : { "accounts" :`, exactly
    /// the shape `encode` writes (keys sorted), to just before the accounts' `[`; true when the
    /// format and its version are this build's.
    static func readsCurrentHead(_ text: JSONText, at i: inout Int) -> Bool {
        guard text.expect(UInt8(ascii: "{"), at: &i),
              text.expectKey("format", at: &i), let formatRange = text.value(at: &i), text.expect(UInt8(ascii: ","), at: &i),
              text.expectKey("formatVersion", at: &i), let versionRange = text.value(at: &i), text.expect(UInt8(ascii: ","), at: &i),
              text.expectKey("portfolio", at: &i), text.expect(UInt8(ascii: "{"), at: &i),
              text.expectKey("accounts", at: &i) else { return false }
        return (try? decoder().decode(String.self, from: Data(text.bytes[formatRange]))) == format
            && (try? decoder().decode(Int.self, from: Data(text.bytes[versionRange]))) == currentFormatVersion
    }

    /// From just after the accounts' `]`: `, "owner" : … }, "savedAt" : …`, then `, "storeID" : …`
    /// when there is one (files from before it have none), the closing `}` and nothing more; nil
    /// at the first surprise.
    static func frame(_ text: JSONText, at i: inout Int) -> Frame? {
        func decoded<T: Decodable>(_ type: T.Type, _ range: Range<Int>) -> T? { try? decoder().decode(type, from: Data(text.bytes[range])) }
        guard text.expect(UInt8(ascii: ","), at: &i),
              text.expectKey("owner", at: &i), let ownerRange = text.value(at: &i), text.expect(UInt8(ascii: "}"), at: &i),
              text.expect(UInt8(ascii: ","), at: &i),
              text.expectKey("savedAt", at: &i), let savedAtRange = text.value(at: &i),
              let owner = decoded(String.self, ownerRange), let savedAtText = decoded(String.self, savedAtRange),
              let savedAt = decoded(Date.self, savedAtRange) else { return nil }
        var storeID: String?
        var afterSavedAt = i
        if text.expect(UInt8(ascii: ","), at: &afterSavedAt) {
            guard text.expectKey("storeID", at: &afterSavedAt), let range = text.value(at: &afterSavedAt),
                  let id = decoded(String.self, range) else { return nil }
            storeID = id
            i = afterSavedAt
        }
        guard text.expect(UInt8(ascii: "}"), at: &i), text.atEnd(i) else { return nil }
        return Frame(owner: owner, savedAt: savedAt, savedAtText: savedAtText, storeID: storeID)
    }
}
