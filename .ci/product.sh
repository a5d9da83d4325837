# Sourced by ./rapport and ./rapport-ctl: builds the product when it is missing or older than the
# sources, and sets $product to the materialized installation.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
product="$root/product/org.rapport.product/target/products/org.rapport.product/linux/gtk/x86_64/rapport"
stamp="$root/product/org.rapport.product/target/rapport-built.stamp"

"$root/.ci/prerequisites.sh" build
. "$root/.mvn/jdk.sh"
rapport_pick_jdk || exit 1

product_is_stale() {
  [ -x "$product/rapport" ] && [ -f "$stamp" ] || return 0
  # any source file newer than the last build (build outputs and the copied Derby jars excluded)
  [ -n "$(cd "$root" && find pom.xml .mvn target-platform bundles features product -type f -newer "$stamp" \
          -not -path '*/target/*' -not -path '*/lib/*' -print -quit)" ]
}

if product_is_stale; then
  echo "Building Rapport (the first build downloads its dependencies and takes a few minutes)..." >&2
  log="$root/target/build.log"
  mkdir -p "$root/target"
  if ! "$root/mvnw" -B -ntp -DskipTests verify >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "The build failed; the whole log is in $log" >&2
    exit 1
  fi
  touch "$stamp"
fi
