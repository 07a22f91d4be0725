#!/bin/sh
# Writes the second CDS layer of the app image: the app's own classes and its libraries' (class path), their
# lambda classes, and the JDK/JavaFX classes the base archive lacks, as a dynamic archive on top of the base
# (issue #14). It runs the image's JVM exactly as the launcher does (options and class path from the
# launcher's .cfg), with the base archive only, up to the explorer's first frame (FirstFrameProbe), and
# dumps what was loaded at exit. Settings are not read or written (-Dfocalexplorer.prefs=memory).
#
# CDS checks the class path: the layer is used only where it was written (target/jpackage/…); an installed
# copy (another path) finds it mismatched, skips it and keeps the base archive (checked with -Xlog:cds).
# Needs a display: $DISPLAY, else xvfb-run; without either the layer is skipped and the base archive alone is used.
#   cds-app-layer.sh <app image dir> <launcher name> <base archive file name> <layer file name>
set -eu
image=$1
name=$2
base=$3
layer=$4
app="$image/lib/app"
cfg="$app/$name.cfg"
rm -f "$app/$layer"
if [ -n "${DISPLAY:-}" ]; then
    wrap=""
elif command -v xvfb-run >/dev/null 2>&1; then
    wrap="xvfb-run -a"
else
    echo "cds-app-layer: no display and no xvfb-run: the app layer is skipped (the base archive is used alone)"
    exit 0
fi
cp=""
set --
while IFS= read -r line; do
    case "$line" in
        app.classpath=*) entry=${line#app.classpath=}; cp="${cp:+$cp:}$(echo "$entry" | sed "s|\$APPDIR|$app|g")" ;;
        java-options=-XX:SharedArchiveFile=*) set -- "$@" "-XX:SharedArchiveFile=$app/$base" ;;
        java-options=*) set -- "$@" "$(echo "${line#java-options=}" | sed "s|\$APPDIR|$app|g")" ;;
    esac
done < "$cfg"
main=$(sed -n 's/^app.mainclass=//p' "$cfg")
# The layer is an optimisation: a run that fails or hangs (no first frame within 10 minutes) leaves the base
# archive alone in use and does not fail the build, but says so.
if ! FOCALEXPLORER_FIRST_FRAME=app timeout 600 $wrap "$image/lib/runtime/bin/java" "$@" -Dfocalexplorer.prefs=memory \
    -XX:ArchiveClassesAtExit="$app/$layer" -Xlog:cds=off -cp "$cp" "$main" >/dev/null; then
    echo "cds-app-layer: WARNING: the run to the first frame failed"
    rm -f "$app/$layer"
fi
if [ -f "$app/$layer" ]; then
    echo "cds-app-layer: wrote $app/$layer ($(wc -c < "$app/$layer") bytes)"
else
    echo "cds-app-layer: the dump wrote nothing: the base archive is used alone"
fi
