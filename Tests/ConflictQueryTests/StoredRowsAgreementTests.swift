import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import Foundation
import ModelFileFormat
import TestSupport
import Testing

/// A store's rows are read where they lie, by columns, and never made whole for a listing, a count
/// or a sum: every such query must answer exactly as it does on the same data set read from its
/// model file, to the last note and source. The queries are the golden file's on the data set and
/// one of each kind for every field of events and claims, with values the data set holds.
@Suite struct StoredRowsAgreementTests {
    static let modelFile = PackagePaths.root + "/Tests/ConflictQueryTests/Models/ged-afghanistan-pakistan.yaml"

    /// The import read from its model file, and from a store written from it: alone, and beside the timeline.
    static let models: [String: (file: ConflictModel, store: ConflictModel)] = {
        do {
            let scratch = try TemporaryDirectory()
            let store = scratch.file("ged.cqstore")
            try Data(ModelFiles.exportStore(try ModelFiles.load([modelFile]))).write(to: URL(fileURLWithPath: store))
            return [
                "alone": (try ModelFiles.load([modelFile]), try ModelFiles.load([store])),
                "beside the timeline": (try ModelFiles.load(["timeline", modelFile]), try ModelFiles.load(["timeline", store])),
            ]
        } catch { fatalError("\(error)") }
    }()

    @Test func theStoreKeepsItsRowsAsColumns() {
        for (_, pair) in Self.models {
            #expect(pair.store.rows?.eventCount == 169)
            #expect(pair.file.rows == nil)
        }
    }

    /// Queries built from every field: grouping by it, testing it against a value the data set
    /// has, ordering by it, and sums, extremes and averages by it.
    static func queries(_ model: ConflictModel) -> [String] {
        var queries = GoldenFile.cases().filter { $0.file == "datasets.test" }.map(\.query)
        let engine = QueryEngine(model: model)
        for entity in ["events", "claims"] {
            let fields = (try? engine.run("fields of \(entity)"))?.first?.rows.map { $0.values[1].text } ?? []
            for field in fields {
                queries.append("count \(entity) by \(field) order by count desc, \(field) limit 12")
                queries.append("\(entity) where \(field) != none order by \(field) desc, id limit 7 with sources")
                let values = (try? engine.run("values of \(field) in \(entity)"))?.first?.rows.map { $0.values[0].text } ?? []
                for value in values.prefix(3) where !value.isEmpty {
                    let literal = "\"" + value.replacingOccurrences(of: "\"", with: "") + "\""
                    queries.append("count \(entity) where \(field) = \(literal)")
                    queries.append("\(entity) where \(field) in (\(literal), \"x\") or not \(field) contains \"a\" order by id limit 9")
                    if Double(value) != nil {
                        queries.append("count \(entity) where \(field) > \(value) or \(field) <= 1")
                        queries.append("\(entity) where possibly \(field) >= \(value) order by id limit 5")
                    }
                    if entity == "claims" { queries.append("sum killed where \(field) = \(literal) by unit with intervals") }
                }
                if entity == "claims" {
                    for function in ["sum", "max", "min", "avg", "count"] {
                        queries.append("\(function) killed by \(field) with intervals with sources")
                    }
                }
            }
        }
        queries += [
            "sum killed according to UCDP where country = Afghanistan by party, year",
            "sum killed where party within Afghanistan and year >= 2015 by claimant",
            "sum killed + injured where event = \"Afghanistan: Government\"",
            "events where side = Taleban and date >= 2015-01-01 and date <= 2016-12-31 order by date, id",
            "count events by category, year where dataset = \"UCDP GED\" order by year",
            "chart bars sum killed according to UCDP by year",
            "claims where event = ucdp-236880 order by part_of with intervals",
            "count claims where value > 100 or possibly value > 50",
            "max killed where counted = people by party",
            "show event ucdp-236880", "show event \"Government of Afghanistan - Taleban, Hilmand province, 2016-12-29\"",
            "show claim 1821", "show claim 1819", "show event \"Afghanistan: Government\"", "show event nowhere", "show event ucdp-23688",
            "show claim 999999", "show statement 1", "show source ucdp-ged-23.1", "show actor Taleban",
            "describe TTP", "describe Taleban", "describe Afghanistan", "describe \"Afghanistan: Government\"", "describe ucdp-236880",
            "describe \"TTP - Civilians, Jamrud town, 2013-12-21\"", "describe killed", "describe UCDP", "describe ucdp-ged-23.1",
            "describe \"mediation offer\"", "describe nowhere", "describe \"Mangal - Turi, Parachinar town\"", "measures", "units", "entities", "values of country in events", "values of year in claims",
            "history killed according to UCDP", "history killed", "history", "history killed where party = \"Afghan Taliban\"",
            "history killed, injured where country = Afghanistan", "chart history killed according to Tarar", "count events as of 2016-12-31", "count sources", "sources",
            "count actors by kind", "actors where kind = \"armed group\" order by name", "statements", "quotes",
            "count statements by act", "actors offering mediation",
        ]
        return queries
    }

    @Test(arguments: ["alone", "beside the timeline"])
    func everyQueryAnswersAsOnTheModelFile(_ name: String) throws {
        let (file, store) = try #require(Self.models[name])
        let queries = Self.queries(file)
        #expect(queries.count > 200)
        for query in queries {
            let expected = Self.answer(query, file), answered = Self.answer(query, store)
            #expect(expected == answered, "\(name): \(query)\n\(expected)\n----\n\(answered)")
        }
    }
}

/// A store whose column holds a value out of range answers no question that read it: the query
/// engine says where the store is damaged, and nothing crashes whatever byte is changed.
@Suite struct DamagedStoreTests {
    static let bytes: [UInt8] = {
        do { return ModelFiles.exportStore(try ModelFiles.load([StoredRowsAgreementTests.modelFile])) } catch { fatalError("\(error)") }
    }()

    @Test func aTextOutOfTheTableIsAnErrorNamingItsByte() throws {
        var damaged = Self.bytes
        // The last column is the last row's kept record columns: its last value's place, now past the table.
        for index in damaged.count - 4..<damaged.count { damaged[index] = 0xFF }
        let model = try ModelFiles.loadStore(bytes: damaged, path: "ged.cqstore")
        let last = try #require(model.rows.map { $0.text(.id, ofEvent: $0.eventCount - 1) } ?? nil)
        // A count reads no record column: it is answered.
        #expect(try QueryEngine(model: model).run("count events").first?.rows.first?.values.first == .integer(model.eventCount))
        do {
            _ = try QueryEngine(model: model).run("show event \(last)")
            Issue.record("a damaged value was shown")
        } catch {
            #expect(error.message.hasPrefix("the model's store is damaged at byte \(damaged.count - 4)"), "\(error.message)")
        }
    }

    @Test func anyChangedByteOfTheColumnsIsAnAnswerOrAnError() throws {
        let queries = ["count events by category", "sum killed by party, year with intervals", "claims where counted = civilians limit 3",
                       "events where side = TTP order by date limit 3", "values of place in events"]
        // The columns are the last part of the store: about a third of it here.
        for position in stride(from: Self.bytes.count * 2 / 3, to: Self.bytes.count, by: 401) {
            var damaged = Self.bytes
            damaged[position] ^= 0xA5
            guard let model = try? ModelFiles.loadStore(bytes: damaged, path: "ged.cqstore") else { continue }
            for query in queries { _ = try? QueryEngine(model: model).run(query) }
        }
    }
}

extension StoredRowsAgreementTests {
    /// The tables rendered with every row's sources, or the error: all an answer shows.
    static func answer(_ query: String, _ model: ConflictModel) -> String {
        do {
            return try QueryEngine(model: model).run(query).map { table in
                GoldenFile.render(table) + "\n" + table.rows.map { "\($0.provenance)" }.joined(separator: "\n")
            }.joined(separator: "\n")
        } catch {
            return "error: \(error.message)"
        }
    }
}
