#!/bin/sh
# Install the MeetConfer folder for the current user (no root needed), or remove it.
#   ./install.sh            copy this folder to ~/.local/lib/meetconfer, put meetconfer-gui and
#                           meetconfer in ~/.local/bin, and add the menu entry and icons
#   ./install.sh --uninstall
# Run it from the unpacked folder (the one holding meetconfer-gui and _internal/).
set -eu
APP_ID=io.github.meetconfer.MeetConfer
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
LIB="$HOME/.local/lib/meetconfer"
BIN="$HOME/.local/bin"
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIB"
    rm -f "$BIN/meetconfer-gui" "$BIN/meetconfer" "$DATA/applications/$APP_ID.desktop" \
          "$DATA/metainfo/$APP_ID.metainfo.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    echo "MeetConfer removed. Your matters stay in $DATA (delete them yourself if you wish)."
    exit 0
fi

if [ ! -x "$HERE/meetconfer-gui" ] || [ ! -d "$HERE/_internal" ]; then
    echo "install.sh: run me from the unpacked MeetConfer folder" >&2
    exit 2
fi
if [ "$HERE" != "$LIB" ]; then
    rm -rf "$LIB"
    mkdir -p "$(dirname "$LIB")"
    cp -a "$HERE" "$LIB"
fi
mkdir -p "$BIN" "$DATA/applications" "$DATA/metainfo"
ln -sf "$LIB/meetconfer-gui" "$BIN/meetconfer-gui"
ln -sf "$LIB/meetconfer" "$BIN/meetconfer"
# The menu entry runs the installed copy by its full path: ~/.local/bin may not be on PATH.
sed -e "s|^Exec=.*|Exec=$LIB/meetconfer-gui|" -e "s|^TryExec=.*|TryExec=$LIB/meetconfer-gui|" \
    "$LIB/share/applications/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$LIB/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp -R "$LIB/share/icons" "$DATA/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "MeetConfer installed in $LIB; find it in your applications menu, or run meetconfer-gui."
