#!/usr/bin/env bash
# Checks the image tarball without a container runtime (none is needed to build it, and there may be none here):
# unpacks its layers into a root file system, then starts the image's own entrypoint in a chroot, as the image's user,
# with the image's environment, and waits for readiness. Needs root (chroot, mounting /proc) and curl.
#
#   smoke-test.sh [app/target/jib-image.tar] [port, default: a free one] [NAME=value ...]
#
# Further arguments are set in the container's environment, e.g. to run it against PostgreSQL:
#   smoke-test.sh app/target/jib-image.tar "" SPRING_PROFILES_ACTIVE=postgres SWITCHBOARD_DB_URL=jdbc:postgresql://…
set -euo pipefail
tarball=$(readlink -f "${1:-app/target/jib-image.tar}")
extra_env=("${@:3}")
port=${2:-$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")}
work=$(mktemp -d)
cleanup() {
    [[ -n "${pid:-}" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    umount "$work/root/proc" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/oci" "$work/root"
tar -xf "$tarball" -C "$work/oci"
python3 - "$work/oci" "$work/root" > "$work/config" <<'PY'
import json, subprocess, sys
oci, root = sys.argv[1], sys.argv[2]
blob = lambda digest: f"{oci}/blobs/{digest.replace(':', '/')}"
index = json.load(open(f"{oci}/index.json"))
manifest = json.load(open(blob(index["manifests"][0]["digest"])))
for layer in manifest["layers"]:
    subprocess.run(["tar", "--warning=no-unknown-keyword", "-xzf", blob(layer["digest"]), "-C", root], check=True)
config = json.load(open(blob(manifest["config"]["digest"])))["config"]
print(config["User"])
print(" ".join(config.get("Volumes", {})))
print("\t".join(config.get("Env", [])))
print("\t".join(config["Entrypoint"]))
PY
{ read -r user; read -r volumes; IFS=$'\t' read -r -a env; IFS=$'\t' read -r -a entrypoint; } < "$work/config"
echo "image: user $user, volumes $volumes, entrypoint ${entrypoint[*]}"
mkdir -p "$work/root/proc"
mount -t proc proc "$work/root/proc"
# the image has no shell: chroot starts the entrypoint itself (java, found on the image's PATH)
env -i "${env[@]}" SERVER_PORT="$port" "${extra_env[@]}" /usr/sbin/chroot --userspec="$user" "$work/root" "${entrypoint[@]}" \
    > "$work/out.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; then
        echo "ready: $(curl -s "http://127.0.0.1:$port/actuator/health/readiness")"
        echo "as: $(ps -o user=,cmd= -p "$(pgrep -P "$pid" -f java || echo "$pid")" | cut -c1-80)"
        echo "in the data volume: $(cd "$work/root/data" && find . -mindepth 1 -maxdepth 2 -printf '%u:%g %p\n' | sort | head -5)"
        grep -m1 -o '"message":"Started [^"]*"' "$work/out.log" || true
        exit 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
done
echo "the image did not become ready; its output:" >&2
tail -40 "$work/out.log" >&2
exit 1
