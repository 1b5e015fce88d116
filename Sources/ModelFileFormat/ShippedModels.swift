/// The models that come with conflictq, named instead of given as paths: `builtin`, the model of
/// the one report it was made from, and `timeline`, that report with the later ones on the same
/// operation (Models/timeline/ in the source tree, embedded in the binary).
public enum ShippedModels {
    /// The names `--model` and `.load` take, with what each holds.
    public static let names: [(name: String, about: String)] = [
        (ModelFiles.builtinPath, "the built-in model: one report of 2026-02-28"),
        (timeline, "the built-in report and the later reports on the same operation, 2026-02-27 to 2026-03-11"),
    ]

    public static let timeline = "timeline"

    /// The paths a name stands for, in the order they are merged; nil for a path that names no
    /// shipped model. The embedded files' paths start with `timeline/`, which names no file a
    /// user could mean: a file of that name is `./timeline/...`.
    static func paths(of name: String) -> [String]? {
        switch name {
        case ModelFiles.builtinPath: return [ModelFiles.builtinPath]
        case timeline: return [ModelFiles.builtinPath] + embedded.keys.filter { $0.hasPrefix(timeline + "/") }.sorted()
        default: return nil
        }
    }

    /// The text of an embedded file, by its path under Models/.
    static func text(of path: String) -> String? { embedded[path] }

    /// The text of a file of Models/ that is no model, such as the drafter's word lists.
    public static func embeddedText(_ path: String) -> String? { embedded[path] }

    private static let embedded: [String: String] = Dictionary(
        ShippedModelTexts.files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
}
