/// Work for the runtime: the only way update asks for anything outside the state.
public enum Effect: Equatable, Sendable {
    case quit
    case redraw
    case setMouse(Bool)
}
