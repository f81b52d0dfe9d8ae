# Sourced by the demo and the test command: `phase NAME COMMAND...` runs one phase and records
# its time and result in the file $IONOS_PHASES; `phases_summary` prints the record, one line per
# phase, so that a failure and a slowdown are both visible at a glance. A phase's command says
# what it found with `phase_result TEXT` (say "478/478 passed"); without it the result is "ok".
# The command runs where `set -e` does not apply: it must stop on its own failures.

phase() {
    local name="$1"
    shift
    local start=$SECONDS status=0
    : >"$IONOS_PHASES.result"
    "$@" || status=$?
    local result
    result="$(cat "$IONOS_PHASES.result")"
    if [ "$status" -ne 0 ]; then
        result="FAILED (exit $status)${result:+: $result}"
    fi
    printf '%s\t%d\t%s\n' "$name" $((SECONDS - start)) "${result:-ok}" >>"$IONOS_PHASES"
    return "$status"
}

phase_result() {
    printf '%s' "$*" >"$IONOS_PHASES.result"
}

# Runs ctest with its arguments, keeps its output, and reports "passed/total passed".
phase_ctest() {
    local log status=0
    log="$(mktemp)"
    ctest "$@" 2>&1 | tee "$log" || status=$?
    local line total failed
    line="$(grep -Eo '[0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)"
    rm -f "$log"
    if [ -z "$line" ]; then
        phase_result "no tests ran"
        return 1
    fi
    failed="${line%% *}"
    total="${line##* }"
    phase_result "$((total - failed))/$total passed"
    [ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$total" -gt 0 ]
}

# Runs a command, shows what it prints, and takes its last line, less a leading "word: ", as
# the result (check-secrets.sh and fuzz.sh end with a line that says what they found).
phase_last_line() {
    local log status=0
    log="$(mktemp)"
    "$@" 2>&1 | tee "$log" || status=$?
    phase_result "$(tail -n 1 "$log" | sed 's/^[a-z]*: //')"
    rm -f "$log"
    return "$status"
}

# Prints the record under a title; the second argument is the whole command's time in seconds.
phases_summary() {
    [ -s "$IONOS_PHASES" ] || return 0
    local name seconds result
    echo
    echo "$1"
    while IFS=$'\t' read -r name seconds result; do
        printf '  %-14s %5d s  %s\n' "$name" "$seconds" "$result"
    done <"$IONOS_PHASES"
    printf '  %-14s %5d s  (%d min %d s)\n' "in all" "$2" $(($2 / 60)) $(($2 % 60))
}
