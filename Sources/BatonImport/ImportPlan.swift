import BatonCore
import Foundation

/// What importing a CRM export would do, row by row: accounts to add, accounts to update (with
/// any conflicts with the lead's own edits), rows that change nothing, rows refused with the
/// line and the reason. Pure: it reads the file's table and the portfolio and changes neither;
/// `accounts` is what to write, as one change.
public struct ImportPlan: Sendable {
    public struct Options: Sendable {
        /// Take the file's value where the lead changed a field in Baton since the last import.
        public var preferFile = false
        /// The T-day of an added account whose row gives none (nil: eight weeks from today).
        public var defaultTDay: CalendarDate?
        /// The stage of an added account whose row gives none.
        public var defaultStage: Stage = .salesHandover

        public init(preferFile: Bool = false, defaultTDay: CalendarDate? = nil, defaultStage: Stage = .salesHandover) {
            self.preferFile = preferFile
            self.defaultTDay = defaultTDay
            self.defaultStage = defaultStage
        }
    }

    /// A field the lead changed in Baton and the CRM changed too.
    public struct Conflict: Sendable, Equatable {
        public var field: CRMField
        public var yours: String
        public var file: String
        /// True with `--prefer-file`: the file's value is taken.
        public var tookFile: Bool
    }

    public struct FieldUpdate: Sendable, Equatable {
        public var field: CRMField
        public var from: String
        public var to: String
    }

    public enum Outcome: Sendable {
        case add(Account, notes: [String])
        case update(Account, updates: [FieldUpdate], conflicts: [Conflict])
        case unchanged(accountID: String)
        case refused(String)
    }

    public struct Row: Sendable {
        public var line: Int
        public var name: String
        public var recordID: String
        public var outcome: Outcome

        public var isRefused: Bool { if case .refused = outcome { true } else { false } }
    }

    public var rows: [Row]
    public var source: String
    public var table: (encoding: String, delimiter: String)
    public var columnNotes: [String]
    public var unmappedColumns: [String]

    public var added: [Row] { rows.filter { if case .add = $0.outcome { true } else { false } } }
    public var updated: [Row] { rows.filter { if case .update = $0.outcome { true } else { false } } }
    public var unchanged: [Row] { rows.filter { if case .unchanged = $0.outcome { true } else { false } } }
    public var refused: [Row] { rows.filter(\.isRefused) }
    public var conflicts: [Conflict] {
        rows.flatMap { row -> [Conflict] in
            if case .update(_, _, let c) = row.outcome { return c }
            return []
        }
    }

    /// The accounts to write, added and updated, in the file's order.
    public var accounts: [Account] {
        rows.compactMap {
            switch $0.outcome {
            case .add(let account, _), .update(let account, _, _): account
            case .unchanged, .refused: nil
            }
        }
    }

    public init(table: CSVTable, mapping: ColumnMapping, portfolio: Portfolio, context: ChangeContext,
                options: Options = Options()) {
        var planner = Planner(mapping: mapping, portfolio: portfolio, width: table.header.count, delimiterName: table.delimiterName,
                              context: context, options: options)
        for record in table.records { planner.take(record) }
        self.init(planner, mapping: mapping, encoding: table.encoding, delimiterName: table.delimiterName)
    }

    /// The plan of a file read record by record: only the plan is held, never the file. `progress`
    /// hears the reader every few hundred records (rows read, bytes of the file read).
    public init(reader: CSVReader, mapping: ColumnMapping, portfolio: Portfolio, context: ChangeContext,
                options: Options = Options(), progress: (CSVReader) -> Void = { _ in }) throws {
        let delimiterName = CSVTable.name(of: reader.delimiter)
        var planner = Planner(mapping: mapping, portfolio: portfolio, width: reader.header.count, delimiterName: delimiterName,
                              context: context, options: options)
        while let record = try reader.next() {
            planner.take(record)
            if reader.recordsRead % 256 == 0 { progress(reader) }
        }
        progress(reader)
        self.init(planner, mapping: mapping, encoding: reader.encoding, delimiterName: delimiterName)
    }

    private init(_ planner: Planner, mapping: ColumnMapping, encoding: String, delimiterName: String) {
        rows = planner.rows
        source = mapping.source
        table = (encoding, delimiterName)
        columnNotes = mapping.notes
        unmappedColumns = mapping.unmapped
    }

    /// The plan as it grows, a record at a time: the rows so far and the portfolio as they leave it.
    private struct Planner {
        let mapping: ColumnMapping
        let width: Int
        let delimiterName: String
        let context: ChangeContext
        let options: Options
        var index: ImportIndex
        var seenRecords: [String: Int] = [:]
        var rows: [Row] = []

        init(mapping: ColumnMapping, portfolio: Portfolio, width: Int, delimiterName: String, context: ChangeContext, options: Options) {
            self.mapping = mapping
            self.width = width
            self.delimiterName = delimiterName
            self.context = context
            self.options = options
            index = ImportIndex(portfolio.accounts)
        }

        mutating func take(_ record: CSVTable.Record) {
            // Blank lines and Excel's rows of empty cells are not rows.
            // (Scalar by scalar: Foundation's trimming, once per cell, was a sixth of an import's time.)
            if record.fields.allSatisfy({ $0.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) }) { return }
            let extra = record.fields.dropFirst(width).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            func refuse(_ reason: String, name: String = "", id: String = "") {
                rows.append(Row(line: record.line, name: name, recordID: id, outcome: .refused(reason)))
            }
            if !extra.isEmpty {
                refuse("\(record.fields.count) values where the header names \(width) columns: a value with a "
                       + "\(delimiterName) in it needs quotes around it")
                return
            }
            if record.fields.count < width, let last = record.fields.last, last.contains(where: \.isNewline) {
                refuse("a quote opened here is never closed: the rest of the file ran into this row")
                return
            }
            let values: [CRMField: String]
            switch mapping.values(of: record.fields) {
            case .failure(let refusal): refuse(refusal.reason); return
            case .success(let v): values = v
            }
            let id = values[.recordID] ?? ""
            // The core's rule for names, in its words: the same refusal as the dashboard's form and `baton add`.
            let name: String
            switch AccountName.check(values[.name] ?? "") {
            case .failure(let refusal): refuse(refusal.reason, id: id); return
            case .success(let checked): name = checked
            }
            if !id.isEmpty {
                if let first = seenRecords[id] {
                    refuse("record \(id) again (first on line \(first)): one row per account", name: name, id: id)
                    return
                }
                seenRecords[id] = record.line
            }
            let outcome = ImportPlan.plan(values: values, name: name, id: id, index: index, source: mapping.source,
                                          context: context, options: options)
            switch outcome {
            case .add(let account, _), .update(let account, _, _): index.put(account)
            case .unchanged, .refused: break
            }
            rows.append(Row(line: record.line, name: name, recordID: id, outcome: outcome))
        }
    }

    private static func plan(values: [CRMField: String], name: String, id: String, index: ImportIndex,
                             source: String, context: ChangeContext, options: Options) -> Outcome {
        let key = fold(name)
        var match = index.account(record: id)
        if match == nil, let same = index.account(named: key) {
            if let linked = same.crmRecord?.recordID, !linked.isEmpty, !id.isEmpty, linked != id {
                return .refused("\(same.name) is already in the portfolio as \(source) record \(linked), this row is record \(id): "
                                + "rename one of them")
            }
            match = same
        }
        var imported = values.filter { $0.key != .recordID }.reduce(into: [String: String]()) { $0[$1.key.rawValue] = $1.value }
        var record = CRMRecord(recordID: id.isEmpty ? (match?.crmRecord?.recordID ?? "") : id, source: source,
                               importedValues: imported, importedOn: context.today)
        guard let account = match else {
            return add(values: values, name: name, record: record, index: index, context: context, options: options)
        }
        // A re-import never renames one account onto another's name.
        if let newName = values[.name], fold(newName) != fold(account.name), index.hasOther(named: fold(newName), than: account.id) {
            return .refused("renaming \(account.name) to \(newName) would give two accounts one name")
        }
        var write: [CRMField: String] = [:]
        var updates: [FieldUpdate] = []
        var conflicts: [Conflict] = []
        for field in CRMField.updatable {
            guard let file = values[field], !file.isEmpty else { continue }   // an empty cell never blanks a field
            let current = field.current(in: account)
            guard current != file else { continue }
            let last = account.crmRecord?.importedValues[field.rawValue]
            if last == file { continue }                                      // the CRM did not change it; the lead did
            if (last != nil && current == last) || (last == nil && current.isEmpty) {
                write[field] = file
                updates.append(FieldUpdate(field: field, from: current, to: file))
            } else {
                conflicts.append(Conflict(field: field, yours: current, file: file, tookFile: options.preferFile))
                if options.preferFile {
                    write[field] = file
                    updates.append(FieldUpdate(field: field, from: current, to: file))
                }
            }
        }
        // A conflict kept the lead's value: the record keeps what the last import wrote there, so the
        // disagreement is reported again (and --prefer-file can still take the file's) until one side changes.
        for conflict in conflicts where !conflict.tookFile {
            imported[conflict.field.rawValue] = account.crmRecord?.importedValues[conflict.field.rawValue]
        }
        record.importedValues = imported
        if write.isEmpty && conflicts.isEmpty && account.crmRecord?.recordID == record.recordID
            && account.crmRecord?.importedValues == record.importedValues {
            return .unchanged(accountID: account.id)
        }
        switch AccountChange.crm(.importValues(write, record: record)).apply(to: account, context: context) {
        case .failure(let refusal): return .refused(refusal.reason)
        case .success(let outcome): return .update(outcome.account, updates: updates, conflicts: conflicts)
        }
    }

    private static func add(values: [CRMField: String], name: String, record: CRMRecord, index: ImportIndex,
                            context: ChangeContext, options: Options) -> Outcome {
        var notes: [String] = []
        let tDay: CalendarDate
        if let text = values[.tDay], let day = CalendarDate(iso: text) {
            tDay = day
        } else if let day = options.defaultTDay {
            tDay = day
            notes.append("T-day \(day.iso) from --t-day")
        } else {
            tDay = BusinessDays.defaultTDay(today: context.today)
            notes.append("no T-day in the file: \(tDay.iso), eight weeks from today on a business day (T moves it)")
        }
        // A T-day on a weekend or a quarter-end Friday is warned of as it is imported.
        notes += BusinessDays.tDayWarnings(tDay).map { "warning: \($0)" }
        var new = NewAccount(name: name, tDay: tDay)
        new.legalEntity = values[.legalEntity] ?? ""
        new.industry = values[.industry] ?? ""
        new.headcount = values[.headcount].flatMap { Int($0) } ?? 0
        new.primaryLocation = values[.location] ?? ""
        new.onboardingCoordinator = values[.coordinator] ?? ""
        new.onboardingLead = values[.onboardingLead] ?? ""
        new.accountManager = values[.accountManager] ?? ""
        new.purchased = values[.purchased] ?? ""
        new.annualValue = values[.annualValue].flatMap { Int($0) } ?? 0
        new.currency = values[.currency] ?? ""
        if let term = values[.termMonths].flatMap({ Int($0) }) { new.termMonths = term }
        new.startDate = values[.startDate].flatMap { CalendarDate(iso: $0) }
        new.renewalDate = values[.renewalDate].flatMap { CalendarDate(iso: $0) }
        new.stage = values[.stage].flatMap { Int($0) }.flatMap { Stage(rawValue: $0) } ?? options.defaultStage
        switch new.make(context: context, named: { index.account(named: $0) }, takenIDs: index.ids) {
        case .failure(let refusal): return .refused(refusal.reason)
        case .success(var account):
            account.crmRecord = record
            return .add(account, notes: notes)
        }
    }

    /// Names compared as the rest of Baton compares them (`PersonName`).
    static func fold(_ text: String) -> String { PersonName.fold(text) }
}
