#!/usr/bin/env python3
"""Makes resources/fonts/wqy-microhei.ttf from the WenQuanYi Micro Hei collection (Debian: fonts-wqy-microhei).

    python3 src/tools/trim_font.py /usr/share/fonts/truetype/wqy/wqy-microhei.ttc resources/fonts/wqy-microhei.ttf

Keeps the first font of the collection with every glyph, and drops only what costs start-up time without changing
what is drawn: the duplicate character maps (PDFBox parses each of them, about 34,000 entries apiece; the Windows
Unicode BMP map covers every character the font has) and the PostScript glyph names (half a megabyte that
PDFBox reads at every load; names are optional, post table version 3). Needs only the standard library.
"""
import struct
import sys


def table_records(data, base):
    count = struct.unpack('>H', data[base + 4:base + 6])[0]
    for i in range(count):
        tag, _, offset, length = struct.unpack('>4sIII', data[base + 12 + 16 * i:base + 28 + 16 * i])
        yield tag, data[offset:offset + length]


def unicode_bmp_cmap(cmap):
    for i in range(struct.unpack('>H', cmap[2:4])[0]):
        platform, encoding, offset = struct.unpack('>HHI', cmap[4 + 8 * i:12 + 8 * i])
        if (platform, encoding) == (3, 1):
            length = struct.unpack('>H', cmap[offset + 2:offset + 4])[0]
            return struct.pack('>HHHHI', 0, 1, 3, 1, 12) + cmap[offset:offset + length]
    sys.exit('trim_font: the font has no Windows Unicode BMP character map')


def checksum(data):
    data += b'\0' * (-len(data) % 4)
    return sum(struct.unpack('>%dI' % (len(data) // 4), data)) & 0xFFFFFFFF


def main(source, target):
    data = open(source, 'rb').read()
    base = struct.unpack('>I', data[12:16])[0] if data[:4] == b'ttcf' else 0
    tables = []
    for tag, table in table_records(data, base):
        if tag == b'cmap':
            table = unicode_bmp_cmap(table)
        elif tag == b'post':
            table = struct.pack('>I', 0x00030000) + table[4:32]
        elif tag == b'head':
            table = table[:8] + b'\0\0\0\0' + table[12:]  # checkSumAdjustment, set below
        tables.append((tag, table))

    count = len(tables)
    selector = count.bit_length() - 1
    search_range = 16 << selector
    font = bytearray(struct.pack('>IHHHH', struct.unpack('>I', data[base:base + 4])[0], count, search_range,
                                 selector, count * 16 - search_range))
    offset = 12 + 16 * count
    body = bytearray()
    for tag, table in tables:
        font += struct.pack('>4sIII', tag, checksum(table), offset + len(body), len(table))
        body += table + b'\0' * (-len(table) % 4)
    font += body
    head = next(i for i, (tag, _) in enumerate(tables) if tag == b'head')
    head_offset = struct.unpack('>I', font[12 + 16 * head + 8:12 + 16 * head + 12])[0]
    font[head_offset + 8:head_offset + 12] = struct.pack('>I', (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF)
    with open(target, 'wb') as out:
        out.write(font)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
