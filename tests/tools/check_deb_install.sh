#!/usr/bin/env bash
# Builds the .deb with CPack, installs it into a clean Debian 13 root (debootstrap minbase,
# cached pristine copy), and runs `omnium --version` and `omnium --self-test` there.
set -euo pipefail
build=$OMNIUM_BINARY_DIR
cache=${OMNIUM_DEBTEST_CACHE:-/var/cache/omnium/debtest-base}
work=$(mktemp -d /var/tmp/omnium-debtest.XXXXXX)
trap 'rm -rf --one-file-system "$work"' EXIT

# Without root this cannot run: reported as skipped (77, ctest's SKIP_RETURN_CODE), and a
# failure in CI, where a check that did not run must not look like one that passed.
if [[ $(id -u) -ne 0 ]]; then
    echo "installing a .deb into a clean root needs root"
    [[ ${CI:-} == true ]] && exit 1
    exit 77
fi

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/pkg" >/dev/null)
deb=$(ls "$work"/pkg/omnium_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | grep -E 'Depends|Version'

mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[[ -n $mirror ]] || mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
[[ -n $mirror ]] || { echo "no Debian mirror configured in this environment"; exit 1; }
if [[ ! -f $cache/.complete ]]; then
    rm -rf --one-file-system "$cache"
    echo "making the clean Debian 13 root in $cache"
    debootstrap --variant=minbase trixie "$cache" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        { tail -n 20 "$work/debootstrap.log"; exit 1; }
    touch "$cache/.complete"
fi
root=$work/root
cp -a "$cache" "$root"
cp "$deb" "$root/tmp/omnium.deb"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# Inside the build root / is not a mount point, so make mounts private from within.
unshare --mount --propagation unchanged -- bash -c '
    set -e
    mount --make-rprivate / 2>/dev/null || true
    root=$1
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive bash -c "
            set -e
            apt-get update -q >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
            apt-get install -y -q --no-install-recommends /tmp/omnium.deb >>/tmp/apt.log 2>&1 || { tail -n 30 /tmp/apt.log; exit 1; }
            echo installed: \$(dpkg-query -W omnium)
            test -f /usr/share/applications/org.omnium.Omnium.desktop
            test -f /usr/share/metainfo/org.omnium.Omnium.metainfo.xml
            test -f /usr/share/icons/hicolor/scalable/apps/org.omnium.Omnium.svg
            omnium --version
            test -f /usr/share/man/man1/omnium-cli.1
            test -f /usr/share/bash-completion/completions/omnium-cli
            test -f /usr/share/zsh/vendor-completions/_omnium-cli
            omnium-cli --version
            export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/rt; mkdir -p -m 700 /tmp/rt
            omnium --self-test --database /tmp/t.sqlite
        "
' sh "$root"
