#!/usr/bin/env python3
"""Writes src/domain/phone/german_area_codes.txt: the German landline area codes
(Ortsnetzkennzahlen) of the Bundesnetzagentur, one per line without the leading 0,
sorted. The app builds a 2.6 KB bitset from this file at compile time
(src/domain/phone/german_plan.rs).

Source: the geocoding data of the PyPI package `phonenumbers` (Python port of
Google libphonenumber, Apache-2.0). Its prefixes for +49 are the ONKz list,
except for 7 entries that libphonenumber changed for geocoding (see FIXES). After
the fixes the set is identical to the Bundesnetzagentur file
NVONB.INTERNET.20220727.ONB.csv (5,202 rows: 5,200 active + 2 inactive).

    pip download --no-deps phonenumbers==9.0.43 -d /tmp/dl/
    python3 scripts/german-area-codes.py --wheel /tmp/dl/phonenumbers-9.0.43-py2.py3-none-any.whl
    # optional cross-check against the official BNetzA CSV (';'-separated,
    # header Ortsnetzkennzahl;Ortsnetzname;KennzeichenAktiv):
    python3 scripts/german-area-codes.py --wheel ... --bnetza-csv NVONB.INTERNET.20220727.ONB.csv
"""
import argparse
import csv
import sys

# Prefixes in libphonenumber's geocoding data that are not ONKz in the BNetzA list.
DROP = {
    # ONKz 0621 is shared by Mannheim and Ludwigshafen (BNetzA "Sonderregelungen für die
    # Ortsnetzbereiche (0)212 Solingen und (0)621 Mannheim/Ludwigshafen"). libphonenumber
    # labels the subscriber numbers 5..., 6..., 95..., 96..., 99... as Ludwigshafen.
    # Those are subscriber-number ranges inside 0621, not area codes.
    "6215", "6216", "62195", "62196", "62199",
}
REPLACE = {
    # libphonenumber shortened these to a 3-digit prefix because each is the only ONKz
    # under that prefix. BNetzA: 04651 Sylt, 07602 Oberried Breisgau.
    "465": "4651",
    "760": "7602",
}
# The one real prefix overlap in the BNetzA list (Sonderregelung 0212): 0212 Solingen
# and 02129 Haan. Solingen subscriber numbers never start with 9.
# Look codes up longest match first.
KNOWN_OVERLAPS = {("212", "2129")}


def from_phonenumbers(wheel):
    if wheel:
        sys.path.insert(0, wheel)  # a pure-Python wheel can be imported from the zip
    from phonenumbers.geodata import GEOCODE_DATA  # noqa: E402
    import phonenumbers

    codes = {k[2:] for k in GEOCODE_DATA if k.startswith("49")}
    missing = (DROP | set(REPLACE)) - codes
    if missing:
        print(f"warning: fixes no longer needed for {sorted(missing)} "
              f"(phonenumbers {phonenumbers.__version__}): review FIXES", file=sys.stderr)
    codes -= DROP
    codes = {REPLACE.get(c, c) for c in codes}
    return codes, phonenumbers.__version__


def from_bnetza_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter=";") if len(r) == 3]
    assert rows[0] == ["Ortsnetzkennzahl", "Ortsnetzname", "KennzeichenAktiv"], rows[0]
    return {r[0] for r in rows[1:]}


def overlaps(codes):
    return {(c[:i], c) for c in codes for i in range(2, len(c)) if c[:i] in codes}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wheel", help="path to phonenumbers-*.whl (default: installed package)")
    ap.add_argument("--bnetza-csv", help="optional BNetzA NVONB...ONB.csv to compare with")
    ap.add_argument("-o", "--output", default="src/domain/phone/german_area_codes.txt")
    a = ap.parse_args()

    codes, version = from_phonenumbers(a.wheel)
    assert all(c.isdigit() and 2 <= len(c) <= 5 and c[0] in "23456789" for c in codes)
    ov = overlaps(codes)
    if ov != KNOWN_OVERLAPS:
        sys.exit(f"unexpected prefix overlaps: {sorted(ov - KNOWN_OVERLAPS)}")
    for c in ("30", "40", "69", "89", "711", "221", "33203", "3322", "4101", "39999", "7851"):
        assert c in codes, c

    if a.bnetza_csv:
        official = from_bnetza_csv(a.bnetza_csv)
        if official != codes:
            sys.exit(f"differs from BNetzA: only in package {sorted(codes - official)}, "
                     f"only in CSV {sorted(official - codes)}")
        print("identical to", a.bnetza_csv)

    with open(a.output, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(sorted(codes)) + "\n")
    print(f"wrote {len(codes)} codes from phonenumbers {version} to {a.output}; "
          f"prefix overlaps: {sorted(ov)}")


if __name__ == "__main__":
    main()
