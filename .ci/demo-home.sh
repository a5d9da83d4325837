# Sourced by ./rapport --demo: make_demo_home [-nl LOCALE] makes the demo database in $RAPPORT_HOME
# with the product in $product, unless it is there, its lines in that language.
# RAPPORT_DEMO_CUSTOMERS sets its size (2,000 customers, five purchases each).
make_demo_home() {
  local customers="${RAPPORT_DEMO_CUSTOMERS:-2000}"
  local chinese=no
  case "${2:-}" in zh*) chinese=yes ;; esac
  # there while the demo is being made: a making that was ended (Ctrl+C, a closed terminal) left a
  # database with part of the demo, which is made again rather than opened half-filled
  local making="$RAPPORT_HOME/demo-being-made"
  if [ -f "$making" ]; then
    if [ "$chinese" = yes ]; then
      echo "$RAPPORT_HOME 中的演示数据库上次没有生成完，正在重新生成..." >&2
    else
      echo "The demo database in $RAPPORT_HOME was not finished when it was last made; making it again..." >&2
    fi
    rm -rf "$RAPPORT_HOME/db"
  fi
  if [ -d "$RAPPORT_HOME/db" ]; then
    return 0
  fi
  if [ "$chinese" = yes ]; then
    echo "正在 $RAPPORT_HOME 中生成演示数据库（$customers 位客户）..." >&2
  else
    echo "Making the demo database in $RAPPORT_HOME ($customers customers)..." >&2
  fi
  mkdir -p "$RAPPORT_HOME"
  touch "$making"
  # the demo's progress lines in the workbench's language, not the system's
  "$product/rapport-ctl" db init "$@" >&2
  "$product/rapport-ctl" demo generate --customers "$customers" --purchases "$((customers * 5))" --seed 1 "$@" >&2
  rm -f "$making"
}
