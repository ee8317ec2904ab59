# Prints, one per line, the matches zsh's completion system offers for the command line in $1, typed
# into a real interactive zsh (in a pseudo-terminal) with compinit and `patchworks-token completion zsh`.
# compadd is wrapped to print what it adds. The markers are written split ("<m""atch>") so the echo of
# the typed setup lines never looks like output.
zmodload zsh/zpty
zpty session zsh -f -i
zpty -w session 'PROMPT= ; RPROMPT= ; autoload -Uz compinit && compinit -u -D'
zpty -w session 'eval "$(patchworks-token completion zsh)"'
zpty -w session 'zstyle ":completion:*" menu no; zstyle ":completion:*" list-prompt ""'
zpty -w session 'compadd () { local -a hits; builtin compadd -O hits "$@"; (( $#hits )) && print -r -l -- "<m""atch>"$^hits; builtin compadd "$@" }'
zpty -w session 'bindkey "^I" complete-word; print "<rea""dy>"'
zpty -r session line '*<ready>*'
zpty -w -n session "$1"$'\t'
zpty -w session $'\C-u print "<do""ne>"'
while zpty -r session line; do
  [[ $line == *'<done>'* ]] && break
  [[ $line == *'<match>'* ]] && print -r -- "${${line##*<match>}%%$'\r'*}"
done
zpty -d session
