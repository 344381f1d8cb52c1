#!/usr/bin/env bash
# A real print system for the printing test: CUPS with a virtual PDF printer named "PDF" (cups-pdf), which
# writes each job as a PDF file under /var/spool/cups-pdf/ or ~/PDF.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends cups cups-bsd printer-driver-cups-pdf >/dev/null
# Start the scheduler without systemd (CI machines and containers have none).
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    mkdir -p /run/cups
    # In the foreground and in the background: the daemon mode exits at once where systemd is missing.
    nohup /usr/sbin/cupsd -f >/tmp/cupsd.log 2>&1 &
    for _ in $(seq 1 30); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 1; done
fi
if ! lpstat -p PDF >/dev/null 2>&1; then
    ppd=$(ls /usr/share/ppd/cups-pdf/*.ppd 2>/dev/null | head -1)
    lpadmin -p PDF -v cups-pdf:/ -E ${ppd:+-P "$ppd"}
fi
lpadmin -d PDF
cupsenable PDF 2>/dev/null || true
cupsaccept PDF 2>/dev/null || true
lpstat -p PDF -d
