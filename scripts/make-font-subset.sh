#!/bin/sh
# Makes the Chinese font subset used by the social images (src/lib/og/), from Debian's
# fonts-noto-cjk. Not run by the build or CI: its output is committed. Rerun it only to
# change the character set or the weights, then commit the new files.
#
# Needs: fonts-noto-cjk (the TTC collections) and python3-fonttools (pyftsubset):
#   apt-get install -y fonts-noto-cjk python3-fonttools
#
# Output (SIL Open Font License 1.1, see src/assets/fonts/OFL.txt):
#   src/assets/fonts/NotoSansSC-Regular-subset.otf
#   src/assets/fonts/NotoSansSC-Bold-subset.otf
# Characters: all of GB 2312 (6,763 hanzi + symbols), printable ASCII, CJK punctuation
# and full-width forms. Satori cannot read TTC collections nor WOFF2, so each face is
# extracted (--font-number) and written as a plain OpenType (CFF) file.
# Vertical metrics and the layout tables (GSUB/GPOS/BASE) are dropped: satori lays out
# horizontal text glyph by glyph and the SC face's cmap already maps to SC forms. That halves
# the size (about 1.5 MB per weight instead of 3 MB).
set -eu

SRC_DIR=${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}
OUT_DIR=$(dirname "$0")/../src/assets/fonts
PY=${PYTHON:-/usr/bin/python3}
# In the Noto Sans CJK collections, face 2 is "Noto Sans CJK SC" (0 JP, 1 KR, 2 SC, 3 TC, 4 HK).
SC_FACE=2

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Every character of GB 2312 (rows 0xA1-0xF7, cells 0xA1-0xFE), as U+XXXX, one per line.
"$PY" - >"$TMP/unicodes.txt" <<'PY'
chars = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
chars.update(chr(c) for c in range(0x20, 0x7F))      # ASCII
chars.update(chr(c) for c in range(0x3000, 0x3040))  # CJK symbols and punctuation
chars.update(chr(c) for c in range(0xFF01, 0xFF5F))  # full-width forms
chars.update(chr(c) for c in range(0x2010, 0x2027))  # dashes, quotes, ellipsis
chars.update('·×÷№℃°±￥')
for c in sorted(chars):
    print('U+%04X' % ord(c))
PY

for WEIGHT in Regular Bold; do
  "$PY" -m fontTools.subset "$SRC_DIR/NotoSansCJK-$WEIGHT.ttc" \
    --font-number=$SC_FACE \
    --unicodes-file="$TMP/unicodes.txt" \
    --layout-features='' --drop-tables+=vhea,vmtx,VORG,GSUB,GPOS,BASE \
    --name-IDs='*' --name-languages='*' \
    --no-hinting \
    --output-file="$OUT_DIR/NotoSansSC-$WEIGHT-subset.otf"
  echo "$OUT_DIR/NotoSansSC-$WEIGHT-subset.otf: $(wc -c <"$OUT_DIR/NotoSansSC-$WEIGHT-subset.otf") bytes"
done
