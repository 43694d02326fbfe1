/// What each demo account's CRM record holds beyond its story (000:440–445): trading names,
/// registered addresses, the agreed deliverables, and the documents the record cannot show
/// that the lead has filed. The accounts still being onboarded lack some of it, as real ones do.
enum DemoRecords {
    struct Record {
        var tradingName: String
        var registeredAddress: String
        var deliverables: String
        /// The signed welcome pack, kick-off minutes and customer success summary, as far as filed.
        var filed: [LibraryDocument]
    }

    static let all3: [LibraryDocument] = [.signedWelcomePack, .kickOffMinutes, .customerSuccessSummary]

    static let records: [String: Record] = [
        // Just received from Sales: no registered address yet, nothing filed.
        "acct-sahyadri": Record(tradingName: "Sahyadri Cold Chain", registeredAddress: "",
                                deliverables: "", filed: []),
        "acct-cascadia": Record(tradingName: "Cascadia Timber", registeredAddress: "1200 Harbour Road, Coos Bay, OR 97420, USA",
                                deliverables: "", filed: [.signedWelcomePack]),
        "acct-ferreira": Record(tradingName: "Ferreira & Filhos", registeredAddress: "Rua do Comércio 210, 4050-182 Porto, Portugal",
                                deliverables: "Route planning for 38 vans; telematics integration", filed: [.signedWelcomePack]),
        "acct-lyon": Record(tradingName: "Eaux de Rhône-Saône", registeredAddress: "14 quai Perrache, 69002 Lyon, France",
                            deliverables: "Field-crew scheduling for 6 depots; SCADA alarm hand-off", filed: [.signedWelcomePack, .kickOffMinutes]),
        "acct-mueller": Record(tradingName: "Müller & Söhne", registeredAddress: "Hafenstraße 12, 28217 Bremen, Germany",
                               deliverables: "Yard scheduling for 2 depots; SAP TM integration", filed: [.signedWelcomePack, .kickOffMinutes]),
        "acct-coralcoast": Record(tradingName: "Coral Coast Health", registeredAddress: "88 Esplanade, Cairns QLD 4870, Australia",
                                  deliverables: "Rostering for 4 clinics; payroll export", filed: [.signedWelcomePack, .kickOffMinutes]),
        "northwind": Record(tradingName: "Northwind", registeredAddress: "Wharf House, 1 Wharf Street, Leeds LS2 7EE, United Kingdom",
                            deliverables: "Rota planning for 3 sites and 47 named users; ERP integration; 5 training sessions",
                            filed: [.signedWelcomePack, .kickOffMinutes]),
        "acct-bluefin": Record(tradingName: "Blue Fin Seafood", registeredAddress: "400 Pier 9, Seattle, WA 98121, USA",
                               deliverables: "Cold-chain tracking for 3 plants; ERP integration", filed: all3),
        "acct-alpenblick": Record(tradingName: "Alpenblick", registeredAddress: "Bahnhofstrasse 40, 3800 Interlaken, Switzerland",
                                  deliverables: "Housekeeping scheduling for 5 hotels; PMS integration", filed: all3),
        "acct-hokuto": Record(tradingName: "Hokuto Seimitsu", registeredAddress: "2-3-1 Meieki, Nakamura-ku, Nagoya 450-0002, Japan",
                              deliverables: "Shift planning for 2 plants; MES integration", filed: all3),
        "acct-pinecrest": Record(tradingName: "Pinecrest Dental", registeredAddress: "2200 Pine Street, Boulder, CO 80302, USA",
                                 deliverables: "Chair scheduling for 9 practices; practice-management integration", filed: all3),
        "acct-hanbit": Record(tradingName: "Hanbit Biomedical", registeredAddress: "55 Digital-ro, Guro-gu, Seoul 08378, South Korea",
                              deliverables: "Lab scheduling for 3 sites; LIMS integration", filed: all3),
    ]

    static func apply(to account: inout Account) {
        guard let r = records[account.id] else { return }
        account.identity.tradingName = r.tradingName
        account.identity.registeredAddress = r.registeredAddress
        account.contract.deliverables = r.deliverables
        account.crmTransfer.filed = r.filed
    }
}
