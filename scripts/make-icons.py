#!/usr/bin/env python3
"""Draws Teamline's app icons (three linked people: a sponsor and two team members)
as PNG files with no dependencies beyond the standard library. Run it again after
changing the drawing; the PNGs are committed."""
import math
import struct
import zlib
from pathlib import Path

TEAL = (15, 118, 110)
WHITE = (255, 255, 255)


def png(path, size, pixels):
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    Path(path).write_bytes(data)


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def draw(size, maskable):
    # Maskable icons keep their drawing inside the central 80 % safe zone.
    scale = 0.62 if maskable else 0.8
    nodes = [(0.5, 0.3), (0.28, 0.7), (0.72, 0.7)]
    radius = 0.11
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            u, v = (x + 0.5) / size, (y + 0.5) / size
            # Rounded square background, or full bleed for maskable.
            inside = True
            if not maskable:
                cx, cy = min(max(u, 0.18), 0.82), min(max(v, 0.18), 0.82)
                inside = math.hypot(u - cx, v - cy) <= 0.18
            if not inside:
                row.append((0, 0, 0, 0))
                continue
            su, sv = 0.5 + (u - 0.5) / scale, 0.5 + (v - 0.5) / scale
            on_line = any(segment_distance(su, sv, *nodes[0], *n) < 0.035 for n in nodes[1:])
            on_node = any(math.hypot(su - nx, sv - ny) < radius for nx, ny in nodes)
            color = WHITE if (on_line or on_node) else TEAL
            row.append(color + (255,))
        rows.append(row)
    return rows


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "public" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    png(out / "icon-192.png", 192, draw(192, False))
    png(out / "icon-512.png", 512, draw(512, False))
    png(out / "icon-maskable-512.png", 512, draw(512, True))
