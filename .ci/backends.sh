#!/usr/bin/env bash
# Real servers for floe's profiles without Docker, installed from Maven Central and npm only.
#
#   bash .ci/backends.sh install            download the servers (reuses ~/.m2 and the npm cache)
#   bash .ci/backends.sh start [PROFILE]    start the servers of PROFILE (storage | compute | full; default full)
#                                           on 127.0.0.1 and wait until each is ready
#   bash .ci/backends.sh status             one line per server: pid, port, up or down
#   bash .ci/backends.sh env [PROFILE]      the export lines that point floe-testing at them (external mode):
#                                           eval "$(bash .ci/backends.sh env)"
#   bash .ci/backends.sh stop               stop every server this script started (by the PIDs it saved)
#
# Which server plays which role (service name of floe's compose file -> real server that runs here):
#   localstack    (S3)                  S3Mock 4.12.4                          127.0.0.1:9090
#   polaris       (Iceberg REST)        Apache Iceberg's RESTCatalogServer     127.0.0.1:8181  (JDBC catalog on sqlite, S3 files)
#   trino                               Trino 476 (runs on Java 24+)           127.0.0.1:8080  (catalog iceberg)
#   spark-iceberg (Thrift)              Spark 3.5.4 Thrift server + Iceberg    127.0.0.1:10000 (catalog floe)
#   cube                                Cube 0.35.81 on PostgreSQL             127.0.0.1:4000
# PostgreSQL (base profile) must answer on 127.0.0.1:5432; on Debian `start` runs .ci/start-postgres.sh.
# Jaeger and Marquez do not install without Docker: they stay optional and the tests warn.
#
# Settings (environment): FLOE_BACKENDS_DIR (default ~/.cache/floe-backends), JAVA24_HOME (a JDK 24+ for
# Trino; default: the newest under /usr/lib/jvm), CUBEJS_API_SECRET (default: the compose file's
# development secret), FLOE_BACKENDS_WAIT (seconds each server gets to become ready; default 300).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
BASE=${FLOE_BACKENDS_DIR:-$HOME/.cache/floe-backends}
WAIT=${FLOE_BACKENDS_WAIT:-300}
CUBE_SECRET=${CUBEJS_API_SECRET:-floe-dev-cube-api-secret-not-for-production}
PG_PASSWORD=${FLOE_SERVICES_POSTGRES_PASSWORD:-postgres}
MVN=(mvn -B -q)
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

S3MOCK_VERSION=4.12.4
ICEBERG_VERSION=1.10.1
TRINO_VERSION=476
SPARK_VERSION=3.5.4
CUBE_VERSION=0.35.81

# The credentials the servers accept; the same values go into `env`.
S3_ACCESS_KEY=floe-access-key
S3_SECRET_KEY=floe-secret-key
CATALOG_CLIENT_ID=floe-client
CATALOG_CLIENT_SECRET=floe-client-secret
WAREHOUSE_BUCKET=floe-warehouse

ALL_SERVERS=(s3mock iceberg trino spark cube)

log() { printf '[backends %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

servers_of() {
  case "$1" in
    storage) echo "s3mock iceberg" ;;
    compute) echo "s3mock iceberg trino spark" ;;
    full) echo "s3mock iceberg trino spark cube" ;;
    *) die "unknown profile '$1': expected storage, compute or full (base needs only PostgreSQL)" ;;
  esac
}

port_of() {
  case "$1" in s3mock) echo 9090 ;; iceberg) echo 8181 ;; trino) echo 8080 ;; spark) echo 10000 ;; cube) echo 4000 ;; esac
}

java24_home() {
  if [[ -n ${JAVA24_HOME:-} ]]; then echo "$JAVA24_HOME"; return; fi
  local jdk
  for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    local v
    v=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [[ -n $v && ${v%%.*} -ge 24 ]]; then echo "${jdk%/}"; return; fi
  done
  die "Trino $TRINO_VERSION needs Java 24 or newer: install one under /usr/lib/jvm or set JAVA24_HOME"
}

# ---------------------------------------------------------------- install

# A throwaway pom whose dependencies Maven copies into DIR/lib.
copy_dependencies() {
  local dir=$1; shift
  mkdir -p "$dir"
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo "<groupId>local.floe.backends</groupId><artifactId>$(basename "$dir")</artifactId><version>1</version><packaging>pom</packaging><dependencies>"
    local coordinate g a v c
    for coordinate in "$@"; do
      IFS=: read -r g a v c <<<"$coordinate"
      echo "<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version>${c:+<classifier>$c</classifier>}</dependency>"
    done
    echo '</dependencies></project>'
  } > "$dir/pom.xml"
  "${MVN[@]}" -f "$dir/pom.xml" "$DEPENDENCY_PLUGIN:copy-dependencies" -DoutputDirectory="$dir/lib.tmp"
  mv "$dir/lib.tmp" "$dir/lib"
}

install() {
  local started=$SECONDS
  mkdir -p "$BASE"
  if [[ ! -f $BASE/s3mock/s3mock.jar ]]; then
    log "installing S3Mock $S3MOCK_VERSION"
    "${MVN[@]}" "$DEPENDENCY_PLUGIN:copy" -Dartifact="com.adobe.testing:s3mock:$S3MOCK_VERSION:jar:exec" \
      -DoutputDirectory="$BASE/s3mock" -Dmdep.stripVersion=true
    mv "$BASE/s3mock/s3mock-exec.jar" "$BASE/s3mock/s3mock.jar"
  fi
  if [[ ! -d $BASE/iceberg/lib ]]; then
    log "installing Iceberg's REST catalog server $ICEBERG_VERSION"
    copy_dependencies "$BASE/iceberg" \
      "org.apache.iceberg:iceberg-open-api:$ICEBERG_VERSION:test-fixtures" \
      "org.apache.iceberg:iceberg-core:$ICEBERG_VERSION:tests" \
      "org.apache.iceberg:iceberg-core:$ICEBERG_VERSION" \
      "org.apache.iceberg:iceberg-aws:$ICEBERG_VERSION" \
      "org.apache.iceberg:iceberg-aws-bundle:$ICEBERG_VERSION" \
      org.apache.hadoop:hadoop-client-api:3.4.1 org.apache.hadoop:hadoop-client-runtime:3.4.1 \
      org.xerial:sqlite-jdbc:3.49.1.0 org.eclipse.jetty:jetty-servlet:11.0.25 org.slf4j:slf4j-simple:2.0.16
  fi
  if [[ ! -d $BASE/trino/server ]]; then
    log "installing Trino $TRINO_VERSION (an 821 MB download on a cold cache)"
    mkdir -p "$BASE/trino"
    "${MVN[@]}" "$DEPENDENCY_PLUGIN:copy" -Dartifact="io.trino:trino-server:$TRINO_VERSION:tar.gz" -DoutputDirectory="$BASE/trino"
    rm -rf "$BASE/trino/trino-server-$TRINO_VERSION"
    tar -xzf "$BASE/trino/trino-server-$TRINO_VERSION.tar.gz" -C "$BASE/trino"
    rm "$BASE/trino/trino-server-$TRINO_VERSION.tar.gz"
    mv "$BASE/trino/trino-server-$TRINO_VERSION" "$BASE/trino/server"
  fi
  if [[ ! -d $BASE/spark/lib ]]; then
    log "installing the Spark $SPARK_VERSION Thrift server with Iceberg $ICEBERG_VERSION"
    copy_dependencies "$BASE/spark" \
      "org.apache.spark:spark-hive-thriftserver_2.12:$SPARK_VERSION" \
      "org.apache.iceberg:iceberg-spark-runtime-3.5_2.12:$ICEBERG_VERSION" \
      "org.apache.iceberg:iceberg-aws-bundle:$ICEBERG_VERSION"
  fi
  if [[ ! -d $BASE/cube/node_modules ]]; then
    log "installing Cube $CUBE_VERSION"
    mkdir -p "$BASE/cube"
    echo '{"name":"floe-cube","version":"0.0.0","private":true}' > "$BASE/cube/package.json"
    # --ignore-scripts: the native module's post-install fetches a binary from outside the registries.
    (cd "$BASE/cube" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error \
      "@cubejs-backend/server@$CUBE_VERSION" "@cubejs-backend/postgres-driver@$CUBE_VERSION" >&2)
    patch_cube_native
  fi
  log "install done in $((SECONDS - started)) s ($BASE, $(du -sh "$BASE" | cut -f1))"
}

# Without its native module Cube's server calls two functions of it at start; make them no-ops when absent.
patch_cube_native() {
  local f=$BASE/cube/node_modules/@cubejs-backend/native/dist/js/index.js
  sed -i 's/^const setupLogger = (logger, logLevel) => {$/const setupLogger = (logger, logLevel) => { if (!isSupported()) { return; }/' "$f"
  sed -i 's/^    newJinjaEngine(options) {$/    newJinjaEngine(options) { if (!isSupported()) { return null; }/' "$f"
  grep -q 'setupLogger = (logger, logLevel) => { if (!isSupported())' "$f" \
    && grep -q 'newJinjaEngine(options) { if (!isSupported())' "$f" \
    || die "Cube $CUBE_VERSION's native module changed: $f was not patched"
}

# ---------------------------------------------------------------- start

pid_of() { [[ -f $BASE/run/$1.pid ]] && cat "$BASE/run/$1.pid"; }
alive() { local p; p=$(pid_of "$1") && [[ -n $p ]] && kill -0 "$p" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

launch() {   # launch NAME COMMAND...: in the background, its own process group, output to run/NAME.log
  local name=$1; shift
  if alive "$name"; then log "$name already runs (pid $(pid_of "$name"))"; return; fi
  if port_open "$(port_of "$name")"; then
    die "$name cannot start: 127.0.0.1:$(port_of "$name") is taken by another process (stop it, or run 'bash $0 stop')"
  fi
  setsid "$@" > "$BASE/run/$name.log" 2>&1 < /dev/null &
  echo $! > "$BASE/run/$name.pid"
}

ready() {
  case "$1" in
    s3mock) curl -fsS -o /dev/null --max-time 5 -H 'Accept: application/json' http://127.0.0.1:9090/actuator/health ;;
    iceberg) curl -fsS -o /dev/null --max-time 5 http://127.0.0.1:8181/v1/config ;;
    trino) curl -fsS --max-time 5 http://127.0.0.1:8080/v1/info | grep -q '"starting":false' ;;
    spark) port_open 10000 ;;
    cube) curl -fsS -o /dev/null --max-time 5 http://127.0.0.1:4000/readyz ;;
  esac
}

await_ready() {   # fails naming the server and the tail of its log
  local name=$1 started=$SECONDS
  until ready "$name" >/dev/null 2>&1; do
    if ! alive "$name"; then
      log "$name exited before it was ready; the end of $BASE/run/$name.log:"; tail -n 40 "$BASE/run/$name.log" >&2
      die "$name did not start"
    fi
    if (( SECONDS - started > WAIT )); then
      log "$name not ready after ${WAIT}s; the end of $BASE/run/$name.log:"; tail -n 40 "$BASE/run/$name.log" >&2
      die "$name did not become ready"
    fi
    sleep 1
  done
  log "$name ready on 127.0.0.1:$(port_of "$name") (pid $(pid_of "$name"))"
}

psql_pg() { PGPASSWORD=$PG_PASSWORD psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

ensure_postgres() {
  if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    if command -v pg_ctlcluster >/dev/null; then bash "$HERE/start-postgres.sh" >&2
    else die "PostgreSQL does not answer on 127.0.0.1:5432: install and start it (Debian: apt-get install postgresql, then bash .ci/start-postgres.sh)"
    fi
  fi
}

start_s3mock() {
  mkdir -p "$BASE/s3mock/root"
  launch s3mock java -Xmx256m -jar "$BASE/s3mock/s3mock.jar" --server.address=127.0.0.1 \
    --com.adobe.testing.s3mock.store.root="$BASE/s3mock/root" \
    --com.adobe.testing.s3mock.store.initial-buckets="$WAREHOUSE_BUCKET"
}

start_iceberg() {
  ( export AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=$S3_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$S3_SECRET_KEY \
      CATALOG_CATALOG__IMPL=org.apache.iceberg.jdbc.JdbcCatalog CATALOG_URI="jdbc:sqlite:$BASE/iceberg/catalog.db" \
      CATALOG_JDBC_USER=floe CATALOG_JDBC_PASSWORD=floe CATALOG_WAREHOUSE="s3://$WAREHOUSE_BUCKET/" \
      CATALOG_IO__IMPL=org.apache.iceberg.aws.s3.S3FileIO CATALOG_S3_ENDPOINT=http://127.0.0.1:9090 \
      CATALOG_S3_PATH__STYLE__ACCESS=true CATALOG_REST_PORT=8181
    launch iceberg java -Xmx256m -cp "$BASE/iceberg/lib/*" org.apache.iceberg.rest.RESTCatalogServer )
}

start_trino() {
  local etc=$BASE/trino/etc java24
  java24=$(java24_home)
  mkdir -p "$etc/catalog" "$BASE/trino/data"
  printf '%s\n' node.environment=floe_test node.id=floe-trino-1 "node.data-dir=$BASE/trino/data" > "$etc/node.properties"
  printf '%s\n' -server -Xmx1G -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -XX:ReservedCodeCacheSize=256M \
    -Djdk.attach.allowAttachSelf=true -Dfile.encoding=UTF-8 -XX:+EnableDynamicAgentLoading > "$etc/jvm.config"
  printf '%s\n' coordinator=true node-scheduler.include-coordinator=true http-server.http.port=8080 \
    discovery.uri=http://127.0.0.1:8080 query.max-memory=400MB query.max-memory-per-node=400MB \
    memory.heap-headroom-per-node=200MB > "$etc/config.properties"
  printf '%s\n' connector.name=iceberg iceberg.catalog.type=rest iceberg.rest-catalog.uri=http://127.0.0.1:8181 \
    iceberg.rest-catalog.security=OAUTH2 "iceberg.rest-catalog.oauth2.credential=$CATALOG_CLIENT_ID:$CATALOG_CLIENT_SECRET" \
    iceberg.rest-catalog.oauth2.scope=PRINCIPAL_ROLE:ALL fs.native-s3.enabled=true s3.endpoint=http://127.0.0.1:9090 \
    s3.path-style-access=true s3.region=us-east-1 "s3.aws-access-key=$S3_ACCESS_KEY" "s3.aws-secret-key=$S3_SECRET_KEY" \
    > "$etc/catalog/iceberg.properties"
  ( export JAVA_HOME=$java24 PATH=$java24/bin:$PATH
    launch trino "$BASE/trino/server/bin/launcher" run --etc-dir="$etc" --data-dir="$BASE/trino/data" )
}

start_spark() {
  mkdir -p "$BASE/spark/work"
  local opens=() p
  for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
      java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
    opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
  done
  ( cd "$BASE/spark/work"
    export AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=$S3_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$S3_SECRET_KEY
    launch spark java -Xmx1g "${opens[@]}" -Djdk.reflect.useDirectMethodHandle=false \
      -Dderby.system.home="$BASE/spark/work" -cp "$BASE/spark/lib/*" org.apache.spark.deploy.SparkSubmit \
      --master 'local[2]' --conf spark.driver.bindAddress=127.0.0.1 --conf spark.driver.host=127.0.0.1 \
      --conf spark.ui.enabled=false --conf spark.sql.warehouse.dir="$BASE/spark/warehouse" \
      --conf spark.sql.extensions=org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions \
      --conf spark.sql.catalog.floe=org.apache.iceberg.spark.SparkCatalog --conf spark.sql.catalog.floe.type=rest \
      --conf spark.sql.catalog.floe.uri=http://127.0.0.1:8181 \
      --conf spark.sql.catalog.floe.credential="$CATALOG_CLIENT_ID:$CATALOG_CLIENT_SECRET" \
      --conf spark.sql.catalog.floe.io-impl=org.apache.iceberg.aws.s3.S3FileIO \
      --conf spark.sql.catalog.floe.s3.endpoint=http://127.0.0.1:9090 --conf spark.sql.catalog.floe.s3.path-style-access=true \
      --class org.apache.spark.sql.hive.thriftserver.HiveThriftServer2 spark-internal \
      --hiveconf hive.server2.thrift.port=10000 --hiveconf hive.server2.thrift.bind.host=127.0.0.1 )
}

start_cube() {
  # the model and the row-level security of the cube example (examples/cube-example/cube)
  local conf=$HERE/../examples/cube-example/cube
  [[ -f $conf/cube.js ]] || die "the Cube configuration $conf/cube.js is missing"
  rm -rf "$BASE/cube/model" && cp -R "$conf/model" "$BASE/cube/model" && cp "$conf/cube.js" "$BASE/cube/cube.js"
  ( cd "$BASE/cube"
    export CUBEJS_DEV_MODE=false CUBEJS_DB_TYPE=postgres CUBEJS_DB_HOST=127.0.0.1 CUBEJS_DB_PORT=5432 \
      CUBEJS_DB_NAME=postgres CUBEJS_DB_USER=postgres CUBEJS_DB_PASS="$PG_PASSWORD" CUBEJS_API_SECRET="$CUBE_SECRET" \
      CUBEJS_CACHE_AND_QUEUE_DRIVER=memory CUBEJS_TELEMETRY=false CUBEJS_LOG_LEVEL=warn PORT=4000
    launch cube node node_modules/.bin/cubejs-server )
}

start() {
  local profile=${1:-full} started=$SECONDS name
  local servers; servers=$(servers_of "$profile")
  for name in $servers; do
    [[ -e $BASE/$name ]] || die "$name is not installed in $BASE: run 'bash $0 install' first"
  done
  mkdir -p "$BASE/run"
  ensure_postgres
  for name in $servers; do "start_$name"; done
  for name in $servers; do await_ready "$name"; done
  log "profile $profile ready in $((SECONDS - started)) s"
}

# ---------------------------------------------------------------- status, env, stop

status() {
  local name state down=0
  for name in "${ALL_SERVERS[@]}"; do
    if alive "$name" && ready "$name" >/dev/null 2>&1; then state=up
    elif alive "$name"; then state="starting or unhealthy"; down=1
    else state=down; fi
    printf '%-8s %-22s pid %-8s 127.0.0.1:%s\n' "$name" "$state" "$(pid_of "$name" || echo -)" "$(port_of "$name")"
  done
  pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && echo "postgres up                     127.0.0.1:5432" \
    || echo "postgres down                   127.0.0.1:5432"
  return $down
}

env_lines() {
  local profile=${1:-full}
  servers_of "$profile" >/dev/null
  cat <<EOF
export FLOE_SERVICES_MODE=external
export FLOE_SERVICES_POSTGRES_HOST=127.0.0.1
export FLOE_SERVICES_POSTGRES_PORT=5432
export FLOE_SERVICES_LOCALSTACK_URL=http://127.0.0.1:9090
export FLOE_SERVICES_LOCALSTACK_ACCESS_KEY=$S3_ACCESS_KEY
export FLOE_SERVICES_LOCALSTACK_SECRET_KEY=$S3_SECRET_KEY
export FLOE_SERVICES_LOCALSTACK_BUCKET=$WAREHOUSE_BUCKET
export FLOE_SERVICES_POLARIS_URL=http://127.0.0.1:8181
export FLOE_SERVICES_POLARIS_CLIENT_ID=$CATALOG_CLIENT_ID
export FLOE_SERVICES_POLARIS_CLIENT_SECRET=$CATALOG_CLIENT_SECRET
EOF
  if [[ $profile != storage ]]; then
    cat <<EOF
export FLOE_SERVICES_TRINO_URL=http://127.0.0.1:8080
export FLOE_SERVICES_SPARK_ICEBERG_HOST=127.0.0.1
export FLOE_SERVICES_SPARK_ICEBERG_THRIFT_PORT=10000
EOF
  fi
  if [[ $profile == full ]]; then
    cat <<EOF
export FLOE_SERVICES_CUBE_URL=http://127.0.0.1:4000
export CUBEJS_API_SECRET=$CUBE_SECRET
EOF
  fi
}

stop() {
  local name p
  for name in cube spark trino iceberg s3mock; do
    p=$(pid_of "$name") || continue
    if kill -0 "$p" 2>/dev/null; then
      kill -TERM -- "-$p" 2>/dev/null || kill -TERM "$p" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$p" 2>/dev/null || break; sleep 1; done
      if kill -0 "$p" 2>/dev/null; then kill -KILL -- "-$p" 2>/dev/null || kill -KILL "$p" 2>/dev/null || true; fi
      log "stopped $name (pid $p)"
    fi
    rm -f "$BASE/run/$name.pid"
  done
}

case "${1:-}" in
  install) install ;;
  start) start "${2:-full}" ;;
  status) status ;;
  env) env_lines "${2:-full}" ;;
  stop) stop ;;
  *) echo "usage: bash $0 install | start [storage|compute|full] | status | env [storage|compute|full] | stop" >&2; exit 2 ;;
esac
