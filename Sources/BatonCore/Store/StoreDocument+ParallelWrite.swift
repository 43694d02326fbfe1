import Foundation

extension StoreDocument {
    /// Below this many accounts one pass is as quick as splitting the work.
    static let parallelWriteThreshold = 64

    /// Accounts encoded per window by `encodeInParallel(_:into:)`: enough to keep every core
    /// busy, few enough that a window's text is a few megabytes, not the whole document.
    static let writeWindow = 512

    /// The document, byte for byte what the one-pass encoder writes, with the accounts encoded on
    /// every core: each account is pretty-printed on its own and indented to its place in the
    /// `accounts` array. A full save of 10,000 accounts is ~300 MB of JSON; one core takes ~8 s.
    /// (A test holds the two encoders to the same bytes.)
    static func encodeInParallel(_ envelope: Envelope) throws -> Data? {
        guard envelope.portfolio.accounts.count >= parallelWriteThreshold else { return nil }
        var out = Data()
        guard try encodeInParallel(envelope, into: { out.append($0) }) else { return nil }
        return out
    }

    /// The same document handed to `sink` in pieces, a window of accounts at a time, so a save
    /// never holds the whole text beside the portfolio (at 10,000 accounts, ~300 MB more).
    /// False when an account would not encode, and then `sink` may have had the first pieces
    /// (the one-pass encoder then writes the document from the start, and says why).
    static func encodeInParallel(_ envelope: Envelope, window: Int = writeWindow, into sink: (Data) throws -> Void) throws -> Bool {
        let accounts = envelope.portfolio.accounts
        let scalar = encoder(pretty: false)
        func fragment<T: Encodable>(_ value: T) throws -> String {
            String(decoding: SafeText.escapingControls(inJSON: try scalar.encode(value)), as: UTF8.self)
        }
        try sink(Data("""
        {
          "format" : \(try fragment(envelope.format)),
          "formatVersion" : \(envelope.formatVersion),
          "portfolio" : {
            "accounts" : [

        """.utf8))
        var start = 0
        while start < accounts.count {
            let end = min(accounts.count, start + max(1, window))
            let pieces = ParallelResults<Data>(count: end - start)
            let workers = max(1, min(end - start, ProcessInfo.processInfo.activeProcessorCount * 8))
            let first = start
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let encoder = encoder(pretty: true)
                var i = first + worker
                while i < end {
                    guard let json = try? encoder.encode(accounts[i]) else {
                        pieces.fail()
                        return
                    }
                    // A person reads and diffs the store: controls a terminal acts on are written as \uXXXX.
                    pieces.set(i - first, indented(SafeText.escapingControls(inJSON: json), by: 6))
                    i += workers
                }
            }
            guard let encoded = pieces.all() else { return false }
            var window = Data()
            window.reserveCapacity(encoded.reduce(0) { $0 + $1.count + 2 })
            for (n, account) in encoded.enumerated() {
                window.append(account)
                window.append(contentsOf: Array((first + n == accounts.count - 1 ? "\n" : ",\n").utf8))
            }
            try sink(window)
            start = end
        }
        var tail = Data("""
            ],
            "owner" : \(try fragment(envelope.portfolio.owner))
          },
          "savedAt" : \(try fragment(envelope.savedAt))
        """.utf8)
        if let storeID = envelope.storeID {
            tail.append(contentsOf: Array(",\n  \"storeID\" : \(try fragment(storeID))".utf8))
        }
        tail.append(contentsOf: Array("\n}".utf8))
        try sink(tail)
        return true
    }

    /// Writes the document into the empty file open at `fd`, byte for byte what `encode` makes,
    /// a window of accounts at a time: a save of 10,000 accounts no longer holds its ~300 MB of
    /// text in memory beside the portfolio.
    static func write(_ portfolio: Portfolio, savedAt: Date, storeID: String?, to fd: Int32, path: String) throws {
        let envelope = Envelope(format: format, formatVersion: currentFormatVersion, savedAt: savedAt, portfolio: portfolio,
                                storeID: storeID)
        if portfolio.accounts.count >= parallelWriteThreshold {
            var offset = 0
            let written: Bool
            do {
                written = try encodeInParallel(envelope) { piece in
                    try StoreFile.writeAll(fd, piece, at: offset, path: path)
                    offset += piece.count
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError.unencodable(reason: "\(error)")
            }
            if written {
                try StoreFile.writeAll(fd, Data([0x0A]), at: offset, path: path)
                return
            }
            // An account the windows could not encode: the one-pass encoder says why, from the start of the file.
            guard ftruncate(fd, 0) == 0 else { throw StoreFile.fail(path, "truncate") }
        }
        try StoreFile.writeAll(fd, try encode(portfolio, savedAt: savedAt, storeID: storeID), at: 0, path: path)
    }

    /// Every line but the empty ones (the encoder writes `[` blank line `]` for an empty list)
    /// moved right by `spaces`; JSON strings never hold a raw line break, so lines are structure.
    static func indented(_ json: Data, by spaces: Int) -> Data {
        // Counted first, then written into raw memory: appending byte by byte to Data costs more
        // than the encoding it follows.
        json.withUnsafeBytes { (source: UnsafeRawBufferPointer) -> Data in
            var lines = 0
            var atLineStart = true
            for byte in source {
                if atLineStart && byte != 0x0A { lines += 1 }
                atLineStart = byte == 0x0A
            }
            var out = Data(count: source.count + lines * spaces)
            out.withUnsafeMutableBytes { (target: UnsafeMutableRawBufferPointer) in
                var j = 0
                var atStart = true
                for byte in source {
                    if atStart && byte != 0x0A {
                        for k in 0..<spaces { target[j + k] = 0x20 }
                        j += spaces
                    }
                    target[j] = byte
                    j += 1
                    atStart = byte == 0x0A
                }
            }
            return out
        }
    }
}
