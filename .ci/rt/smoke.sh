#!/usr/bin/env bash
# Smoke test of the RT test server's REST2 API with the agent's token, using curl only
# (JSON is read with Perl's JSON module, which RT itself depends on).
# Checks, and prints, the behaviours the Shiftdesk RT connector relies on:
# queues, create, correspond, comment, history, TicketSQL search by LastUpdated and by
# custom field, custom field update, ETag / If-Match (412 on a stale one), the
# 200-with-messages answer of a failed update, owner and status changes, and a reply
# by the (unprivileged) requestor.
# Works on any running server from start.sh: it makes its own ticket each run.
# Usage: .ci/rt/smoke.sh           (RT_URL and RT_TOKEN_FILE from env.sh or the environment)
#        RT_SMOKE_VERBOSE=1 ...    also prints every response body in full
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
[ -r "$RT_TOKEN_FILE" ] || { echo "rt/smoke: cannot read the token file $RT_TOKEN_FILE (run start.sh, as root)" >&2; exit 1; }
token="$(cat "$RT_TOKEN_FILE")"
api="$RT_URL/REST/2.0"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
checks=0

# call METHOD PATH [curl args...]: sets $code; body in $tmp/body, headers in $tmp/headers.
# AUTH (default: the token header) can be replaced, e.g. AUTH="-u customer:customer-password".
call() {
  local method="$1" path="$2"; shift 2
  local -a auth
  if [ -n "${AUTH:-}" ]; then read -r -a auth <<<"$AUTH"; else auth=(-H "Authorization: token $token"); fi
  code="$(curl -sS -X "$method" "${auth[@]}" -D "$tmp/headers" -o "$tmp/body" -w '%{http_code}' "$@" "$api$path")"
  printf '%-6s %-58s -> %s' "$method" "$path" "$code"
  if [ "${RT_SMOKE_VERBOSE:-0}" = 1 ]; then echo; cat "$tmp/body"; fi
}
json_post() { call "$1" "$2" -H 'Content-Type: application/json' --data-binary "$3" "${@:4}"; }
# jget PERL-EXPR: evaluates the expression with $d = the decoded body; prints the result.
jget() { perl -MJSON -e 'local $/; my $d = JSON->new->allow_nonref->decode(<STDIN>); my $r = eval $ARGV[0]; die $@ if $@; print ref $r ? JSON->new->canonical->encode($r) : ($r // "")' "$1" < "$tmp/body"; }
header() { tr -d '\r' < "$tmp/headers" | sed -n "s/^$1: //Ip" | head -n1; }
fail() { echo; echo "rt/smoke: FAILED: $*" >&2; echo "--- response body:" >&2; cat "$tmp/body" >&2; echo >&2; exit 1; }
expect_code() { [ "$code" = "$1" ] || fail "expected HTTP $1, got $code"; checks=$((checks + 1)); }
check() { local what="$1"; shift; "$@" || fail "$what"; checks=$((checks + 1)); }
show() { echo "   $*"; }

echo "rt/smoke: $api"
stamp="$(date -u +%s)"
client_id="smoke-$stamp-$$"
since="$(date -u -d '-1 minute' '+%Y-%m-%d %H:%M:%S')"   # RT reads it in the user's timezone (UTC here)

call GET /queues/all; echo
expect_code 200
show "queues seen: $(jget 'join ",", map { $_->{id} } @{$d->{items}}') count=$(jget '$d->{count}') total=$(jget '$d->{total} // "null"') (total is null: the agent cannot see every queue)"

call GET "/queues/all?fields=Name"; echo
names="$(jget 'join ",", sort map { $_->{Name} } @{$d->{items}}')"
check "queues should be Billing,Support, got $names" [ "$names" = "Billing,Support" ]

json_post POST /ticket "{\"Queue\":\"Support\",\"Subject\":\"Smoke $client_id\",\"Requestor\":\"customer@shiftdesk.test\",\"Content\":\"First message\",\"ContentType\":\"text/plain\",\"CustomFields\":{\"Shiftdesk Client Id\":\"$client_id\",\"Shiftdesk Type\":\"bug\",\"Shiftdesk Status\":\"new\"}}"
echo
expect_code 201
id="$(jget '$d->{id}')"
show "created ticket $id: $(cat "$tmp/body")  Location: $(header Location)"

call GET "/ticket/$id"; echo
expect_code 200
etag1="$(header ETag)"
show "ETag: $etag1  Last-Modified: $(header Last-Modified)"
show "Status=$(jget '$d->{Status}') Owner=$(jget '$d->{Owner}{id}') Queue=$(jget '$d->{Queue}{id}') Requestor=$(jget '$d->{Requestor}[0]{id}') Due=$(jget '$d->{Due}') Resolved=$(jget '$d->{Resolved}')"
show "CustomFields: $(jget '[ map { { name => $_->{name}, id => $_->{id}, values => $_->{values} } } sort { $a->{name} cmp $b->{name} } @{$d->{CustomFields}} ]')"
check "ticket should carry an ETag" [ -n "$etag1" ]
check "unset Due should read 1970-01-01T00:00:00Z" [ "$(jget '$d->{Due}')" = "1970-01-01T00:00:00Z" ]
check "client id CF should be set on create" [ "$(jget '(map { $_->{values}[0] } grep { $_->{name} eq "Shiftdesk Client Id" } @{$d->{CustomFields}})[0]')" = "$client_id" ]

json_post POST "/ticket/$id/correspond" '{"Content":"A reply to the customer","ContentType":"text/plain"}'; echo
expect_code 201
show "$(jget '$d') Location: $(header Location)"
json_post POST "/ticket/$id/comment" '{"Content":"An internal note","ContentType":"text/plain"}'; echo
expect_code 201
show "$(jget '$d') Location: $(header Location)"

json_post PUT "/ticket/$id" '{"CustomFields":{"Shiftdesk Type":"enhancement"}}'; echo
expect_code 200
show "set CF: $(cat "$tmp/body")"

# ETag / If-Match: the ETag is the id of the ticket's newest transaction; the correspond,
# comment and CF change above made newer ones, so etag1 is stale now.
json_post PUT "/ticket/$id" '{"Subject":"should not be applied"}' -H "If-Match: $etag1"; echo
show "stale If-Match $etag1: $(cat "$tmp/body")"
expect_code 412
call GET "/ticket/$id"; echo
etag2="$(header ETag)"
check "the 412 update must not change the subject" [ "$(jget '$d->{Subject}')" = "Smoke $client_id" ]
json_post PUT "/ticket/$id" '{"Subject":"Smoke (If-Match ok)"}' -H "If-Match: $etag2"; echo
expect_code 200
show "current If-Match $etag2: $(cat "$tmp/body")  ETag header in this answer: '$(header ETag || true)'"

# A failed update still answers 200; the reason is only in the list of messages.
json_post PUT "/ticket/$id" '{"Status":"bogus"}'; echo
expect_code 200
show "invalid status: $(cat "$tmp/body")"
check "invalid status message" grep -q "isn't a valid status" "$tmp/body"
json_post PUT "/ticket/$id" '{"Owner":"customer"}'; echo
expect_code 200
show "unprivileged owner: $(cat "$tmp/body")"
json_post PUT "/ticket/$id" '{"CustomFields":{"Shiftdesk Type":"nonsense"}}'; echo
expect_code 200
show "invalid select CF value: $(cat "$tmp/body")"
json_post PUT "/ticket/$id" '{"CustomFields":{"No Such Field":"x"},"NoSuchColumn":1}'; echo
expect_code 200
show "unknown CF and unknown field: $(cat "$tmp/body") (silently ignored)"

json_post PUT "/ticket/$id/take" '{}'; echo
expect_code 200
show "take: $(cat "$tmp/body")"
json_post PUT "/ticket/$id" '{"Owner":"shiftdesk-agent2","Status":"stalled"}'; echo
expect_code 200
show "owner+status: $(cat "$tmp/body")"

# The requestor (unprivileged) replies with basic auth, as a customer by mail would.
AUTH="-u customer:customer-password" json_post POST "/ticket/$id/correspond" '{"Content":"Customer says thanks","ContentType":"text/plain"}'; echo
show "requestor correspond (basic auth): $(jget '$d')"
expect_code 201

call GET "/ticket/$id"; echo
show "after requestor reply: Status=$(jget '$d->{Status}') Owner=$(jget '$d->{Owner}{id}') LastUpdated=$(jget '$d->{LastUpdated}')"

call GET "/ticket/$id/history?per_page=100&fields=Type,Field,OldValue,NewValue,Data,Created,Creator"; echo
expect_code 200
show "history: count=$(jget '$d->{count}') total=$(jget '$d->{total} // "null"') pages=$(jget '$d->{pages} // "null"')"
jget 'join "\n", map { sprintf "     #%s %-12s %-8s %-10s -> %-10s by %s", $_->{id}, $_->{Type}, $_->{Field}, $_->{OldValue}, $_->{NewValue}, $_->{Creator}{id} } @{$d->{items}}'
echo
types="$(jget 'join ",", map { $_->{Type} } @{$d->{items}}')"
for t in Create Correspond Comment CustomField Set Status SetWatcher; do
  check "history should have a $t transaction (has $types)" grep -q "\(^\|,\)$t\(,\|$\)" <<<"$types"
done

call GET "/ticket/$id/attachments?per_page=100&fields=TransactionId,ContentType,Content"; echo
expect_code 200
show "text/plain attachments: $(jget 'join " | ", map { "txn $_->{TransactionId}: $_->{Content}" =~ s/\n/\\n/gr } grep { $_->{ContentType} eq "text/plain" && $_->{Content} !~ /^\s*$/ } @{$d->{items}}' | cut -c1-300)"

call GET /tickets -G --data-urlencode "query=LastUpdated > '$since' AND Queue = 'Support'" --data-urlencode 'fields=Subject,Status,LastUpdated'; echo
expect_code 200
show "LastUpdated > '$since': ids=$(jget 'join ",", map { $_->{id} } @{$d->{items}}') total=$(jget '$d->{total} // "null"')"
check "search by LastUpdated should find ticket $id" grep -q "\"id\" *: *\"$id\"" "$tmp/body"

call GET /tickets -G --data-urlencode "query=CF.{Shiftdesk Client Id} = '$client_id'"; echo
expect_code 200
show "by client id: ids=$(jget 'join ",", map { $_->{id} } @{$d->{items}}')"
check "search by client id should find exactly ticket $id" [ "$(jget 'join ",", map { $_->{id} } @{$d->{items}}')" = "$id" ]

call GET /tickets -G --data-urlencode "query=Queue = 'Support' AND (" ; echo
expect_code 400
show "bad TicketSQL: $(cat "$tmp/body")"

json_post PUT "/ticket/$id" '{"Queue":"Billing"}'; echo
expect_code 200
show "move: $(cat "$tmp/body")"
call GET /tickets -G --data-urlencode "query=CF.{Shiftdesk Client Id} = '$client_id' AND Queue = 'Support'"; echo
check "moved ticket should leave the Support search" [ "$(jget '$d->{count}')" = 0 ]

echo "rt/smoke: OK ($checks checks) on ticket $id"
