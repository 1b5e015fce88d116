#!/bin/sh
# Writes the Swift file that holds the texts of the shipped model files:
#   embed-models.sh OUTPUT_FILE MODELS_DIR FILE...     (FILE relative to MODELS_DIR: timeline/03-x.yaml)
# Each text goes into a raw string literal, read back byte for byte; a file that holds the literal's
# closing delimiter cannot be embedded and fails the build.
set -eu
output=$1
models=$2
shift 2
delimiter='"""####'
{
    echo "// Written by Plugins/ShippedModels/embed-models.sh at build time from Models/; not kept in git."
    echo "enum ShippedModelTexts {"
    echo "    /// (path under Models/, text), in path order."
    echo "    static let files: [(path: String, text: String)] = ["
    for file in "$@"; do
        if grep -q "$delimiter" "$models/$file"; then
            echo "embed-models.sh: $file holds $delimiter and cannot be embedded" >&2
            exit 1
        fi
        echo "        (\"$file\", ####\"\"\""
        cat "$models/$file"
        echo ""
        echo "\"\"\"####),"
    done
    echo "    ]"
    echo "}"
} > "$output.tmp"
mv "$output.tmp" "$output"
