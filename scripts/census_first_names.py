#!/usr/bin/env python3
"""Writes src/data/first_names_census.txt: the given names of the 1990 US Census
(public domain) held by at least MIN_PERCENT of men or of women, minus names that
are also ordinary English words or place names, which would make "Grant Park" or
"Sydney Harbour" a person.

The census lists `dist.male.first` and `dist.female.first` ship with the MIT
`names` package on PyPI (`pip download --no-deps names==0.3.0`, unpack it):

    scripts/census_first_names.py path/to/names-0.3.0/names > src/data/first_names_census.txt
"""
import sys
from pathlib import Path

MIN_PERCENT = 0.004

# Given names that are also common English words, titles, connectors or brands.
ORDINARY = set("""
Alpha Amber Angel April Art August Aura Aurora Autumn Belle Berry Bo Brain Brandy Brook
Buck Bud Candy Carol Chance Charity Chase Cherry Christian Clay Cliff Coral Crystal Daisy
Dawn Del Destiny Dixie Dolly Don Dusty Easter Ebony Era Faith Fawn Fern Flora Forest Freeman
Gale Garland Garnet Gay German Ginger Glen Grace Grant Guy Hazel Heath Heather Holly Hong
Hope Hung Hunter Iris Ivory Ivy Jade Jasmine Jewel Joy June Junior Jung King Kami Lan Lane
Laurel Les Long Ma Mac Mack Major Man Manual Marvel May Melody Mercedes Merry Mi Misty
Noble Nova Numbers Olive Opal Pansy Pearl Penny Precious Prince Princess Queen Raven Reed
Rich Rocky Rose Royal Ruby Rusty Sandy Sang Santa Son Soon Sterling Summer Sun Sung Sunny
Tiara Tory Trey Van Venus Violet Ward Will Windy Young Carter Parker Porter Walker Tanner
Palmer Fletcher Foster Mason Lance Chad Dean Earl Sol Page Price Gross Sharp Rock Dell
Harley Lincoln Jaguar Cadillac Dodge Holden Lloyd Merrill Goldie Precious Royal Sky
""".split())


def places() -> set[str]:
    """Place names of the project's gazetteers, which win over a given name."""
    data = Path(__file__).resolve().parent.parent / "src" / "data"
    names = set()
    for file in ("countries.tsv", "places.tsv"):
        for line in (data / file).read_text().splitlines():
            if line.startswith("#") or not line.strip():
                continue
            for field in line.split("\t"):
                for name in field.split("|"):
                    names.update(name.split())
    return names


def main(folder: Path) -> None:
    keep = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text().splitlines():
            name, percent = line.split()[:2]
            if float(percent) >= MIN_PERCENT:
                keep.add(name.title())
    own = Path(__file__).resolve().parent.parent / "src" / "data" / "first_names.txt"
    listed = {l for l in own.read_text().splitlines() if l and not l.startswith("#")}
    keep -= ORDINARY | places() | listed
    print("# Given names of the 1990 US Census held by at least 0.004 % of men or women,")
    print("# minus ordinary English words and place names (scripts/census_first_names.py).")
    print("# Source: US Census Bureau, 1990 census name files (dist.male.first, dist.female.first),")
    print("# as shipped in the MIT-licensed `names` package on PyPI. Licence: public domain.")
    print("# One name per line.")
    for name in sorted(keep):
        print(name)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
