#!/usr/bin/env bash
# Installs the Debian packages Rapport needs that this machine lacks, by group:
#   gui       GTK 3 and fonts (Latin and CJK) for the workbench, and a CJK TrueType font
#             (WenQuanYi Micro Hei, TrueType outlines) that report PDFs embed as a subset; Noto CJK has CFF outlines
#   test      an X server (Xvfb) and X tools for the workbench and product tests
#   build     the system Maven that bootstraps Maven 3.9 (see mvnw)
#   postgres  a PostgreSQL server for the shared-database test suites
# Installs only what is missing; needs root (or password-less sudo) for that, else says what to install.
set -euo pipefail

declare -A groups=(
  [gui]="libgtk-3-0 fonts-dejavu-core fonts-noto-cjk fonts-wqy-microhei"
  [test]="xvfb xauth x11-utils xdotool libxtst6"
  [build]="maven"
  [postgres]="postgresql"
)

wanted=()
for group in "$@"; do
  [ -n "${groups[$group]:-}" ] || { echo "prerequisites: unknown group '$group' (known: ${!groups[*]})" >&2; exit 2; }
  # shellcheck disable=SC2206 # package lists are split on purpose
  wanted+=(${groups[$group]})
done

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Rapport needs these packages, and this system has no apt-get to install them: ${missing[*]}" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "Rapport needs these Debian packages: ${missing[*]}" >&2
  echo "  Install them as root:  apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing missing packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
