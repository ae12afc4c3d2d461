#!/bin/sh
# Writes the AppCDS archive lib/app/modelcard.jsa of an app image from the class list trained at
# package time (lib/app/modelcard.classlist). JDK 17 accepts an archive only for the class path it
# was dumped with, so it is made where the image lives: at package time in the build folder, and
# again by the .deb's postinst in /opt. Both launchers name it with -Xshare:auto, so a missing or
# stale archive only costs start-up time. Usage: make-cds-archive.sh IMAGE_DIR
set -e
image="$1"
app="$image/lib/app"
"$image/lib/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:dump \
    -XX:SharedClassListFile="$app/modelcard.classlist" -XX:SharedArchiveFile="$app/modelcard.jsa" \
    -cp "$app/modelcard-studio.jar" >/dev/null 2>&1 || rm -f "$app/modelcard.jsa"
