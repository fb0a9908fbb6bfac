#!/usr/bin/env bash
# A whole build session against a running `appwright serve`, with curl and jq: the walk-through
# of docs/api.md, runnable. tests/test_api_walkthrough.py runs it against a fresh service.
#
#   APPWRIGHT_URL=http://127.0.0.1:8000 APPWRIGHT_EMAIL=admin@localhost \
#   APPWRIGHT_PASSWORD='<printed by appwright serve>' scripts/api_walkthrough.sh
set -euo pipefail

API="${APPWRIGHT_URL:-http://127.0.0.1:8000}/api/v1"
EMAIL="${APPWRIGHT_EMAIL:-admin@localhost}"
PASSWORD="${APPWRIGHT_PASSWORD:?set APPWRIGHT_PASSWORD (appwright serve prints it on first start)}"
OUT="${WALKTHROUGH_DIR:-$(mktemp -d)}"

step() { printf '\n== %s\n' "$*"; }
# curl that fails on HTTP errors and shows the body of the error.
call() { curl --silent --show-error --fail-with-body "$@"; }

step "1. Sign in (OAuth2 password flow) and see who I am"
TOKEN=$(call -X POST "$API/auth/token" -d "username=$EMAIL" --data-urlencode "password=$PASSWORD" |
  jq -r .access_token)
AUTH="Authorization: Bearer $TOKEN"
call "$API/auth/me" -H "$AUTH" | jq -c '{email: .user.email, workspace: .workspace.slug, role}'

step "2. Start a build session from a description"
SESSION=$(call -X POST "$API/sessions" -H "$AUTH" -H 'Content-Type: application/json' -d '{
  "title": "Sales CRM",
  "description": "A CRM for our sales team. We track companies (name, industry, website) and the contacts who work at each company, with their name, email and phone. Every deal belongs to a company and has an amount, an expected close date and a stage that moves from lead to qualified to proposal and then won or lost. Sales reps can edit their own deals; managers see everything. Show the total deal amount per stage as a chart."
}')
SESSION_ID=$(jq -r .id <<<"$SESSION")
jq -r .first_turn.reply.content <<<"$SESSION"

say() {
  call -X POST "$API/sessions/$SESSION_ID/messages" -H "$AUTH" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg text "$1" '{content: $text}')" |
    jq -c '{intent: .reply.intent, version: .reply.spec_version_number, changes: .reply.changelog}'
}

step "3. Refine in words, undo, ask"
say "add a probability field to deal"
say "only managers can delete deals"
say "undo"
say "what fields does deal have?"

step "4. Versions: the history, and the diff between the first and the latest"
call "$API/sessions/$SESSION_ID/versions" -H "$AUTH" |
  jq -c '.items[] | {number, source, parent_number, changelog}'
LATEST=$(call "$API/sessions/$SESSION_ID" -H "$AUTH" | jq -r .current_version_number)
call "$API/sessions/$SESSION_ID/versions/1/diff/$LATEST" -H "$AUTH" | jq -c .sentences

step "5. Approve and generate, following the progress (Server-Sent Events)"
say "looks good, generate it"
# The stream ends by itself when no job of the session is queued or running.
curl --silent --no-buffer "$API/sessions/$SESSION_ID/events" -H "$AUTH" |
  sed -n 's/^data: //p' | jq -c '{stage, percentage, files_written, tests_passed}'
JOB=$(call "$API/jobs?session_id=$SESSION_ID" -H "$AUTH" | jq '.items[0]')
jq -c '{status, result}' <<<"$JOB"
test "$(jq -r .status <<<"$JOB")" = succeeded

step "6. Generated files; edit one (kept as an override across regenerations); download"
call "$API/sessions/$SESSION_ID/versions/$LATEST/files" -H "$AUTH" |
  jq -r '.items[] | select(.path | endswith("README.md")) | "\(.path) \(.size) bytes"'
printf '# Sales CRM\n\nOur own words.\n' |
  call -X PUT "$API/sessions/$SESSION_ID/overrides/README.md" -H "$AUTH" --data-binary @- |
  jq -c '{path, size}'
call "$API/sessions/$SESSION_ID/versions/$LATEST/download" -H "$AUTH" -o "$OUT/project.zip"
unzip -p "$OUT/project.zip" "*/README.md" | head -1

step "7. Finalize into a module of the workspace, list modules, download it"
MODULE=$(call -X POST "$API/sessions/$SESSION_ID/finalize" -H "$AUTH" -H 'Content-Type: application/json' -d '{}')
jq -c '{name, slug, version, status}' <<<"$MODULE"
call "$API/modules" -H "$AUTH" | jq -c '.items[] | {slug, version}'
call "$API/modules/$(jq -r .id <<<"$MODULE")/download" -H "$AUTH" -o "$OUT/module.zip"
unzip -l "$OUT/module.zip" | tail -1

step "8. An API key for automation"
KEY=$(call -X POST "$API/api-keys" -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"name": "ci", "role": "api"}' | jq -r .key)
call "$API/auth/me" -H "X-API-Key: $KEY" | jq -c '{authenticated_with, role}'

step "9. One definition step alone"
call -X POST "$API/ai-modules/definition-step" -H "$AUTH" -H 'Content-Type: application/json' -d '{
  "stepId": "object-model",
  "userInput": "A library: books with a title, an author and a year; members with a name and an email."
}' | jq -c '{stepId, path, entities: [.structure.entities[].name]}'

step "10. Mistakes get clear answers"
curl --silent "$API/ai-modules/definition-step" -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"stepId": "colours", "userInput": "x"}' | jq -c .
curl --silent "$API/sessions/00000000-0000-0000-0000-000000000000" -H "$AUTH" | jq -c .

printf '\nwalk-through complete (files in %s)\n' "$OUT"
