# bash completion for conflictq(1).
# Installed as share/bash-completion/completions/conflictq; to try it by hand: source conflictq.bash

# Adds to COMPREPLY the files ending in .$1 that start with $2, and directories to go into.
_conflictq_files() {
    local IFS=$'\n'
    COMPREPLY+=($(compgen -d -- "$2") $(compgen -f -X "!*.$1" -- "$2"))
    compopt -o filenames 2>/dev/null
}

_conflictq() {
    local cur=${COMP_WORDS[COMP_CWORD]} index=$((COMP_CWORD - 1))
    COMPREPLY=()
    # --format=csv is split by bash into "--format" "=" "csv": complete the value after the "=".
    if [[ $cur == = ]]; then
        cur=
    elif [[ $index -gt 0 && ${COMP_WORDS[index]} == = ]]; then
        index=$((index - 1))
    fi
    local prev=
    ((index > 0)) && prev=${COMP_WORDS[index]}
    case $prev in
        -c | --command) return ;; # a query: nothing to offer
        --format)
            COMPREPLY=($(compgen -W 'table csv json markdown' -- "$cur"))
            return
            ;;
        --color)
            COMPREPLY=($(compgen -W 'auto always never' -- "$cur"))
            return
            ;;
        --model)
            COMPREPLY=($(compgen -W 'builtin' -- "$cur"))
            _conflictq_files yaml "$cur"
            return
            ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W '-c --command --format --color --model --check --safe --export-model
            --version -h --help' -- "$cur"))
        return
    fi
    # --check takes every file up to the next option.
    local word
    for ((index = COMP_CWORD - 1; index > 0; index--)); do
        word=${COMP_WORDS[index]}
        if [[ $word == -* ]]; then
            if [[ $word == --check ]]; then
                COMPREPLY=($(compgen -W 'builtin' -- "$cur"))
                _conflictq_files yaml "$cur"
                return
            fi
            break
        fi
    done
    _conflictq_files cq "$cur"
}

complete -F _conflictq conflictq
