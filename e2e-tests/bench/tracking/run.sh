#!/usr/bin/env bash
# Tracking benchmark (not a test): log-batch ingest from 8 concurrent clients and a 100-run
# search page over 30k runs, against Charter's MLflow-compatible API and, as the anchor, MLflow's
# own tracking server (PostgreSQL-free: its default SQLite store) on the same machine, same run.
#   ./charter up            (in another terminal)
#   e2e-tests/bench/tracking/run.sh [clients batches points runs]    (default 8 50 1000 30000)
# Needs a built tree (mvn -o install -DskipTests; mvn -o -pl e2e-tests test-compile), curl and
# python3 (the script puts MLflow's server into a virtualenv under e2e-tests/target/).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
ARGS=("${@:-8 50 1000 30000}")
BASE="${CHARTER_URL:-http://127.0.0.1:${CHARTER_HTTP_PORT:-8080}}"
KC="http://127.0.0.1:${CHARTER_KEYCLOAK_PORT:-8180}"
VENV="$ROOT/e2e-tests/target/mlflow-server-venv"
CP="e2e-tests/target/test-classes"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"

echo "charter (REST → PostgreSQL, audited per request):"
# alice's token, fetched again every minute: tokens live minutes and a 30k-run pass takes longer
java -cp "$CP" io.charter.bench.TrackingBench "$BASE" "password:$KC/realms/charter/protocol/openid-connect/token" \
  ${ARGS[@]}

[[ -x "$VENV/bin/mlflow" ]] || { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q mlflow; }
work=$(mktemp -d)
"$VENV/bin/mlflow" server --host 127.0.0.1 --port 5055 --backend-store-uri "sqlite:///$work/mlflow.db" \
  --default-artifact-root "$work/artifacts" --workers 2 >"$work/server.log" 2>&1 &
MLFLOW_PID=$!
trap 'kill $MLFLOW_PID 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5055/health >/dev/null && break; sleep 1; done
echo "mlflow $("$VENV/bin/mlflow" --version | awk '{print $NF}') server (SQLite):"
java -cp "$CP" io.charter.bench.TrackingBench http://127.0.0.1:5055 - ${ARGS[@]}
