#!/usr/bin/env bash
# Builds the pinned upstream components used by the conformance checks from
# their Go modules, one wrapper module per component under conformance/.
#
#   bash scripts/tools.sh                 # every tool (TOOLS below)
#   bash scripts/tools.sh otelcol amtool  # only these (names: see TOOLS below)
#
# Only permissively licensed modules are built. Loki, Tempo and Grafana are
# AGPL-licensed: none of their modules is downloaded or built here, and their
# configs are judged in-process (schemas/, lib/validation/).
#
# Binaries land outside the clone, in
#   ${XDG_CACHE_HOME:-$HOME/.cache}/observability-stack/tools/<component>-<version>/
# A tool is skipped ("cached") when its binaries exist and the recorded hash of
# its inputs (the wrapper folder's files, the Go version and the build flags)
# is unchanged. Needs only Go (>= the wrappers' go lines) and the Go module
# proxy configured in `go env GOPROXY`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONF="$ROOT/conformance"
CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/observability-stack/tools"

export CGO_ENABLED=0

# Tool names; tool_spec sets each one's wrapper folder, cache folder, binaries,
# their Go packages and -ldflags.
TOOLS=(otelcol prometheus alertmanager pint kubernetes telemetrygen node-exporter kube-state-metrics thanos prometheus-config-reloader)

tool_spec() {
  EMBED_STUBS=""
  TAGS=""
  case "$1" in
    otelcol)
      WRAPPER=otelcol
      DIR=otelcol-0.159.0
      BINS="otelcol"
      PKGS="" # built by the OpenTelemetry Collector Builder from manifest.yaml
      LDFLAGS=""
      ;;
    prometheus)
      WRAPPER=prometheus
      DIR=prometheus-3.14.0
      BINS="promtool prometheus"
      PKGS="github.com/prometheus/prometheus/cmd/promtool github.com/prometheus/prometheus/cmd/prometheus"
      v=github.com/prometheus/common/version
      LDFLAGS="-s -w -X $v.Version=3.14.0 -X $v.Revision=d7598b7141418fa35be2b5ec5d0fefb634199610 -X $v.Branch=HEAD"
      ;;
    alertmanager)
      WRAPPER=alertmanager
      DIR=alertmanager-0.35.0
      BINS="amtool alertmanager"
      PKGS="github.com/prometheus/alertmanager/cmd/amtool github.com/prometheus/alertmanager/cmd/alertmanager"
      v=github.com/prometheus/common/version
      LDFLAGS="-s -w -X $v.Version=0.35.0 -X $v.Branch=HEAD"
      # the web UI's assets (ui/app/dist, embedded) are built by npm upstream and are not in
      # the module: a one-page placeholder stands in for them (the API and the notifications
      # are unaffected), like prometheus built without its builtinassets
      EMBED_STUBS="github.com/prometheus/alertmanager/ui/app/dist/elm/index.html github.com/prometheus/alertmanager/ui/app/dist/mantine/index.html"
      ;;
    pint)
      # the Prometheus rule linter (npm run conformance: pint --offline lint)
      WRAPPER=pint
      DIR=pint-0.87.0
      BINS="pint"
      PKGS="github.com/cloudflare/pint/cmd/pint"
      LDFLAGS="-s -w -X main.version=0.87.0"
      ;;
    kubernetes)
      # the API server and kubectl of npm run apiserver-check (etcd comes from Debian's etcd-server)
      WRAPPER=kubernetes
      DIR=kubernetes-1.36.3
      BINS="kube-apiserver kubectl"
      PKGS="k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kubectl"
      LDFLAGS="-s -w"
      for v in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
        LDFLAGS="$LDFLAGS -X $v.gitVersion=v1.36.3 -X $v.gitMajor=1 -X $v.gitMinor=36 -X $v.gitTreeState=clean"
      done
      ;;
    telemetrygen)
      # the OTLP load generator of npm run e2e (a client only; the module proxy serves no 0.159.0)
      WRAPPER=telemetrygen
      DIR=telemetrygen-0.160.0
      BINS="telemetrygen"
      PKGS="github.com/open-telemetry/opentelemetry-collector-contrib/cmd/telemetrygen"
      LDFLAGS="-s -w"
      ;;
    node-exporter)
      # run by npm run e2e: the alerts on node series read what the real exporter exposes
      WRAPPER=node-exporter
      DIR=node-exporter-1.12.1
      BINS="node_exporter"
      PKGS="github.com/prometheus/node_exporter"
      v=github.com/prometheus/common/version
      LDFLAGS="-s -w -X $v.Version=1.12.1 -X $v.Branch=HEAD"
      ;;
    kube-state-metrics)
      # run by npm run e2e against its API server: the alerts on kube_* series read what it exposes
      WRAPPER=kube-state-metrics
      DIR=kube-state-metrics-2.20.0
      BINS="kube-state-metrics"
      PKGS="k8s.io/kube-state-metrics/v2"
      v=github.com/prometheus/common/version
      LDFLAGS="-s -w -X $v.Version=v2.20.0 -X $v.Branch=HEAD"
      ;;
    thanos)
      # the sidecar and query of a highly available Prometheus (test/prometheus-ha.test.ts)
      WRAPPER=thanos
      DIR=thanos-0.42.4
      BINS="thanos"
      PKGS="github.com/thanos-io/thanos/cmd/thanos"
      v=github.com/prometheus/common/version
      LDFLAGS="-s -w -X $v.Version=0.42.4 -X $v.Branch=HEAD"
      # as upstream builds it (.promu.yml): its zero-copy label conversions need Prometheus's
      # slice-backed labels (without the tag the sidecar's StoreAPI panics on its first answer)
      TAGS="netgo,slicelabels"
      ;;
    prometheus-config-reloader)
      # the sidecar that reloads Alertmanager when its mounted config or Secret files change
      # (test/alertmanager-reload.test.ts)
      WRAPPER=prometheus-config-reloader
      DIR=prometheus-config-reloader-0.93.1
      BINS="prometheus-config-reloader"
      PKGS="github.com/prometheus-operator/prometheus-operator/cmd/prometheus-config-reloader"
      v=github.com/prometheus/common/version
      LDFLAGS="-s -w -X $v.Version=0.93.1 -X $v.Revision=51cc33a31bf3bd83dd22b1ae6efaf26e199194d9 -X $v.Branch=HEAD"
      ;;
    *)
      echo "tools.sh: unknown tool '$1' (known: ${TOOLS[*]})" >&2
      return 1
      ;;
  esac
}

# Hash of everything that decides the build: the wrapper folder's files (data
# files *.json / *.md are not build inputs), the Go version and the flags.
inputs_hash() {
  {
    (cd "$CONF/$WRAPPER" && find . -type f ! -name '*.json' ! -name '*.md' -print0 \
      | LC_ALL=C sort -z | xargs -0 sha256sum)
    go env GOVERSION GOOS GOARCH
    echo "CGO_ENABLED=$CGO_ENABLED"
    echo "BINS=$BINS PKGS=$PKGS LDFLAGS=$LDFLAGS"
    [ -z "$TAGS" ] || echo "TAGS=$TAGS"
    [ -z "$EMBED_STUBS" ] || echo "EMBED_STUBS=$EMBED_STUBS"
  } | sha256sum | cut -d' ' -f1
}

# Runs a command, logging to $LOG; reports peak RSS when /usr/bin/time exists.
run_logged() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$LOG.time" "$@" >>"$LOG" 2>&1 || return $?
    local rss
    rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$LOG.time")"
    if [ -n "$rss" ] && [ "$rss" -gt "${PEAK_KB:-0}" ]; then PEAK_KB="$rss"; fi
  else
    "$@" >>"$LOG" 2>&1
  fi
}

# Runs a command inside a folder (in this shell, so PEAK_KB survives).
run_in() {
  local dir="$1" rc=0
  shift
  pushd "$dir" >/dev/null
  run_logged "$@" || rc=$?
  popd >/dev/null
  return "$rc"
}

build_otelcol() {
  # 1. The builder itself, from the wrapper module that pins it.
  run_in "$CONF/otelcol" go build -trimpath -o "$OUT/ocb" go.opentelemetry.io/collector/cmd/builder || return
  # 2. The collector: output_path in manifest.yaml is ".", i.e. $OUT. The
  #    builder compiles with -trimpath and CGO_ENABLED=0 by default.
  rm -f "$OUT/otelcol"
  run_in "$OUT" "$OUT/ocb" --config "$CONF/otelcol/manifest.yaml"
}

build_go() {
  local pkgs=($PKGS) bins=($BINS) i src="$CONF/$WRAPPER" mod=()
  if [ -n "${EMBED_STUBS:-}" ]; then
    # a scratch copy of the wrapper in vendor mode, with placeholders for embedded files
    # that the module does not ship (go mod vendor names them missing, and vendors the rest)
    src="$OUT/src"
    rm -rf "$src" && mkdir -p "$src" && cp "$CONF/$WRAPPER/go.mod" "$CONF/$WRAPPER/go.sum" "$src/"
    run_in "$src" go mod vendor || true
    [ -f "$src/vendor/modules.txt" ] || return 1
    local f
    for f in $EMBED_STUBS; do
      mkdir -p "$src/vendor/$(dirname "$f")"
      printf '<!doctype html><title>placeholder</title><p>web UI assets not built</p>\n' >"$src/vendor/$f"
    done
    mod=(-mod=vendor)
  fi
  for i in "${!bins[@]}"; do
    run_in "$src" go build "${mod[@]}" -trimpath ${TAGS:+-tags "$TAGS"} -ldflags="$LDFLAGS" -o "$OUT/${bins[$i]}.tmp" "${pkgs[$i]}" || return
    mv -f "$OUT/${bins[$i]}.tmp" "$OUT/${bins[$i]}"
  done
  [ -z "${EMBED_STUBS:-}" ] || rm -rf "$src"
}

build_tool() {
  local name="$1" hash stamp start secs b missing=0
  tool_spec "$name"
  OUT="$CACHE_ROOT/$DIR"
  stamp="$OUT/.inputs.sha256"
  LOG="$OUT/build.log"
  start=$(date +%s)
  hash="$(inputs_hash)"
  for b in $BINS; do [ -x "$OUT/$b" ] || missing=1; done
  if [ "$missing" = 0 ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ]; then
    printf '%-18s cached  %4ss  %s\n' "$name" "$(($(date +%s) - start))" "$OUT"
    return 0
  fi
  mkdir -p "$OUT"
  rm -f "$stamp" "$LOG" "$LOG.time"
  PEAK_KB=0
  local rc=0
  if [ "$name" = otelcol ]; then build_otelcol || rc=$?; else build_go || rc=$?; fi
  secs=$(($(date +%s) - start))
  if [ "$rc" != 0 ]; then
    printf '%-18s FAILED  %4ss  (log: %s)\n' "$name" "$secs" "$LOG"
    tail -n 15 "$LOG" | sed 's/^/    /' >&2
    return 1
  fi
  echo "$hash" >"$stamp"
  local rss=""
  [ "$PEAK_KB" -gt 0 ] && rss="  peak RSS $((PEAK_KB / 1024)) MiB"
  printf '%-18s built   %4ss  %s%s\n' "$name" "$secs" "$OUT" "$rss"
}

command -v go >/dev/null || { echo "tools.sh: go is not on PATH" >&2; exit 1; }

selected=("$@")
if [ "${#selected[@]}" -eq 0 ]; then
  selected=("${TOOLS[@]}")
fi
for t in "${selected[@]}"; do tool_spec "$t" >/dev/null; done

all_start=$(date +%s)
failed=()
for t in "${selected[@]}"; do
  build_tool "$t" || failed+=("$t")
done
echo "tools.sh: done in $(($(date +%s) - all_start))s, cache $CACHE_ROOT"
if [ "${#failed[@]}" -gt 0 ]; then
  echo "tools.sh: failed: ${failed[*]}" >&2
  exit 1
fi
