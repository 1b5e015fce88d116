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
complete -c conflictq -s c -l command -x -d 'Run a query or dot-command'
complete -c conflictq -l format -x -a 'table csv json markdown' -d 'How to print results'
complete -c conflictq -l color -x -a 'auto always never' -d 'When to colour output'
complete -c conflictq -l model -x -a 'builtin (__conflictq_files yaml)' -d 'Use this model file'
complete -c conflictq -l check -x -a 'builtin (__conflictq_files yaml)' -d 'Check model files'
complete -c conflictq -l safe -d 'Refuse dot-commands that read or write files'
complete -c conflictq -l export-model -d 'Print the model as a model file'
complete -c conflictq -l version -d 'Print the version and commit'
complete -c conflictq -s h -l help -d 'Print every option, with examples'
complete -c conflictq -n __conflictq_checking -a 'builtin (__conflictq_files yaml)'
complete -c conflictq -n 'not __conflictq_checking' -a '(__conflictq_files cq)'
