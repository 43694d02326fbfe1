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
        guard let layout = layout(of: text) else { return nil }
        let (formatRange, versionRange, elements, ownerRange, savedAtRange, storeIDRange) =
            (layout.format, layout.version, layout.accounts, layout.owner, layout.savedAt, layout.storeID)
        @Sendable func slice(_ r: Range<Int>) -> Data { Data(text.bytes[r]) }
        guard (try? decoder().decode(String.self, from: slice(formatRange))) == format,
              (try? decoder().decode(Int.self, from: slice(versionRange))) == currentFormatVersion,
              let owner = try? decoder().decode(String.self, from: slice(ownerRange)),
              let savedAt = try? decoder().decode(Date.self, from: slice(savedAtRange)) else { return nil }
        var storeID: String?
        if let storeIDRange {
            guard let id = try? decoder().decode(String.self, from: slice(storeIDRange)) else { return nil }
            storeID = id
        }

        let results = ParallelResults<Account>(count: elements.count)
        OpenProgress.shared.begin(total: elements.count)
        // More pieces than cores, interleaved, so one slow stretch of big accounts does not hold a core up.
        let pieces = max(1, min(elements.count, ProcessInfo.processInfo.activeProcessorCount * 8))
        DispatchQueue.concurrentPerform(iterations: pieces) { piece in
            let decoder = decoder()
            var i = piece
            while i < elements.count {
                // A field written twice decodes as its first copy: only the careful path may judge it.
                guard !text.mayRepeatKeys(in: elements[i]), let account = try? decoder.decode(Account.self, from: slice(elements[i])) else {
                    results.fail()
                    return
                }
                results.set(i, account)
                OpenProgress.shared.advance()
                i += pieces
            }
        }
        guard let decoded = results.all() else { return nil }
        return Contents(portfolio: Portfolio(owner: owner, accounts: decoded), formatVersion: currentFormatVersion, savedAt: savedAt,
                        storeID: storeID)
    }
}

extension StoreDocument {
    /// Where the parts of a document sit, as byte ranges: found front to back through exactly the
    /// shape `encode` writes (keys sorted); nil at the first surprise.
    struct Layout {
        var format: Range<Int>
        var version: Range<Int>
        var accounts: [Range<Int>]
        var owner: Range<Int>
        var savedAt: Range<Int>
        var storeID: Range<Int>?
    }

    static func layout(of text: JSONText) -> Layout? {
        // No pass over the whole text is made twice.
        var i = 0
        guard text.expect(UInt8(ascii: "{"), at: &i),
              text.expectKey("format", at: &i), let formatRange = text.value(at: &i), text.expect(UInt8(ascii: ","), at: &i),
              text.expectKey("formatVersion", at: &i), let versionRange = text.value(at: &i), text.expect(UInt8(ascii: ","), at: &i),
              text.expectKey("portfolio", at: &i), text.expect(UInt8(ascii: "{"), at: &i),
              text.expectKey("accounts", at: &i), let elements = text.arrayElements(at: &i), text.expect(UInt8(ascii: ","), at: &i),
              text.expectKey("owner", at: &i), let ownerRange = text.value(at: &i), text.expect(UInt8(ascii: "}"), at: &i),
              text.expect(UInt8(ascii: ","), at: &i),
              text.expectKey("savedAt", at: &i), let savedAtRange = text.value(at: &i) else { return nil }
        // `storeID` comes last when there is one (files from before it have none).
        var storeIDRange: Range<Int>?
        var afterSavedAt = i
        if text.expect(UInt8(ascii: ","), at: &afterSavedAt) {
            guard text.expectKey("storeID", at: &afterSavedAt), let range = text.value(at: &afterSavedAt) else { return nil }
            storeIDRange = range
            i = afterSavedAt
        }
        guard text.expect(UInt8(ascii: "}"), at: &i), text.atEnd(i) else { return nil }
        return Layout(format: formatRange, version: versionRange, accounts: elements, owner: ownerRange, savedAt: savedAtRange,
                      storeID: storeIDRange)
    }
}

extension StoreDocument {
    /// Reads the document open at `fd` through `StoreDocumentStream`: each window's accounts are
    /// decoded on every core while the rest of the file is not yet in memory. Nil when anything
    /// is unusual, an account's field is written twice, or two accounts share an id: the
    /// whole-document path then reads it and places every problem.
    static func readStreaming(fd: Int32, size: Int, window: Int = StoreDocumentStream.window) -> Contents? {
        var accounts: [Account] = []
        var ids = Set<String>()
        OpenProgress.shared.begin(bytes: size)
        let frame = StoreDocumentStream.read(fd: fd, size: size, window: window) { batch in
            let results = ParallelResults<Account>(count: batch.ranges.count)
            let pieces = max(1, min(batch.ranges.count, ProcessInfo.processInfo.activeProcessorCount * 8))
            DispatchQueue.concurrentPerform(iterations: pieces) { piece in
                let decoder = decoder()
                var i = piece
                while i < batch.ranges.count {
                    let range = batch.ranges[i]
                    guard !batch.text.mayRepeatKeys(in: range),
                          let account = try? decoder.decode(Account.self, from: Data(batch.text.bytes[range])) else {
                        results.fail()
                        return
                    }
                    results.set(i, account)
                    i += pieces
                }
            }
            guard let decoded = results.all() else { return false }
            for account in decoded where !ids.insert(account.id).inserted { return false }
            accounts.append(contentsOf: decoded)
            OpenProgress.shared.advance(accounts: decoded.count, toByte: batch.base + (batch.ranges.last?.upperBound ?? 0))
            return true
        }
        guard let frame else { return nil }
        return Contents(portfolio: Portfolio(owner: frame.owner, accounts: accounts), formatVersion: currentFormatVersion,
                        savedAt: frame.savedAt, storeID: frame.storeID)
    }
}
