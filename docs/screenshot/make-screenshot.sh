#!/usr/bin/env bash
# Regenerates the README screenshot (assets/screenshot.png) from the demonstration comparison
# docs/demo/karabakh-two-perspectives.parallax.json: the real window in a virtual display (Xvfb),
# the comparison opened, its first confirmed link chosen in the Links list so both essays scroll to
# it and its ribbons and partners show, then a picture of the window.
#
#   usage: docs/screenshot/make-screenshot.sh [OUT.png=assets/screenshot.png] [WIDTH=1400 HEIGHT=860]
#
# Needs Xvfb and GTK 3 (Debian/Ubuntu: apt-get install xvfb libgtk-3-0). Runs with a throw-away home
# folder, so your own settings, recent files and recovery file are neither used nor touched.
# The demonstration comparison itself is built by org.parallax.demo.DemoComparison (src/test).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-assets/screenshot.png}
width=${2:-1400}
height=${3:-860}
demo=docs/demo/karabakh-two-perspectives.parallax.json

command -v Xvfb >/dev/null || { echo "make-screenshot: Xvfb is missing (apt-get install xvfb)"; exit 2; }
mvn -B -ntp -q -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/screenshot.classpath -Dmdep.includeScope=test

home=$(mktemp -d)
display=:$(( 100 + RANDOM % 100 ))
Xvfb "$display" -screen 0 "$((width + 40))x$((height + 40))x24" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT
sleep 1
DISPLAY=$display timeout 180 java \
  -Duser.home="$home" -Djava.util.prefs.userRoot="$home/prefs" \
  -Dprism.order=sw -Dprism.lcdtext=false \
  -cp "target/test-classes:target/classes:$(cat target/screenshot.classpath)" \
  org.parallax.demo.ScreenshotProbe "$demo" "$out" "$width" "$height"
