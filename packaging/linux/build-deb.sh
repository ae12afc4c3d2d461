#!/usr/bin/env bash
# Makes the .deb from the jpackage app image: the image under /opt/modelcard-studio, and beside it
# the files a desktop needs (entry, MIME type, icons) and /usr/bin/modelcard. Every file is in the
# package's payload, so dpkg removes all of them; Debian's triggers (desktop-file-utils,
# shared-mime-info, hicolor-icon-theme) refresh the menus and MIME database. The one file made on
# the machine is the AppCDS archive (JDK 17 ties it to the path it was dumped at): postinst makes
# it, prerm deletes it.
# Usage: build-deb.sh IMAGE OUT_DIR DEB_VERSION
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/../.." && pwd)"
image="$1"; out="$2"; version="$3"
name=modelcard-studio
arch="$(dpkg --print-architecture)"
root="$out/deb-root"
rm -rf "$root"
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/mime/packages" \
    "$root/usr/share/doc/$name" "$root/DEBIAN"
cp -a "$image" "$root/opt/$name"
rm -f "$root/opt/$name/lib/app/modelcard.jsa"
# /usr/bin/modelcard runs the bundled java with the options and class path of the image's modelcard
# launcher (lib/app/modelcard.cfg, read here so they are written once). Not a link to that launcher:
# jpackage's Linux launcher asks dpkg and rpm which package holds it at every start, which costs
# about 0.2 s of CPU; a command-line tool should not pay that per call.
cfg="$image/lib/app/modelcard.cfg"
app_dir="/opt/$name/lib/app"
options="$(sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$app_dir|g" | tr '\n' ' ')"
class_path="$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app_dir|g")"
main_class="$(sed -n 's/^app.mainclass=//p' "$cfg")"
cat > "$root/usr/bin/modelcard" <<LAUNCHER
#!/bin/sh
# modelcard: Model Card Studio's command line (and, without arguments, its editor)
exec /opt/$name/lib/runtime/bin/java $options-cp $class_path $main_class "\$@"
LAUNCHER
chmod 755 "$root/usr/bin/modelcard"
install -m 644 "$here/$name.desktop" "$root/usr/share/applications/$name.desktop"
install -m 644 "$here/$name-mime.xml" "$root/usr/share/mime/packages/$name.xml"
install -m 644 "$here/copyright" "$root/usr/share/doc/$name/copyright"
for size in 16 32 48 64 128 256 512; do
    dir="$root/usr/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    install -m 644 "$project/assets/icon/$name-$size.png" "$dir/$name.png"
done
mkdir -p "$root/usr/share/icons/hicolor/scalable/apps"
install -m 644 "$project/assets/icon/$name.svg" "$root/usr/share/icons/hicolor/scalable/apps/$name.svg"
chmod -R u+rwX,go+rX,go-w "$root"
size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
# The CLI needs only libc and zlib; the editor's window needs GTK and OpenGL, so those are
# Recommends: a CI server can install the package for `modelcard validate` without a desktop.
cat > "$root/DEBIAN/control" <<CONTROL
Package: $name
Version: $version
Section: devel
Priority: optional
Architecture: $arch
Installed-Size: $size
Depends: libc6, zlib1g
Recommends: libgtk-3-0, libgl1, libxtst6, libasound2, desktop-file-utils, shared-mime-info
Maintainer: Model Card Studio <maintainers@modelcards.invalid>
Homepage: https://github.com/modelcards/modelcard-studio
Description: editor and command-line checker for machine-learning model cards
 Model Card Studio writes, checks and converts model cards: Hugging Face README.md,
 native JSON, Model Card Toolkit JSON, CycloneDX ML-BOM and HTML. The editor guides
 each section; the modelcard command validates cards in CI (SARIF, GitHub annotations)
 and compares versions, also from git history. Includes its own Java runtime.
CONTROL
cat > "$root/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
    /opt/modelcard-studio/lib/make-cds-archive.sh /opt/modelcard-studio || true
fi
SCRIPT
cat > "$root/DEBIAN/prerm" <<'SCRIPT'
#!/bin/sh
set -e
rm -f /opt/modelcard-studio/lib/app/modelcard.jsa
SCRIPT
chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm"
dpkg-deb --root-owner-group -Zxz --build "$root" "$out/${name}_${version}_${arch}.deb" >/dev/null
rm -rf "$root"
echo "build-deb: $out/${name}_${version}_${arch}.deb"
