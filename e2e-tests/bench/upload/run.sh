#!/usr/bin/env bash
# Upload benchmark (not a test): one large CSV uploaded through the running platform's REST API
# (streamed to a temporary file with its SHA-256, scanned, sent to S3 by multipart upload, recorded),
# beside two floors on the same machine in the same run: a plain file copy of the same bytes and
# the CSV acceptance scan alone. Prints throughput, ratios and the server's peak RSS.
#   ./charter up            (in another terminal; the platform on its embedded defaults)
#   e2e-tests/bench/upload/run.sh [rows]      (default 1000000 rows × 60 columns)
# Needs a built tree (mvn -o install -DskipTests, then mvn -o -pl e2e-tests test-compile) and curl.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
ROWS="${1:-1000000}"
BASE="${CHARTER_URL:-http://127.0.0.1:${CHARTER_HTTP_PORT:-8080}}"
KC="http://127.0.0.1:${CHARTER_KEYCLOAK_PORT:-8180}"
OUT="${BENCH_DIR:-$ROOT/e2e-tests/target/bench}"
PID_FILE="${CHARTER_DATA_DIR:-$ROOT/data}/server.pid"
mkdir -p "$OUT"
CP="e2e-tests/target/test-classes:governance/target/classes:$(cd governance && mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g")"
[[ -f "$PID_FILE" ]] || { echo "start the platform first: ./charter up" >&2; exit 1; }
SERVER_PID="$(cat "$PID_FILE")"

file="$OUT/wide-$ROWS.csv"
[[ -f "$file" ]] || java -cp "$CP" io.charter.bench.WideCsv "$ROWS" "$file"
bytes=$(stat -c %s "$file")
mb=$(awk "BEGIN {print $bytes / 1048576}")
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "file: $file ($ROWS rows × 60 columns, $(printf '%.0f' "$mb") MiB)"

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); awk "BEGIN {print $e - $s}"; }

copy=$(seconds cp "$file" "$OUT/copy.tmp"); rm -f "$OUT/copy.tmp"
scan=$(seconds java -Xmx512m -cp "$CP" io.charter.bench.ScanBench "$file")

token=$(curl -sf -X POST "$KC/realms/charter/protocol/openid-connect/token" -d grant_type=password \
  -d client_id=charter-cli -d username=alice -d password=alice | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
auth=(-H "Authorization: Bearer $token")
project=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/projects" \
  -d "{\"name\": \"upload bench $(date +%s)\", \"problemStatement\": \"bench\", \"taskType\": \"BINARY_CLASSIFICATION\"}" \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
dataset=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/projects/$project/datasets" \
  -d '{"name": "wide", "sourceType": "SYNTHETIC", "containsPersonalData": false}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
hwm_before=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER_PID/status")
upload=$(seconds curl -sf "${auth[@]}" -H 'Content-Type: text/csv' --data-binary "@$file" \
  "$BASE/api/v1/datasets/$dataset/versions")
hwm_after=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER_PID/status")

rate() { awk "BEGIN {printf \"%.1f MiB/s\", $mb / $1}"; }
echo "charter upload (REST → temp file + SHA-256 → scan → S3 multipart → PostgreSQL): ${upload} s, $(rate "$upload")"
echo "floor: file copy ${copy} s, $(rate "$copy"); CSV scan alone ${scan} s, $(rate "$scan")"
echo "ratio: upload / copy $(awk "BEGIN {printf \"%.2f\", $upload / $copy}"), upload / scan $(awk "BEGIN {printf \"%.2f\", $upload / $scan}")"
echo "server peak RSS (VmHWM): $((hwm_before / 1024)) MiB before, $((hwm_after / 1024)) MiB after"
