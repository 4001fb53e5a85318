#!/usr/bin/python3
"""Writes the fuzzers' seed corpora into tests/fuzz/corpus/<target>/ (small files, committed).

Needs Debian's python3-opencv and the dcmtk tools (dcmconv, dcmcjpeg, dcmcjpls, dcmcrle), both in
packaging/debian-packages.txt. Run it again only to change the seeds:
    /usr/bin/python3 tests/fuzz/make_seeds.py
"""
import json
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import cv2
import numpy as np

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
ROOT = HERE.parent.parent
PREAMBLE = 132  # 128 zero bytes and "DICM": fuzz_dicom adds them back

EXPLICIT_LITTLE = "1.2.840.10008.1.2.1"
DERMOSCOPIC = "1.2.840.10008.5.1.4.1.1.77.1.7"


def lesion(width=16, height=12, channels=3, depth=np.uint8):
    """A skin-coloured square with a dark blob, like the tests' synthetic lesions."""
    img = np.zeros((height, width, 3), np.uint8)
    img[:] = (150, 170, 210)
    cv2.circle(img, (width // 2, height // 2), min(width, height) // 3, (60, 70, 110), -1)
    if channels == 1:
        img = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    if depth == np.uint16:
        img = img.astype(np.uint16) * 257
    return img


# --- DICOM (explicit VR little endian, written by hand so every byte is chosen) --------------

LONG_VRS = {"OB", "OW", "SQ", "UN", "UT", "UC", "UR"}


def element(group, elem, vr, value):
    if isinstance(value, str):
        value = value.encode("latin-1")
    if len(value) % 2:
        value += b"\0" if vr in ("UI", "OB") else b" "
    tag = struct.pack("<HH", group, elem)
    if vr in LONG_VRS:
        return tag + vr.encode() + b"\0\0" + struct.pack("<I", len(value)) + value
    return tag + vr.encode() + struct.pack("<H", len(value)) + value


def us(group, elem, value):
    return element(group, elem, "US", struct.pack("<H", value))


def sequence(group, elem, items):
    body = b"".join(b"\xfe\xff\x00\xe0" + struct.pack("<I", len(i)) + i for i in items)
    return element(group, elem, "SQ", body)


def meta(sop_instance, syntax):
    body = (element(0x0002, 0x0001, "OB", b"\0\1") + element(0x0002, 0x0002, "UI", DERMOSCOPIC) +
            element(0x0002, 0x0003, "UI", sop_instance) + element(0x0002, 0x0010, "UI", syntax) +
            element(0x0002, 0x0012, "UI", "1.2.826.0.1.3680043.10.1341"))
    return element(0x0002, 0x0000, "UL", struct.pack("<I", len(body))) + body


def dicom(pixels, photometric, n=1, text=None, syntax=EXPLICIT_LITTLE, window=None):
    """Part 10 bytes; `pixels` is an (h, w[, 3]) array, `text` extra (tag, vr, value) tuples."""
    h, w = pixels.shape[:2]
    samples = 3 if pixels.ndim == 3 else 1
    bits = 16 if pixels.dtype == np.uint16 else 8
    data = np.ascontiguousarray(pixels).tobytes() * n
    if photometric == "YBR_FULL_422":
        data = data[: h * w * 2 * n]  # two samples per pixel once subsampled
    uid = "1.2.826.0.1.3680043.10.1341.%d" % (len(data) + n)
    fields = [((0x0008, 0x0016), "UI", DERMOSCOPIC), ((0x0008, 0x0018), "UI", uid),
              ((0x0008, 0x0060), "CS", "XC"), ((0x0010, 0x0010), "PN", "Doe^Jane"),
              ((0x0010, 0x0020), "LO", "DL-0001"), ((0x0020, 0x000D), "UI", uid + ".1"),
              ((0x0020, 0x000E), "UI", uid + ".2")] + list(text or [])
    ds = {tag: element(tag[0], tag[1], vr, v) if vr != "SQ" else sequence(tag[0], tag[1], v)
          for tag, vr, v in fields}
    ds[(0x0028, 0x0002)] = us(0x0028, 0x0002, samples)
    ds[(0x0028, 0x0004)] = element(0x0028, 0x0004, "CS", photometric)
    if samples == 3:
        ds[(0x0028, 0x0006)] = us(0x0028, 0x0006, 0)
    if n > 1:
        ds[(0x0028, 0x0008)] = element(0x0028, 0x0008, "IS", str(n))
    ds[(0x0028, 0x0010)] = us(0x0028, 0x0010, h)
    ds[(0x0028, 0x0011)] = us(0x0028, 0x0011, w)
    ds[(0x0028, 0x0100)] = us(0x0028, 0x0100, bits)
    ds[(0x0028, 0x0101)] = us(0x0028, 0x0101, bits)
    ds[(0x0028, 0x0102)] = us(0x0028, 0x0102, bits - 1)
    ds[(0x0028, 0x0103)] = us(0x0028, 0x0103, 0)
    if window:
        ds[(0x0028, 0x1050)] = element(0x0028, 0x1050, "DS", str(window[0]))
        ds[(0x0028, 0x1051)] = element(0x0028, 0x1051, "DS", str(window[1]))
    ds[(0x7FE0, 0x0010)] = element(0x7FE0, 0x0010, "OW" if bits == 16 else "OB", data)
    body = b"".join(ds[k] for k in sorted(ds))
    return b"\0" * 128 + b"DICM" + meta(uid, syntax) + body


REGION = [b"".join([element(0x0008, 0x0100, "SH", "T-D2000"),
                    element(0x0008, 0x0102, "SH", "SRT"),
                    element(0x0008, 0x0104, "LO", "Upper arm")])]


def dicom_files():
    """name -> full Part 10 bytes; compressed ones made by the dcmtk tools."""
    rgb = cv2.cvtColor(lesion(), cv2.COLOR_BGR2RGB)
    files = {
        "rgb_latin1": dicom(rgb, "RGB", text=[
            ((0x0008, 0x0005), "CS", "ISO_IR 100"), ((0x0008, 0x0020), "DA", "20240131"),
            ((0x0008, 0x2218), "SQ", REGION), ((0x0010, 0x0010), "PN", "M\xfcller^J\xf6rg"),
            ((0x0020, 0x0062), "CS", "L"), ((0x0028, 0x0030), "DS", "0.05\\0.05")]),
        "mono16_window": dicom(lesion(channels=1, depth=np.uint16), "MONOCHROME2",
                               window=(30000, 20000)),
        "mono1_lesion_number": dicom(lesion(channels=1), "MONOCHROME1", text=[
            ((0x0018, 0x3105), "IS", "3"), ((0x0010, 0x0021), "LO", "CLINIC")]),
        "ybr422": dicom(rgb, "YBR_FULL_422"),
        "two_frames": dicom(lesion(channels=1), "MONOCHROME2", n=2),
        "unknown_syntax": dicom(rgb, "RGB", syntax="1.2.3.4.5.6.7.8.9"),
        "korean": dicom(lesion(channels=1), "MONOCHROME2", text=[
            ((0x0008, 0x0005), "CS", "\\ISO 2022 IR 149"),
            ((0x0010, 0x0010), "PN", "Hong^Gildong=\x1b$)C\xc8\xab^\xb1\xe6\xb5\xbf")]),
    }
    tools = {"implicit": ["dcmconv", "+ti"], "big_endian": ["dcmconv", "+tb"],
             "jpeg_baseline": ["dcmcjpeg", "+eb"], "jpeg_lossless": ["dcmcjpeg", "+e1"],
             "jpegls": ["dcmcjpls"], "rle": ["dcmcrle"]}
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.dcm"
        source.write_bytes(files["rgb_latin1"])
        for name, command in tools.items():
            out = Path(tmp) / (name + ".dcm")
            subprocess.run(command + [str(source), str(out)], check=True)
            files[name] = out.read_bytes()
    return files


# --- the other corpora --------------------------------------------------------------------------

def raster_files():
    img = lesion()
    files = {}
    for name, ext, image, params in [
            ("rgb.png", ".png", img, []), ("grey16.png", ".png", lesion(channels=1, depth=np.uint16), []),
            ("rgba.png", ".png", cv2.cvtColor(img, cv2.COLOR_BGR2BGRA), []),
            ("baseline.jpg", ".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 80]),
            ("progressive.jpg", ".jpg", img, [cv2.IMWRITE_JPEG_PROGRESSIVE, 1]),
            ("rgb.tif", ".tif", img, []), ("rgb16.tif", ".tif", lesion(depth=np.uint16), []),
            ("rgb.bmp", ".bmp", img, []), ("rgb.webp", ".webp", img, [cv2.IMWRITE_WEBP_QUALITY, 50])]:
        ok, data = cv2.imencode(ext, image, params)
        assert ok, name
        files[name] = data.tobytes()
    # EXIF orientation 6 (rotate 90): an APP1 segment right after SOI.
    tiff = b"II*\0" + struct.pack("<I", 8) + struct.pack("<H", 1) + \
        struct.pack("<HHII", 0x0112, 3, 1, 6) + struct.pack("<I", 0)
    app1 = b"Exif\0\0" + tiff
    jpeg = files["baseline.jpg"]
    files["exif_rotated.jpg"] = jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + jpeg[2:]
    return files


def card_files():
    tiny = next(ROOT.glob("build*/test-models/tiny/model.json"), None)  # make_tiny_models
    shipped = json.loads((ROOT / "resources/models/efficientnet_b0_ham10000/model.json").read_text())
    for key in ("subgroups", "training", "metrics", "limitations", "performance"):
        shipped.pop(key, None)
    ood = shipped["ood"]
    ood["embedding_mean"], ood["embedding_std"] = ood["embedding_mean"][:4], ood["embedding_std"][:4]
    ood.pop("evaluation", None)
    minimal = {"format_version": 1, "name": "m", "version": "1", "architecture": "a",
               "weights_file": "model.pt", "weights_sha256": "0" * 64,
               "classes": [{"code": "a", "name": "A"}, {"code": "b", "name": "B", "malignant": True}],
               "input": {"width": 8, "height": 8, "resize": "center_crop", "interpolation": "linear",
                         "color_order": "BGR", "scale": 1.0, "mean": [0, 0, 0], "std": [1, 1, 1]},
               "calibration": {"temperature": 1.5}}
    files = {"shipped_trimmed.json": json.dumps(shipped, indent=1).encode(),
             "minimal.json": json.dumps(minimal).encode()}
    if tiny is not None:
        files["tiny.json"] = tiny.read_bytes()
    return files


def csv_files():
    return {
        "ham10000.csv": b"lesion_id,image_id,dx,dx_type,age,sex,localization\n"
                        b"HAM_0000118,ISIC_0027419,bkl,histo,80.0,male,scalp\n"
                        b"HAM_0000118,ISIC_0025030,bkl,histo,80.0,male,scalp\n"
                        b"HAM_0002730,ISIC_0026769,mel,histo,,female,back\n",
        "aliases_bom_crlf.csv": b"\xef\xbb\xbfFile,Patient,Name,Birth_Date,Visit_Date,Laterality,Site\r\n"
                                b"a/b/one.jpg,P1,\"Doe, Jane\",1970-01-01,20240131,left,\"upper\r\narm\"\r\n"
                                b"two,P1,\"say \"\"hi\"\"\",,2024-02-01,R,back\r\n",
        "latin1_and_blank.csv": b"image,lesion,patient,name\n\nx.png,L1,P\xfc,M\xfcller\n,,,\n",
    }


def grouping_files(dicoms):
    strip = lambda name: dicoms[name][PREAMBLE:]
    return {"patient_lesion": b"Alice/L01-back\n" + strip("rgb_latin1"),
            "patient_only": b"P2\n" + strip("mono16_window"),
            "root_lesion_number": b"\n" + strip("mono1_lesion_number"),
            "latin1_folders": b"M\xfcller/arm/deep\n" + strip("jpeg_baseline"),
            "series_keyed": b"Bob\n" + strip("two_frames")}


def write(target, files):
    """Replaces the generated seeds; regress_* files (inputs that once crashed) stay."""
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if not old.name.startswith("regress_"):
            old.unlink()
    for name, data in files.items():
        (folder / name).write_bytes(data)


def main():
    dicoms = dicom_files()
    write("dicom", {name + ".dcm": data[PREAMBLE:] for name, data in dicoms.items()})
    write("raster", raster_files())
    write("model_card", card_files())
    write("metadata_csv", csv_files())
    write("import_grouping", grouping_files(dicoms))
    files = [f for f in CORPUS.rglob("*") if f.is_file()]
    print("seed corpus: %d files, %d bytes" % (len(files), sum(f.stat().st_size for f in files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
