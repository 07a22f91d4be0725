#!/bin/sh
# Copies JavaFX's native libraries (libglass.so, libprism_*.so, …) out of the javafx-graphics platform jar
# into the app image's runtime/lib. jlink keeps them only as resources inside the javafx.graphics module
# (the Maven jars are not jmods), so at every start JavaFX looked for them in runtime/lib, failed, then
# copied them to ~/.openjfx/cache and MD5-summed them (issue #14: the hashing alone got the C2 compiler to
# work before the first frame). Found in runtime/lib they load directly ("from relative path").
#   fx-natives.sh <jar tool> <fx-mods dir> <runtime/lib dir>
set -eu
jar_tool=$1
fx_mods=$2
dest=$3
for fx in "$fx_mods"/javafx-graphics-*-*.jar; do
    libs=$("$jar_tool" tf "$fx" | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
    if [ -n "$libs" ]; then
        (cd "$dest" && "$jar_tool" xf "$fx" $libs)
        echo "fx-natives: $(echo $libs | wc -w) libraries from $(basename "$fx") into $dest"
    fi
done
