#!/usr/bin/python3
"""xwd-to-png.py IN.xwd OUT.png: an X screen dump (xwd -root, 24/32 bits per pixel TrueColor) as PNG.

The offline test grabs the Xvfb screen with xwd (x11-apps); this turns it into a PNG without
ImageMagick (numpy and OpenCV, which the development machine has anyway)."""
import struct
import sys

import cv2
import numpy as np


def main(src: str, dst: str) -> int:
    data = open(src, "rb").read()
    fields = struct.unpack(">25I", data[:100])
    header_size, version, fmt, depth, width, height = fields[:6]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = fields[7], fields[11], fields[12], fields[19]
    if version != 7 or fmt != 2 or bits_per_pixel not in (24, 32) or depth < 24:
        print(f"xwd-to-png: unsupported dump (version {version}, format {fmt}, "
              f"{bits_per_pixel} bpp, depth {depth})", file=sys.stderr)
        return 1
    start = header_size + 12 * ncolors  # colour map entries are 12 bytes each
    rows = np.frombuffer(data, np.uint8, height * bytes_per_line, start).reshape(height, bytes_per_line)
    step = bits_per_pixel // 8  # Xvfb -screen WxHx24 packs 3 bytes per pixel, others 4
    pixels = rows[:, : width * step].reshape(height, width, step)
    if byte_order == 0:  # LSB first: B G R (x)
        bgr = pixels[:, :, :3]
    else:                # MSB first: (x) R G B
        bgr = pixels[:, :, step - 1 : step - 4 : -1]
    return 0 if cv2.imwrite(dst, np.ascontiguousarray(bgr)) else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
