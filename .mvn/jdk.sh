# Sourced by mvnw, rapport and rapport-ctl: picks a JDK >= 21 and exports JAVA_HOME.
# Order: JAVA_HOME if it is >= 21, else the newest JDK under /usr/lib/jvm (RAPPORT_JVM_DIR overrides).

rapport_java_major() { # $1 = path to a java binary; prints its feature version or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

rapport_pick_jdk() {
  local min=21 best="" best_major=0 dir major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(rapport_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then return 0; fi
  fi
  for dir in "${RAPPORT_JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -x "$dir/bin/javac" ] && [ ! -L "$dir" ] || continue
    major=$(rapport_java_major "$dir/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best="$dir"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "Rapport needs a JDK $min or later to build, and none was found." >&2
    echo "  JAVA_HOME=${JAVA_HOME:-<unset>} is older or not a JDK, and ${RAPPORT_JVM_DIR:-/usr/lib/jvm} has no JDK >= $min." >&2
    echo "  Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
