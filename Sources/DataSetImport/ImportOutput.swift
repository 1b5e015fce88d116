import ConflictModel
import ModelFileFormat

extension DataSetImporter {
    /// The shipped alias table, by its name under Models/: names that data sets give the actors
    /// of conflictq's models.
    public static let aliasTable = "datasets/aliases.yaml"

    /// The import as a model file, headed by what it was made from and the data set's terms.
    public static func modelFile(_ result: Result, kind: Kind, files: [String]) -> String {
        modelFile(result.model, kind: kind, files: files)
    }

    /// `model` as a model file: an import, or an earlier one brought up to date (`ImportUpdate`).
    public static func modelFile(_ model: ConflictModel, kind: Kind, files: [String]) -> String {
        let header = [
            "A model file imported by `conflictq import \(kind.rawValue)`, last from \(files.joined(separator: ", ")):",
            "\(model.events.count) events, \(model.claims.count) claims, \(model.statements.count) statements.",
            "Load it with the models it was imported into: conflictq --model timeline --model THIS-FILE.",
            "",
        ] + attribution(kind)
        return ModelFiles.export(model, header: header, comments: { _, _ in [] })
    }

    /// Each data set's terms ask users to cite it.
    static func attribution(_ kind: Kind) -> [String] {
        switch kind {
        case .ucdp:
            return [
                "UCDP data, CC BY 4.0: UCDP Georeferenced Event Dataset (GED) Global; Sundberg and Melander (2013),",
                "\"Introducing the UCDP Georeferenced Event Dataset\", Journal of Peace Research 50(4); Davies et al. (2023).",
            ]
        case .acled:
            return ["ACLED data: Armed Conflict Location & Event Data Project (ACLED); www.acleddata.com. ACLED's terms of use apply."]
        case .gdelt:
            return ["GDELT data: the GDELT Project, www.gdeltproject.org, free and open; cite the GDELT Project."]
        }
    }

    /// What was read, for standard error.
    public static func summary(_ result: Result, kind: Kind) -> String {
        let model = result.model
        // The rows' events, not the conflicts they are part of.
        let rowEvents = model.events.filter { $0.kind != .conflict }.count
        var lines = [
            "imported \(result.rows - result.rowsLeftOut) of \(result.rows) \(kind.dataset) row\(result.rows == 1 ? "" : "s"): "
                + "\(rowEvents) events, \(model.claims.count) claims, \(model.statements.count) statements"
        ]
        if result.rowsLeftOut > 0 {
            lines.append("\(result.rowsLeftOut) row\(result.rowsLeftOut == 1 ? " was" : "s were") left out, each listed above")
        }
        if !result.unresolved.isEmpty {
            let shown = result.unresolved.prefix(5).map { "\($0.name) (\($0.rows))" }.joined(separator: ", ")
            lines.append(
                "\(result.unresolved.count) name\(result.unresolved.count == 1 ? "" : "s") resolved to no known actor and "
                    + "\(result.unresolved.count == 1 ? "is an actor" : "are actors") of \(result.unresolved.count == 1 ? "its" : "their") own: "
                    + shown + (result.unresolved.count > 5 ? ", ..." : "") + " (all of them: --unresolved)")
        }
        return lines.joined(separator: "\n")
    }
}
