#!/usr/bin/env zsh
# zsh_complete.zsh DIR LINE: the matches zsh's own completion offers for LINE typed then Tab, one
# per line, with DIR (holding _omnium-cli) first in $fpath: an interactive zsh on a pseudo-terminal
# (zpty) with compinit, whose compadd also writes each match it adds to a file.
# SPDX-License-Identifier: GPL-3.0-or-later
dir=$1 line=$2 out=$1/matches
zmodload zsh/zpty || exit 77
zpty shell zsh -f -i
zpty -w shell "PS1='> '; fpath=($dir \$fpath); autoload -U compinit; compinit -u -d $dir/zcompdump"
# Calls that only ask for matches (-O, -A, -D) are not additions.
zpty -w shell 'compadd() { if (( ${@[(I)-[OAD]]} )); then builtin compadd "$@"; return; fi;
    local -a m; builtin compadd -O m "$@"; print -rl -- $m >>'$out'; builtin compadd "$@"; }'
zpty -w shell "print ready >$out.ready"
for _ in {1..200}; do [[ -f $out.ready ]] && break; sleep 0.05; done
: >$out
zpty -w -n shell "$line"$'\t'
for _ in {1..100}; do [[ -s $out ]] && break; sleep 0.05; done
sleep 0.2 # the rest of the matches
zpty -d shell
sort -u $out
