#!/usr/bin/env bash
# The review behind action.yml, runnable anywhere with git and bash: finds the model cards changed
# since the base of a pull request, validates them into one SARIF file (the repository's
# .modelcard.yaml applies, or CONFIG), and appends a `modelcard diff --format markdown` review of
# each to the job summary. Exit code: validate's (0 clean, 1 findings at the fail-on level, 2 unreadable).
#
# Environment (all optional):
#   BASE       the base revision (default: origin/$GITHUB_BASE_REF, else origin/main); the merge base
#              of BASE and HEAD is what the cards are compared with
#   CARDS      git pathspecs of the card files, one a line (default: every README.md and *.modelcard.json)
#   CONFIG     a project config for validate --config (default: the nearest .modelcard.yaml per card)
#   PROFILE    validate's --profile; FAIL_ON: validate's --fail-on (default error)
#   SARIF      where to write the SARIF report (default modelcard.sarif)
#   MODELCARD  the command to run (default: modelcard on the PATH)
#   GITHUB_STEP_SUMMARY, GITHUB_OUTPUT: set by GitHub; without them the summary goes to stdout
set -uo pipefail

read -r -a modelcard <<< "${MODELCARD:-modelcard}"
base_ref="${BASE:-origin/${GITHUB_BASE_REF:-main}}"
sarif="${SARIF:-modelcard.sarif}"
summary="${GITHUB_STEP_SUMMARY:-/dev/stdout}"
cards_spec="${CARDS:-:(glob)**/README.md
:(glob)**/*.modelcard.json}"

base="$(git merge-base "$base_ref" HEAD 2>/dev/null || git rev-parse --verify --quiet "$base_ref^{commit}")" || {
    echo "review-changed-cards: the base $base_ref is not in this clone (check out with fetch-depth: 0)" >&2
    exit 2
}
mapfile -t specs <<< "$cards_spec"
mapfile -t cards < <(git diff --name-only --diff-filter=ACMR "$base" HEAD -- "${specs[@]}")
if [[ ${#cards[@]} -eq 0 || -z "${cards[0]}" ]]; then
    echo "No model cards changed since ${base:0:7}." >> "$summary"
    [[ -n "${GITHUB_OUTPUT:-}" ]] && echo "cards=0" >> "$GITHUB_OUTPUT"
    exit 0
fi

options=(--format sarif --fail-on "${FAIL_ON:-error}")
[[ -n "${CONFIG:-}" ]] && options+=(--config "$CONFIG")
[[ -n "${PROFILE:-}" ]] && options+=(--profile "$PROFILE")
"${modelcard[@]}" validate "${options[@]}" "${cards[@]}" > "$sarif"
status=$?

{
    echo "## Model card review"
    echo
    echo "${#cards[@]} changed card(s) since \`${base:0:7}\`; validate exit code $status (0: clean, 1: findings, 2: unreadable)."
    echo
    for card in "${cards[@]}"; do
        if git cat-file -e "$base:$card" 2>/dev/null; then
            "${modelcard[@]}" diff --format markdown "$base:$card" "$card"
        else
            echo "### $card"
            echo
            echo "A new card."
        fi
        echo
    done
} >> "$summary"

if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
    { echo "cards=${#cards[@]}"; echo "sarif=$sarif"; echo "status=$status"; } >> "$GITHUB_OUTPUT"
fi
exit "$status"
