# fish completion for conflictq(1).
# Installed as share/fish/vendor_completions.d/conflictq.fish.

# Whether the word being completed is one of --check's files: --check takes every file up to the
# next option.
function __conflictq_checking
    for word in (commandline -opc)[-1..2]
        if string match -q -- '-*' $word
            test $word = --check
            return
        end
    end
    return 1
end

# The files ending in .$suffix that the word being completed starts, and directories to go into.
function __conflictq_files -a suffix
    # In --model=FILE the word is FILE; fish puts back the --model= itself.
    set -l token (string replace -r -- '^--[a-z-]+=' '' (commandline -ct))
    string match -r -- '^.*(?:\.'$suffix'|/)$' (complete -C "__fish_command_without_completions $token")
end

complete -c conflictq -f
# The commands of their own: conflictq draft REPORT, conflictq import DATASET FILE...,
# conflictq export --sql DIALECT --output DIR
complete -c conflictq -n __fish_use_subcommand -a 'draft' -d 'Draft a model file from a news report'
complete -c conflictq -n __fish_use_subcommand -a 'export' -d 'Export the model as tables for an SQL engine'
complete -c conflictq -n __fish_use_subcommand -a 'import' -d 'Import UCDP GED, ACLED or GDELT files'
complete -c conflictq -n '__fish_seen_subcommand_from import; and not __fish_seen_subcommand_from ucdp acled gdelt' -a 'ucdp acled gdelt'
complete -c conflictq -n '__fish_seen_subcommand_from ucdp acled gdelt' -a '(__conflictq_files csv) (__conflictq_files tsv)'
complete -c conflictq -n '__fish_seen_subcommand_from draft' -a '(__conflictq_files txt)'
complete -c conflictq -n '__fish_seen_subcommand_from draft import' -l output -x -a '(__conflictq_files yaml)' -d 'Write the model file here'
complete -c conflictq -n '__fish_seen_subcommand_from draft import' -l into -x -a 'builtin timeline (__conflictq_files yaml)' -d 'Into this model'
complete -c conflictq -n '__fish_seen_subcommand_from draft' -l outlet -x -d 'The outlet'
complete -c conflictq -n '__fish_seen_subcommand_from draft' -l date -x -d 'The day the report came out'
complete -c conflictq -n '__fish_seen_subcommand_from draft' -l url -x -d 'The report\'s address'
complete -c conflictq -n '__fish_seen_subcommand_from draft' -l words -x -a '(__conflictq_files yaml)' -d 'More word lists'
complete -c conflictq -n '__fish_seen_subcommand_from draft' -l gazetteer -x -a '(__conflictq_files yaml)' -d 'More actors'
complete -c conflictq -n '__fish_seen_subcommand_from export' -l sql -x -a 'sqlite duckdb postgres' -d 'The engine to write for'
complete -c conflictq -n '__fish_seen_subcommand_from export' -l output -x -a '(__fish_complete_directories)' -d 'The folder to write'
complete -c conflictq -n '__fish_seen_subcommand_from export' -l force -d 'Replace what the output folder holds'
complete -c conflictq -n '__fish_seen_subcommand_from import' -l release -x -d 'The data set\'s release'
complete -c conflictq -n '__fish_seen_subcommand_from import' -l update -x -a '(__conflictq_files yaml)' -d 'Bring this import up to date'
complete -c conflictq -n '__fish_seen_subcommand_from import' -l whole-release -d 'The files are the whole release'
complete -c conflictq -n '__fish_seen_subcommand_from import' -l skip-bad-rows -d 'Leave out bad rows, listing each'
complete -c conflictq -n '__fish_seen_subcommand_from import' -l unresolved -d 'List names that resolve to no actor'
complete -c conflictq -s c -l command -x -d 'Run a query or dot-command'
complete -c conflictq -l format -x -a 'table csv json markdown' -d 'How to print results'
complete -c conflictq -l color -x -a 'auto always never' -d 'When to colour output'
complete -c conflictq -l model -x -a 'builtin (__conflictq_files yaml)' -d 'Use this model file'
complete -c conflictq -l check -x -a 'builtin (__conflictq_files yaml)' -d 'Check model files'
complete -c conflictq -l safe -d 'Refuse dot-commands that read or write files'
complete -c conflictq -l export-model -d 'Print the model as a model file'
complete -c conflictq -l engine -x -d 'Answer queries on an SQL engine (sqlite:FILE, duckdb:FILE, postgres://...)'
complete -c conflictq -l show-sql -x -a 'sqlite duckdb postgres' -d 'Print the SQL each -c query becomes'
complete -c conflictq -l version -d 'Print the version and commit'
complete -c conflictq -s h -l help -d 'Print every option, with examples'
complete -c conflictq -n '__conflictq_checking; and not __fish_seen_subcommand_from draft import export' -a 'builtin (__conflictq_files yaml)'
complete -c conflictq -n 'not __conflictq_checking; and not __fish_seen_subcommand_from draft import export' -a '(__conflictq_files cq)'
