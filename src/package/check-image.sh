#!/usr/bin/env bash
# Starts the built Linux app image as a reader would and checks that it works:
#   1. `bin/Parallax align SEED OTHER --json` (the command line, from the image's own launcher)
#      prints one valid JSON object with links between the bundled seed essay and a short
#      counterpart;
#   2. `bin/Parallax OTHER` opens the window in a virtual display (Xvfb) with the seed on the left
#      and OTHER on the right: a window named Parallax is mapped (xdotool), the window writes both
#      essays' titles to a ready marker (-Dparallax.readyFile, see org.parallax.ui.ReadyMarker), and
#      a picture of it (IMAGE/../image-window.png) is not blank.
# Runs with a throw-away home folder, so no settings, recent files or recovery file are touched.
#
#   usage: src/package/check-image.sh [IMAGE_DIR=target/installer/Parallax]
#   run by: mvn -Ppackage verify (after the image is built)
# Needs Xvfb, xdotool, ImageMagick's import and python3 (Debian/Ubuntu: apt-get install xvfb
# xdotool imagemagick python3), and GTK 3 (libgtk-3-0) as any JavaFX window on Linux does.
set -euo pipefail
cd "$(dirname "$0")/../.."
image=$(realpath "${1:-target/installer/Parallax}")
launcher=$image/bin/Parallax
shot=$(dirname "$image")/image-window.png
wait_s=${CHECK_IMAGE_TIMEOUT:-180}

fail() { echo "check-image: FAILED: $*" >&2; exit 1; }
for tool in Xvfb xdotool import python3; do
  command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install xvfb xdotool imagemagick python3)"
done
[ -x "$launcher" ] || fail "no launcher at $launcher (build it: mvn -Ppackage -DskipTests package)"

work=$(mktemp -d)
seed=$(ls seeds/*.txt | head -n 1)
other=$work/other-perspective.txt
cat >"$other" <<'TEXT'
On 19 September 2023 Azerbaijan attacked Nagorno-Karabakh and took Khankendi, which Armenians call
Stepanakert, after a one-day operation.

More than 100,000 Armenians fled along the Lachin road within a week.
TEXT

# 1. the command line from the image's launcher
"$launcher" align "$seed" "$other" --json >"$work/align.json" 2>"$work/align.err" \
  || fail "align exited with $? ($(tail -n 3 "$work/align.err"))"
python3 - "$work/align.json" <<'PY' || fail "align --json did not print the expected JSON"
import json, sys
result = json.load(open(sys.argv[1], encoding="utf-8"))
assert result["a"]["claims"] and result["b"]["claims"], "no claims"
assert result["links"], "no links"
print(f"check-image: align --json: {len(result['a']['claims'])} + {len(result['b']['claims'])} claims,"
      f" {len(result['links'])} links, meaning model used: {result['usedEmbeddings']}")
PY

# 2. the window, in a virtual display
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.2; done
export DISPLAY=:$(head -n 1 "$work/display")
marker=$work/ready.txt
JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Djava.util.prefs.userRoot=$work/home/prefs -Dparallax.readyFile=$marker" \
  "$launcher" "$other" >"$work/window.log" 2>&1 &
app=$!

window=""
colours=0
for _ in $(seq 1 "$wait_s"); do
  kill -0 "$app" 2>/dev/null || fail "the window exited: $(tail -n 5 "$work/window.log")"
  [ -n "$window" ] || window=$(xdotool search --onlyvisible --name '^Parallax$' 2>/dev/null | head -n 1 || true)
  if [ -n "$window" ] && [ -s "$marker" ]; then
    import -window "$window" "$shot" 2>/dev/null || true
    colours=$(convert "$shot" -format %k info: 2>/dev/null || echo 0)
    [ "$colours" -gt 200 ] && break
  fi
  sleep 1
done
[ -n "$window" ] || fail "no window named Parallax appeared in ${wait_s} s"
[ -s "$marker" ] || fail "the window did not open both essays in ${wait_s} s"
grep -qx "left: Military operation in Karabakh: the final battle?" "$marker" \
  || fail "the seed is not on the left: $(cat "$marker")"
grep -qx "right: other-perspective" "$marker" || fail "the file given is not on the right: $(cat "$marker")"
[ "$colours" -gt 200 ] || fail "the window stayed blank ($colours colours in $shot)"
echo "check-image: the window opened the seed and $(basename "$other") ($colours colours in $shot)"
echo "check-image: OK"
