# Sourced by ./rapport --demo: make_demo_home makes the demo database in $RAPPORT_HOME with the
# product in $product, unless it is there. RAPPORT_DEMO_CUSTOMERS sets its size (2,000 customers,
# five purchases each).
make_demo_home() {
  local customers="${RAPPORT_DEMO_CUSTOMERS:-2000}"
  # there while the demo is being made: a making that was ended (Ctrl+C, a closed terminal) left a
  # database with part of the demo, which is made again rather than opened half-filled
  local making="$RAPPORT_HOME/demo-being-made"
  if [ -f "$making" ]; then
    echo "The demo database in $RAPPORT_HOME was not finished when it was last made; making it again..." >&2
    rm -rf "$RAPPORT_HOME/db"
  fi
  if [ -d "$RAPPORT_HOME/db" ]; then
    return 0
  fi
  echo "Making the demo database in $RAPPORT_HOME ($customers customers)..." >&2
  mkdir -p "$RAPPORT_HOME"
  touch "$making"
  "$product/rapport-ctl" db init >&2
  "$product/rapport-ctl" demo generate --customers "$customers" --purchases "$((customers * 5))" --seed 1 >&2
  rm -f "$making"
}
