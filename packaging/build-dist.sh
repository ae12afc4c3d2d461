#!/usr/bin/env bash
# Builds the installable app from target/modelcard-studio.jar (run by `mvn -Pdist package`):
#   1. jdeps finds the JDK modules the jar uses; jlink makes a trimmed runtime of just those;
#   2. jpackage makes an app image with two launchers: modelcard-studio (the editor) and
#      modelcard (the CLI, tuned for short runs);
#   3. an AppCDS archive is trained by running the packaged CLI launcher on the bundled example
#      card, written into the image, and named in both launchers' options;
#   4. the installer for this platform: on Linux a .deb (and an .rpm where rpmbuild exists),
#      on macOS a .dmg, on Windows an .msi (jpackage needs WiX there).
# Usage: packaging/build-dist.sh TARGET_DIR PROJECT_VERSION
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/.." && pwd)"
target="$(cd "${1:?target folder}" && pwd)"
version="${2:?project version}"
name=modelcard-studio
jar="$target/$name.jar"
out="$target/dist"
# jpackage wants a numeric version; Debian sorts 0.1.0~SNAPSHOT before 0.1.0
app_version="${version%%-*}"
deb_version="${version/-/\~}"

tool() {
    # the JDK tools of the JDK running Maven (JAVA_HOME), else of the java on the PATH
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1"; fi
}
JDEPS="$(tool jdeps)"; JLINK="$(tool jlink)"; JPACKAGE="$(tool jpackage)"

case "$(uname -s)" in
    Linux*) platform=linux ;;
    Darwin*) platform=mac ;;
    MINGW*|MSYS*|CYGWIN*) platform=windows ;;
    *) echo "build-dist: unknown platform $(uname -s)" >&2; exit 2 ;;
esac

[[ -f "$jar" ]] || { echo "build-dist: $jar is missing (run the package phase first)" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out/input" "$out/image"
cp "$jar" "$out/input/"

echo "build-dist: jdeps"
modules="$("$JDEPS" --multi-release 17 --ignore-missing-deps --print-module-deps "$jar" | tail -1)"
# jdk.zipfs: the bundled examples are read from inside the jar; jdk.localedata stays out
# (the app's texts are English and its dates ISO 8601)
modules="$modules,jdk.zipfs"
echo "build-dist: modules $modules"

echo "build-dist: jlink"
"$JLINK" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive --output "$out/runtime"

icon=()
case "$platform" in
    linux) icon=(--icon "$project/assets/icon/$name-256.png") ;;
    windows) icon=(--icon "$project/assets/icon/$name.ico") ;;
esac

echo "build-dist: jpackage app image"
"$JPACKAGE" --type app-image --dest "$out/image" --name "$name" --app-version "$app_version" \
    --vendor "Model Card Studio" --description "Write, check and convert machine-learning model cards" \
    --input "$out/input" --main-jar "$name.jar" --main-class org.modelcards.Main \
    --runtime-image "$out/runtime" "${icon[@]}" \
    --add-launcher "modelcard=$here/modelcard-launcher.properties"

case "$platform" in
    linux) image="$out/image/$name"; bin="$image/bin"; cfgs="$image/lib/app" ;;
    mac) image="$out/image/$name.app"; bin="$image/Contents/MacOS"; cfgs="$image/Contents/app" ;;
    windows) image="$out/image/$name"; bin="$image"; cfgs="$image/app" ;;
esac
example="$project/assets/examples/tiny-sentiment.modelcard.json"

add_option() { # add_option CFG OPTION: one more java-options line in a launcher's [JavaOptions]
    sed -i.bak "/^\[JavaOptions\]/a java-options=$2" "$1" && rm -f "$1.bak"
}

if [[ "$platform" == linux ]]; then
    echo "build-dist: AppCDS archive"
    # Train on what users run: the packaged CLI launcher, --version and validate of the example card.
    # The two runs' class lists make one list (in the image); the archive is dumped from it.
    cp "$cfgs/modelcard.cfg" "$out/modelcard.cfg.orig"
    for run in version validate; do
        cp "$out/modelcard.cfg.orig" "$cfgs/modelcard.cfg"
        add_option "$cfgs/modelcard.cfg" "-XX:DumpLoadedClassList=$out/$run.classlist"
        if [[ $run == version ]]; then "$bin/modelcard" --version >/dev/null
        else "$bin/modelcard" validate "$example" >/dev/null || [[ $? -eq 1 ]]; fi
    done
    mv "$out/modelcard.cfg.orig" "$cfgs/modelcard.cfg"
    # the same lambda entries twice make JDK 17's dump crash: keep each line once, in order
    awk '!seen[$0]++' "$out/version.classlist" "$out/validate.classlist" > "$cfgs/modelcard.classlist"
    install -m 755 "$here/linux/make-cds-archive.sh" "$image/lib/make-cds-archive.sh"
    "$image/lib/make-cds-archive.sh" "$image"
    [[ -f "$cfgs/modelcard.jsa" ]] || { echo "build-dist: the AppCDS dump failed" >&2; exit 1; }
    for cfg in "$cfgs/modelcard.cfg" "$cfgs/$name.cfg"; do
        # -Xshare:auto: should the archive not match, the JVM starts without it instead of failing
        add_option "$cfg" "-Xshare:auto"
        add_option "$cfg" "-XX:SharedArchiveFile=\$APPDIR/modelcard.jsa"
    done
fi
"$bin/modelcard" --version

case "$platform" in
    linux)
        if command -v dpkg-deb >/dev/null; then "$here/linux/build-deb.sh" "$image" "$out" "$deb_version"; fi
        if command -v rpmbuild >/dev/null; then
            "$JPACKAGE" --type rpm --app-image "$image" --name "$name" --app-version "$app_version" --dest "$out"
        fi ;;
    mac) "$JPACKAGE" --type dmg --app-image "$image" --name "$name" --app-version "$app_version" --dest "$out" ;;
    windows) "$JPACKAGE" --type msi --app-image "$image" --name "$name" --app-version "$app_version" \
        --win-menu --win-shortcut --dest "$out" ;;
esac
echo "build-dist: image $(du -sh "$image" | cut -f1) in $image"
ls -l "$out" | grep -E '\.(deb|rpm|dmg|msi)$' || true
