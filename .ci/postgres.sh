# Sourced by ./test: makes sure a PostgreSQL server runs on 127.0.0.1 with a role and a database for
# the test suites, and exports RAPPORT_TEST_PG_URL, RAPPORT_TEST_PG_USER and RAPPORT_TEST_PG_PASSWORD.
# A developer who has a server elsewhere sets those three variables before ./test and skips this.

rapport_prepare_postgres() {
  if [ -n "${RAPPORT_TEST_PG_URL:-}" ]; then return 0; fi
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "PostgreSQL is not installed; the PostgreSQL suites need it (apt-get install postgresql)." >&2
    return 1
  fi
  local as_postgres=()
  if [ "$(id -u)" -eq 0 ]; then as_postgres=(runuser -u postgres --)
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then as_postgres=(sudo -n -u postgres)
  else
    echo "Preparing PostgreSQL needs root; or set RAPPORT_TEST_PG_URL, RAPPORT_TEST_PG_USER and RAPPORT_TEST_PG_PASSWORD." >&2
    return 1
  fi
  local version cluster port status
  while read -r version cluster port status _; do
    [ "$status" = online ] || pg_ctlcluster "$version" "$cluster" start
  done < <(pg_lsclusters --no-header)
  port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
  local psql=("${as_postgres[@]}" psql -p "$port" -v ON_ERROR_STOP=1 -qtA)
  if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'rapport_test'")" != 1 ]; then
    "${psql[@]}" -c "CREATE ROLE rapport_test LOGIN PASSWORD 'rapport_test' CREATEDB"
  fi
  if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'rapport_test'")" != 1 ]; then
    "${psql[@]}" -c "CREATE DATABASE rapport_test OWNER rapport_test ENCODING 'UTF8' TEMPLATE template0"
  fi
  export RAPPORT_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/rapport_test"
  export RAPPORT_TEST_PG_USER=rapport_test
  export RAPPORT_TEST_PG_PASSWORD=rapport_test
}
