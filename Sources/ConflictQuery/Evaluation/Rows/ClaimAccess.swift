import ConflictModel

/// What sums read of the claims they add, by position among a model's claims: its entries, then
/// its stored rows. Read in place either way: a sum over a store makes no claim.
struct ClaimAccess {
    let model: ConflictModel
    private let entries: Int

    init(_ model: ConflictModel) {
        self.model = model
        entries = model.claims.count
    }

    /// Whether the claim is an entry, which can be a running total; a stored row never is.
    func isEntry(_ position: Int) -> Bool { position < entries }

    func quantity(_ position: Int) -> Quantity {
        position < entries ? model.claims[position].quantity : model.rows!.quantity(ofClaim: position - entries)
    }

    func measure(_ position: Int) -> String {
        position < entries ? model.claims[position].measure : model.rows!.text(.measure, ofClaim: position - entries) ?? ""
    }

    func unit(_ position: Int) -> String {
        position < entries ? model.claims[position].unit : model.rows!.text(.unit, ofClaim: position - entries) ?? ""
    }

    func stance(_ position: Int) -> Claim.Stance {
        position < entries ? model.claims[position].stance : model.rows!.stance(ofClaim: position - entries)
    }

    func id(_ position: Int) -> Int {
        position < entries ? model.claims[position].id : model.rows!.id(ofClaim: position - entries)
    }

    func partOf(_ position: Int) -> Int? {
        position < entries ? model.claims[position].partOf : model.rows!.partOf(ofClaim: position - entries)
    }

    func sources(_ position: Int) -> [SourceRef] {
        position < entries ? model.claims[position].sources : model.rows!.sources(ofClaim: position - entries)
    }
}
