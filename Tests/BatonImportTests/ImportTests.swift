import BatonCore
import Foundation
import Testing
@testable import BatonImport

/// The fixtures beside this file, as a CRM wrote them (bytes, not text: BOM, CRLF, Windows-1252).
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    static func table(_ name: String) throws -> CSVTable { try CSVTable.parse(try data(name)) }

    static let context = ChangeContext(today: CalendarDate(iso: "2026-11-20")!, now: Date(timeIntervalSince1970: 1_795_000_000),
                                       by: "Sarah Khan", timeZone: .utc)

    static func plan(_ name: String, portfolio: Portfolio = Portfolio(owner: "Sarah Khan"), map: [String] = [],
                     options: ImportPlan.Options = .init()) throws -> ImportPlan {
        let table = try table(name)
        let mapping = try ColumnMapping(header: table.header, overrides: try ColumnMapping.pairs(map))
        return ImportPlan(table: table, mapping: mapping, portfolio: portfolio, context: context, options: options)
    }

    static func plan(csv: String, portfolio: Portfolio, options: ImportPlan.Options = .init()) throws -> ImportPlan {
        let table = try CSVTable.parse(Data(csv.utf8))
        return ImportPlan(table: table, mapping: try ColumnMapping(header: table.header), portfolio: portfolio,
                          context: context, options: options)
    }
}

@Suite("Reading a CRM's CSV export")
struct CSVReadingTests {
    @Test("a Salesforce export with a byte-order mark, CRLF and quoted commas, quotes and line breaks reads cleanly")
    func salesforceQuirks() throws {
        let table = try Fixtures.table("salesforce-accounts.csv")
        #expect(table.header.first == "Account ID")          // the BOM is not part of the first column's name
        #expect(table.delimiter == ",")
        #expect(table.records.count == 6)
        let names = table.records.map { $0.fields[1] }
        #expect(names.contains("Alpen Hotels, GmbH"))
        #expect(names.contains("The \"Quoted\" Company"))
        #expect(names.contains("東京商事"))
        let twoLine = try #require(table.records.first { $0.fields[1] == "Two Line Ltd" })
        #expect(twoLine.fields[5].contains("Lagos") && twoLine.fields[5].contains("Ikeja"))
        // The record after the one with a line break starts a line later than its index says.
        #expect(table.records.map(\.line) == [2, 3, 4, 5, 6, 8])
    }

    @Test("a semicolon-separated Windows-1252 HubSpot export is detected and converted")
    func hubspotSemicolon1252() throws {
        let table = try Fixtures.table("hubspot-companies-1252.csv")
        #expect(table.delimiter == ";")
        #expect(table.encoding.contains("Windows-1252"))
        #expect(table.records[0].fields[1] == "Société Générale de Tests")
        #expect(table.records[1].fields[1] == "Nordsjø Fisk AS")
        #expect(table.records[2].fields[1] == "Smith; Jones & Co")
    }

    @Test("a file in neither UTF-8 nor Windows-1252 is refused with the reason and the line")
    func unknownEncodingRefused() {
        let bytes = Data("Account Name\nGood\nBad \u{0}".utf8) + Data([0x81, 0x0A])
        #expect(throws: ImportFileError.self) { try CSVTable.parse(bytes) }
        do { _ = try CSVTable.parse(bytes) } catch let error as ImportFileError {
            #expect(error.line == 3)
            #expect(error.reason.contains("neither UTF-8 nor Windows-1252"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test("a workbook saved as .xlsx is refused with what to do")
    func workbookRefused() {
        let bytes = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
        do { _ = try CSVTable.parse(bytes); Issue.record("read a workbook as CSV") } catch let error as ImportFileError {
            #expect(error.reason.contains("CSV UTF-8"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test("a stray quote inside an unquoted field is reported with its line")
    func strayQuote() {
        let csv = "Account Name,Employees\nGood,1\nBad 5\" screen,2\n"
        do { _ = try CSVTable.parse(Data(csv.utf8)); Issue.record("read a malformed quote") } catch let error as ImportFileError {
            #expect(error.line == 3)
            #expect(error.reason.contains("quote"))
        } catch { Issue.record("unexpected \(error)") }
    }
}

@Suite("Planning an import")
struct ImportPlanTests {
    @Test("Salesforce columns are recognised: names, record ids, owners, headcounts and places")
    func salesforceMapped() throws {
        let plan = try Fixtures.plan("salesforce-accounts.csv")
        #expect(plan.source == "Salesforce")
        #expect(plan.refused.isEmpty)
        #expect(plan.added.count == 6)
        let northwind = try #require(plan.accounts.first { $0.name == "Northwind Logistics" })
        #expect(northwind.crmRecord?.recordID == "0015g00000AbCdE")
        #expect(northwind.crmRecord?.source == "Salesforce")
        #expect(northwind.identity.headcount == 1200)
        #expect(northwind.identity.primaryLocation == "Leeds, United Kingdom")
        #expect(northwind.people.onboardingCoordinator == "Tom Reeves")
        #expect(northwind.people.onboardingLead == "Sarah Khan")
        #expect(northwind.contract.annualValue == 0)            // Annual Revenue is the customer's, not the contract's
        #expect(plan.unmappedColumns == ["Website"])
        #expect(plan.columnNotes.contains { $0.hasPrefix("Annual Revenue") })
        #expect(northwind.tDay == Fixtures.context.today.adding(days: 56))
    }

    @Test("HubSpot columns are recognised in a semicolon file")
    func hubspotMapped() throws {
        let plan = try Fixtures.plan("hubspot-companies-1252.csv")
        #expect(plan.source == "HubSpot")
        #expect(plan.added.count == 3)
        let sg = try #require(plan.accounts.first { $0.crmRecord?.recordID == "9001" })
        #expect(sg.name == "Société Générale de Tests")
        #expect(sg.people.onboardingCoordinator == "Élodie Martin")
        #expect(sg.identity.headcount == 5000)
        #expect(sg.identity.primaryLocation == "Paris, France")
    }

    @Test("bad rows are refused with the file's line numbers and the reason")
    func badRows() throws {
        let plan = try Fixtures.plan("bad-rows.csv")
        let refused = plan.refused.map { ($0.line, $0.outcome) }
        #expect(refused.map(\.0) == [4, 5, 6])
        #expect(plan.report().contains { $0.contains("line 4") && $0.contains("“twelve” is not a whole number") })
        #expect(plan.report().contains { $0.contains("line 5") && $0.contains("An account needs a name") })
        #expect(plan.report().contains { $0.contains("line 6") && $0.contains("needs quotes") })
        #expect(plan.added.map(\.line) == [2, 7])
    }

    @Test("--map maps any file's columns, and a field it does not know is refused with the list")
    func mapping() throws {
        let csv = "Customer,Key,Seats\nAcme,A-1,30\n"
        let table = try CSVTable.parse(Data(csv.utf8))
        #expect(throws: ImportFileError.self) { try ColumnMapping(header: table.header) }
        let mapping = try ColumnMapping(header: table.header, overrides: try ColumnMapping.pairs(["Customer=name,Key=record-id", "Seats=headcount"]))
        let plan = ImportPlan(table: table, mapping: mapping, portfolio: Portfolio(), context: Fixtures.context)
        #expect(plan.accounts.first?.identity.headcount == 30)
        #expect(plan.accounts.first?.crmRecord?.recordID == "A-1")
        do { _ = try ColumnMapping(header: table.header, overrides: [("Seats", "seats")]); Issue.record("accepted a field") }
        catch let error as ImportFileError { #expect(error.reason.contains("headcount")) }
    }

    @Test("re-importing the same export changes nothing and duplicates nothing")
    func reimportSame() throws {
        let first = try Fixtures.plan("salesforce-accounts.csv")
        let portfolio = Portfolio(owner: "Sarah Khan", accounts: first.accounts)
        let again = try Fixtures.plan("salesforce-accounts.csv", portfolio: portfolio)
        #expect(again.added.isEmpty)
        #expect(again.unchanged.count == 6)
        #expect(again.accounts.isEmpty)
    }

    @Test("a newer export updates what the CRM changed; a field the lead changed is a conflict, kept unless --prefer-file")
    func reimportConflicts() throws {
        let csv1 = "Account ID,Account Name,Industry,Employees\n001,Acme,Retail,100\n"
        let first = try Fixtures.plan(csv: csv1, portfolio: Portfolio())
        var acme = try #require(first.accounts.first)
        acme.identity.industry = "Wholesale"        // the lead's own edit in Baton
        let portfolio = Portfolio(accounts: [acme])
        let csv2 = "Account ID,Account Name,Industry,Employees\n001,Acme Corp,E-commerce,150\n"
        let plan = try Fixtures.plan(csv: csv2, portfolio: portfolio)
        #expect(plan.added.isEmpty)
        let updated = try #require(plan.accounts.first)
        #expect(updated.id == acme.id)
        #expect(updated.name == "Acme Corp")
        #expect(updated.identity.headcount == 150)
        #expect(updated.identity.industry == "Wholesale")
        #expect(plan.conflicts == [ImportPlan.Conflict(field: .industry, yours: "Wholesale", file: "E-commerce", tookFile: false)])
        #expect(plan.report().contains { $0.contains("conflict") && $0.contains("kept yours") })

        let preferFile = try Fixtures.plan(csv: csv2, portfolio: portfolio, options: .init(preferFile: true))
        #expect(preferFile.accounts.first?.identity.industry == "E-commerce")

        // Kept, the conflict stands: the same file again reports it, and --prefer-file can still take the file's.
        let again = try Fixtures.plan(csv: csv2, portfolio: Portfolio(accounts: [updated]))
        #expect(again.conflicts.map(\.field) == [.industry])
        let later = try Fixtures.plan(csv: csv2, portfolio: Portfolio(accounts: [updated]), options: .init(preferFile: true))
        #expect(later.accounts.first?.identity.industry == "E-commerce")
        // Once the file says what the lead says, there is nothing left to report.
        let aligned = try Fixtures.plan(csv: csv2.replacingOccurrences(of: "E-commerce", with: "Wholesale"),
                                        portfolio: Portfolio(accounts: [updated]))
        #expect(aligned.conflicts.isEmpty)
    }

    @Test("a record id given twice in one file is refused on the second line")
    func repeatedRecord() throws {
        let plan = try Fixtures.plan(csv: "Record ID,Company name\n7,A\n7,B\n", portfolio: Portfolio())
        #expect(plan.refused.map(\.line) == [3])
        #expect(plan.report().contains { $0.contains("first on line 2") })
    }

    @Test("an account added by hand is linked to its CRM record by name, not added twice")
    func linksByName() throws {
        let existing = try NewAccount(name: "Café Müller", tDay: CalendarDate(iso: "2027-01-10")!)
            .make(context: Fixtures.context, existing: []).get()
        let plan = try Fixtures.plan(csv: "Record ID,Company name,City\n42,cafe muller,Berlin\n",
                                     portfolio: Portfolio(accounts: [existing]))
        #expect(plan.added.isEmpty)
        let linked = try #require(plan.accounts.first)
        #expect(linked.id == existing.id)
        #expect(linked.crmRecord?.recordID == "42")
        #expect(linked.identity.primaryLocation == "Berlin")
        #expect(linked.tDay == existing.tDay)
    }
}
