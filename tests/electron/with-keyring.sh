#!/bin/sh
# Runs "$@" inside a private D-Bus session with GNOME Keyring's Secret Service unlocked, so the
# real-Electron lane exercises a real keyring instead of the basic_text fallback (tests/electron/README.md).
# Everything lives in throwaway folders: the developer's own keyring is never touched. The daemon exits
# with the session bus when "$@" is done.
set -eu

lane_home=$(mktemp -d "${TMPDIR:-/tmp}/patchworks-keyring-XXXXXX")
trap 'rm -rf "$lane_home"' EXIT INT TERM
mkdir -p "$lane_home/data" "$lane_home/config" "$lane_home/runtime"
chmod 700 "$lane_home/runtime"

# A throwaway password for a throwaway keyring; printed nowhere.
KEYRING_PASS=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
export HOME="$lane_home" XDG_DATA_HOME="$lane_home/data" XDG_CONFIG_HOME="$lane_home/config" \
  XDG_RUNTIME_DIR="$lane_home/runtime" KEYRING_PASS
# Electron picks gnome_libsecret only on a desktop it recognises (d.ts getSelectedStorageBackend).
export XDG_CURRENT_DESKTOP=GNOME PATCHWORKS_E2E_KEYRING=1

status=0
dbus-run-session -- sh -c '
  # --unlock reads the password from stdin (no trailing newline), creating and unlocking "login".
  printf %s "$KEYRING_PASS" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  unset KEYRING_PASS
  # The daemon registers org.freedesktop.secrets a moment later; a lookup before that fails.
  tries=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
    tries=$((tries + 1))
    if [ "$tries" -gt 50 ]; then echo "with-keyring: the Secret Service did not start" >&2; exit 3; fi
    sleep 0.2
  done
  exec "$@"
' with-keyring "$@" || status=$?
exit "$status"
