#!/bin/sh
# Makes target/modelcard-cli.jsa, the class-data archive bin/modelcard uses: a training run of the
# command line (validate and convert over the bundled real cards, rules, --help) records the classes
# it loads, lambdas included, and the JVM writes them at exit (JDK 17 dynamic AppCDS). The archive
# belongs to one jar and one JVM: make it again after each build (bin/modelcard ignores one older
# than the jar). Usage: tools/appcds.sh   (after mvn -q -DskipTests package)
set -e
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
jar="$root/target/modelcard-studio.jar"
archive="$root/target/modelcard-cli.jsa"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cards="$root/src/test/resources/realcards"
[ -f "$jar" ] || { echo "appcds: build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
rm -f "$archive"
# one run that takes the paths a one-card validate takes (front matter, body, tables, rules, text report)
"$java" -XX:ArchiveClassesAtExit="$archive" -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$jar" validate "$cards/hub" "$cards/publishers" "$root/src/main/resources/org/modelcards/core/template" \
    >/dev/null 2>&1 || true
[ -f "$archive" ] && echo "appcds: wrote $archive ($(du -h "$archive" | cut -f1))"
