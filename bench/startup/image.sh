#!/usr/bin/env bash
# Start-up of an image (issue 12): image size, then per service (`start --only publisher|worker|poller`,
# one container each, against a Redis container on a private network) the time from the container's
# start to its "feedwright started" log line, the node process's RSS after 20 s idle and the CPU time it
# used until then (the wall-clock start stretches with the machine's load; the CPU time does not). Needs a Docker
# engine (../shared/tools/docker-engine.sh) and a built image.
#
#   bash bench/startup/image.sh [IMAGE]     (default feedwright:local; e.g. an older build tagged feedwright:before)
set -euo pipefail
IMAGE=${1:-feedwright:local}
RUN=fwstartup$$
CONFIG=$(mktemp -d)
cat >"$CONFIG/feedwright.yaml" <<'EOF'
http: { allowPrivateNetworks: ["127.0.0.0/8"] }
sources:
  - { id: idle, name: Idle, interval: { min: 10m, max: 30m }, discover: [{ feed: "http://127.0.0.1:9/rss.xml" }] }
feeds:
  - { id: idle, title: Idle, sources: [idle] }
EOF
chmod -R a+rX "$CONFIG"
cleanup() {
  docker rm -f "$RUN-redis" "$RUN-publisher" "$RUN-worker" "$RUN-poller" >/dev/null 2>&1 || true
  docker network rm "$RUN" >/dev/null 2>&1 || true
  rm -rf "$CONFIG"
}
trap cleanup EXIT
docker network create "$RUN" >/dev/null
docker run -d --name "$RUN-redis" --network "$RUN" redis:7-alpine >/dev/null
until docker exec "$RUN-redis" redis-cli ping >/dev/null 2>&1; do sleep 0.2; done

size=$(docker image inspect -f '{{.Size}}' "$IMAGE")
echo "$IMAGE: $((size / 1024 / 1024)) MiB"
# One at a time, so that the cold starts do not compete for the CPU.
for service in publisher worker poller; do
  docker run -d --name "$RUN-$service" --network "$RUN" -e REDIS_URL="redis://$RUN-redis:6379" -e FEEDWRIGHT_HEALTH_PORT=8081 -e LOG_LEVEL=info \
    -e FEEDWRIGHT_PREFIX="$service" -v "$CONFIG/feedwright.yaml:/etc/feedwright/feedwright.yaml:ro" "$IMAGE" start --only "$service" >/dev/null
  for _ in $(seq 120); do [[ $(docker logs "$RUN-$service" 2>&1) == *'"msg":"feedwright started"'* ]] && break; sleep 0.5; done
done
sleep 20
for service in publisher worker poller; do
  started=$(docker inspect -f '{{.State.StartedAt}}' "$RUN-$service")
  logs=$(docker logs "$RUN-$service" 2>&1)
  ready=$(grep -m1 '"msg":"feedwright started"' <<<"$logs" | sed -E 's/.*"time":([0-9]+).*/\1/' || true)
  read -r pid rss < <(docker top "$RUN-$service" -eo pid,rss,args | awk '/node/ && !/tini/ && !found { print $1, $2; found = 1 }')
  # CPU time the node process used since it started (user + system, /proc/PID/stat fields 14 and 15):
  # what a cold start costs whatever the machine's load, which stretches the wall-clock figure.
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$pid/stat")
  node -e '
    const [service, started, ready, rss, cpu] = process.argv.slice(1);
    const ms = Number(ready) - Date.parse(started);
    console.log(`${service.padEnd(10)} start → "feedwright started" ${Number.isFinite(ms) ? (ms / 1000).toFixed(2) + " s" : "never"} · node RSS after 20 s idle ${(Number(rss) / 1024).toFixed(0)} MiB · CPU used (start + 20 s idle) ${cpu} s`);
  ' "$service" "$started" "$ready" "$rss" "$cpu"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
