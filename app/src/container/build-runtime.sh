#!/usr/bin/env bash
# Builds the file system Jib puts on top of an empty ("scratch") base image: a Java runtime cut down with jlink to the
# modules Switchboard uses, the few shared libraries it links against (found with ldd, copied from this machine), and
# the directories the application writes to. No registry is needed, so the image builds where Docker Hub and other
# registries cannot be reached (see README, "Container image").
#
#   build-runtime.sh <output directory> [jdk]
#
# The JDK (default: $JLINK_JDK, else the one running Maven) must bring its jmods (Debian: openjdk-17-jdk-headless
# does), and must be a Linux JDK: the libraries copied are this machine's, so build on the platform you ship.
set -euo pipefail

out=$1
jdk=${2:-${JLINK_JDK:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}}
[[ -d "$jdk/jmods" ]] || { echo "build-runtime.sh: $jdk has no jmods; set JLINK_JDK to a JDK that has" >&2; exit 1; }

wanted=(java.base java.compiler java.desktop java.instrument java.logging java.management java.naming java.net.http
        java.prefs java.rmi java.scripting java.security.jgss java.security.sasl java.sql java.transaction.xa java.xml
        jdk.crypto.ec jdk.jfr jdk.management jdk.naming.dns jdk.net jdk.unsupported jdk.zipfs)
available=$("$jdk/bin/java" --list-modules | sed 's/@.*//')
modules=()
for module in "${wanted[@]}"; do grep -qx "$module" <<<"$available" && modules+=("$module"); done

rm -rf "$out"
mkdir -p "$out/opt" "$out/data" "$out/tmp" "$out/proc"
"$jdk/bin/jlink" --module-path "$jdk/jmods" --add-modules "$(IFS=,; echo "${modules[*]}")" \
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/opt/java"

# Debian's JDK keeps its CA certificates (and a few policy files) outside, as symbolic links into /etc: copy the files
for link in $(find "$out/opt/java" -type l); do
    target=$(readlink -f "$link" || true)
    rm "$link"
    [[ -f "$target" ]] && cp "$target" "$link"
done

# the shared libraries the runtime links against (glibc, zlib, ...), with the dynamic loader, at their own paths;
# java.desktop is there for java.beans only, so its graphics and sound libraries (never loaded headless) are left out
find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) \
        -not -regex '.*/lib\(awt_xawt\|fontmanager\|jsound\|splashscreen\|lcms\|javajpeg\|jawt\)\.so' -print0 \
    | xargs -0 ldd 2>/dev/null | grep -oE '/[^ ]+\.so[^ ]*' | sort -u | while read -r library; do
        [[ "$library" == "$out"* || "$library" == /usr/lib/jvm/* ]] && continue
        mkdir -p "$out$(dirname "$library")"
        cp -L "$library" "$out$library"
    done
# glibc resolves host names through NSS modules it loads at run time, which ldd does not list
for library in /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2 \
               /lib/x86_64-linux-gnu/libresolv.so.2; do
    [[ -e "$library" ]] && { mkdir -p "$out$(dirname "$library")"; cp -L "$library" "$out$library"; }
done

# an unprivileged user the image runs as (numeric in the image config; named here for tools that look it up)
mkdir -p "$out/etc"
printf 'root:x:0:0:root:/root:/sbin/nologin\nswitchboard:x:65532:65532:switchboard:/data:/sbin/nologin\n' > "$out/etc/passwd"
printf 'root:x:0:\nswitchboard:x:65532:\n' > "$out/etc/group"
printf 'hosts: files dns\n' > "$out/etc/nsswitch.conf"
du -sh "$out" | sed 's/^/runtime for the image: /'
