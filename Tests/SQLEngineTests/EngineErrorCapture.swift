import ConflictQuery
import Testing

/// The `SQLEngineError` a call threw, or nil when it threw none. Any other error is an issue.
func engineError(_ body: () throws -> Void) -> SQLEngineError? {
    do {
        try body()
        return nil
    } catch let error as SQLEngineError {
        return error
    } catch {
        Issue.record(error)
        return nil
    }
}
