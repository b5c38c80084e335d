#!/usr/bin/env bash
# Renders a .docx draft to PDF and one PNG per page, so that a person can look at it without Word:
#   scripts/render-draft.sh 机关第一党支部2025年度述职报告.docx [output-directory]
# Needs LibreOffice and pdftoppm (Debian: apt-get install libreoffice-writer poppler-utils fonts-noto-cjk).
# The fonts GB/T 9704 names (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体, 宋体) are on the PCs that open the file,
# rarely on a server: here they are shown in the closest installed ones (Noto CJK; AR PL UKai for 楷体 when
# fonts-arphic-ukai is installed), so the preview shows the layout, not the exact typefaces.
set -euo pipefail

if [[ $# -lt 1 || ! -f $1 ]]; then
  echo "usage: $0 draft.docx [output-directory]" >&2
  exit 2
fi
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install libreoffice-writer poppler-utils" >&2; exit 2; }
done

docx=$(realpath "$1")
out=$(realpath -m "${2:-$(dirname "$docx")}")
name=$(basename "${docx%.docx}")
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

serif="Noto Serif CJK SC"
sans="Noto Sans CJK SC"
kai=$(fc-list :lang=zh family | grep -m1 -o 'AR PL UKai CN' || echo "$serif")
alias() { echo "<alias binding=\"same\"><family>$1</family><prefer><family>$2</family></prefer></alias>"; }
cat > "$work/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  $(alias 方正小标宋简体 "$serif")
  $(alias 仿宋_GB2312 "$serif")
  $(alias 仿宋 "$serif")
  $(alias 宋体 "$serif")
  $(alias 黑体 "$sans")
  $(alias 楷体_GB2312 "$kai")
  $(alias 楷体 "$kai")
</fontconfig>
CONF

# a profile of its own, so that it neither waits for nor disturbs another LibreOffice on the machine
FONTCONFIG_FILE="$work/fonts.conf" soffice --headless --norestore \
  "-env:UserInstallation=file://$work/profile" \
  --convert-to pdf --outdir "$work" "$docx" >/dev/null
cp "$work/$name.pdf" "$out/$name.pdf"
rm -f "$out/$name"-*.png
pdftoppm -png -r "${DPI:-80}" "$out/$name.pdf" "$out/$name"
ls "$out/$name.pdf" "$out/$name"-*.png
