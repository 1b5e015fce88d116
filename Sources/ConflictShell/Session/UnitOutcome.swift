/// What running one unit led to: go on, stop with a status, or leave because the user asked.
enum UnitOutcome: Equatable {
    case succeeded
    case failed(ExitStatus)
    /// `.quit` or `.exit`: stop reading input, successfully.
    case quit
}
