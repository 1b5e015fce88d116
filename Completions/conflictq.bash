# bash completion for conflictq(1).
# Installed as share/bash-completion/completions/conflictq; to try it by hand: source conflictq.bash

# Adds to COMPREPLY the files ending in .$1 that start with $2, and directories to go into.
_conflictq_files() {
    local IFS=$'\n'
    COMPREPLY+=($(compgen -d -- "$2") $(compgen -f -X "!*.$1" -- "$2"))
    compopt -o filenames 2>/dev/null
}

# `conflictq export --sql DIALECT --output DIR`: its own options; no files but the models.
_conflictq_export() {
    local cur=$1 prev=$2
    case $prev in
        --sql)
            COMPREPLY=($(compgen -W 'sqlite duckdb postgres' -- "$cur"))
            return
            ;;
        --output)
            local IFS=$'\n'
            COMPREPLY=($(compgen -d -- "$cur"))
            compopt -o filenames 2>/dev/null
            return
            ;;
        --model)
            COMPREPLY=($(compgen -W 'builtin timeline' -- "$cur"))
            _conflictq_files yaml "$cur"
            local IFS=$'\n'
            COMPREPLY+=($(compgen -f -X '!*.cqstore' -- "$cur"))
            return
            ;;
    esac
    [[ $cur == -* ]] && COMPREPLY=($(compgen -W '--sql --model --output --force -h --help' -- "$cur"))
}

# `conflictq draft REPORT` and `conflictq import DATASET FILE...`: their own options and files.
_conflictq_subcommand() {
    local command=$1 cur=$2 prev=$3 position=$4
    case $prev in
        --output | --update | --words | --gazetteer)
            _conflictq_files yaml "$cur"
            return
            ;;
        --into)
            COMPREPLY=($(compgen -W 'builtin timeline' -- "$cur"))
            _conflictq_files yaml "$cur"
            return
            ;;
        --outlet | --date | --url | --release) return ;; # a value of the user's: nothing to offer
    esac
    if [[ $cur == -* ]]; then
        if [[ $command == import ]]; then
            COMPREPLY=($(compgen -W '--output --into --release --update --whole-release --skip-bad-rows --unresolved
                -h --help' -- "$cur"))
        else
            COMPREPLY=($(compgen -W '--output --into --outlet --date --url --words --gazetteer -h --help' -- "$cur"))
        fi
        return
    fi
    if [[ $command == import ]]; then
        if ((position == 2)); then
            COMPREPLY=($(compgen -W 'ucdp acled gdelt' -- "$cur"))
            return
        fi
        _conflictq_files csv "$cur"
        local IFS=$'\n'
        COMPREPLY+=($(compgen -f -X '!*.tsv' -- "$cur"))
    else
        _conflictq_files txt "$cur"
    fi
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
    if ((COMP_CWORD > 1)) && [[ ${COMP_WORDS[1]} == export ]]; then
        _conflictq_export "$cur" "$prev"
        return
    fi
    if ((COMP_CWORD > 1)) && [[ ${COMP_WORDS[1]} == draft || ${COMP_WORDS[1]} == import ]]; then
        _conflictq_subcommand "${COMP_WORDS[1]}" "$cur" "$prev" "$COMP_CWORD"
        return
    fi
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
        --show-sql)
            COMPREPLY=($(compgen -W 'sqlite duckdb postgres' -- "$cur"))
            return
            ;;
        --engine)
            _conflictq_files db "$cur"
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
            --engine --show-sql --version -h --help' -- "$cur"))
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
    # The first word may also be a command of its own.
    ((COMP_CWORD == 1)) && COMPREPLY=($(compgen -W 'draft export import' -- "$cur"))
    _conflictq_files cq "$cur"
}

complete -F _conflictq conflictq
