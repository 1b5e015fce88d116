// The shell: line reading, completion, dot-commands, output formats, scripts.
