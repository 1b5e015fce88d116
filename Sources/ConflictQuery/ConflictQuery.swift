// The query language: text → tokens → AST → evaluation → a result table.
