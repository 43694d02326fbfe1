/// Whether this process may change the store, and if not, why not (shown to the lead).
public enum StoreAccess: Equatable, Sendable {
    case readWrite
    case readOnly(reason: String)

    public var isWritable: Bool { self == .readWrite }
}
