import Foundation

/// A Salesforce account export of any number of rows, made up, for the import's benchmark and its
/// test of scale: unique names and record ids, a quoted name with a comma every seventh row, a
/// street with a line break every ninety-seventh, a column no one maps.
public enum GeneratedExport {
    public static let header = "Account ID,Account Name,Account Owner,Industry,Employees,Billing Street,Billing City,"
        + "Billing Country,Annual Revenue,Website\r\n"

    private static let first = ["Northwind", "Alpen", "Harbour", "Meridian", "Quarry", "Lumen", "Osprey", "Tessera", "Vantage",
                                "Cobalt", "Juniper", "Kestrel", "Orchid", "Pioneer", "Summit", "Tidewater"]
    private static let second = ["Logistics", "Hotels", "Foods", "Analytics", "Health", "Energy", "Retail", "Textiles",
                                 "Transport", "Software", "Insurance", "Pharma"]
    private static let owners = ["Tom Reeves", "Anna Berger", "Lee Park", "Jonas Weber", "Élodie Martin", "Sarah Khan"]
    private static let places = [("Leeds", "United Kingdom"), ("Innsbruck", "Austria"), ("Seoul", "South Korea"),
                                 ("München", "Germany"), ("Lagos", "Nigeria"), ("São Paulo", "Brazil")]

    /// Row `i` (from 0): the same row for the same `i`, every time.
    public static func row(_ i: Int) -> String {
        let name = "\(first[i % first.count]) \(second[(i / first.count) % second.count]) \(i + 1)"
        let shownName = i % 7 == 3 ? "\"\(name), Ltd\"" : name
        let street = i % 97 == 5 ? "\"\(i % 300 + 1) Main Street\nSuite \(i % 40 + 1)\"" : "\(i % 300 + 1) Main Street"
        let (city, country) = places[i % places.count]
        return "001G\(String(i, radix: 36, uppercase: true)),\(shownName),\(owners[i % owners.count]),\(second[i % second.count]),"
            + "\(50 + i % 5000),\(street),\(city),\(country),\((i % 90 + 1) * 100000),www.example-\(i).com\r\n"
    }

    /// The whole export as bytes (fine for a test's 50,000 rows: about 6 MB).
    public static func data(rows: Int) -> Data {
        var text = header
        for i in 0..<rows { text += row(i) }
        return Data(text.utf8)
    }

    /// The export in pieces of about a megabyte, for a benchmark to write out: 100,000 rows never
    /// sit in memory whole.
    public static func pieces(rows: Int, _ body: (Data) throws -> Void) rethrows {
        var text = header
        for i in 0..<rows {
            text += row(i)
            if text.utf8.count > 1 << 20 {
                try body(Data(text.utf8))
                text = ""
            }
        }
        try body(Data(text.utf8))
    }
}
