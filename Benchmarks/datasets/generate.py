#!/usr/bin/env python3
"""Writes a synthetic conflict event data set as CSV, in the column layout of a real one, for the
import benchmarks: UCDP GED 23.1 (`--kind ged`) or ACLED (`--kind acled`).

    generate.py --kind ged|acled --events N --out FILE [--seed S]
                [--acled-layout old|new] [--acled-inter numeric|text] [--acled-dates iso|dmy]

Every row is made up here; nothing is copied from a real data set (ACLED's terms forbid passing its
rows on). The values follow the real data sets' shapes: country and actor frequencies, violence and
event types, dates, heavy-tailed death counts, quoted text with commas, quotes and line breaks,
empty cells where the real files have them. The same seed gives the same file, byte for byte.
Rows are written as they are made, in blocks, so memory stays small at any size.

ACLED layouts: `new` is the current export (31 columns from event_id_cnty to timestamp, with
disorder_type, civilian_targeting and tags; inter1, inter2 and interaction as text; event_date as
YYYY-MM-DD); `old` is the export before 2023 (31 columns from data_id to iso3, inter codes as
numbers, event_date as "DD Month YYYY"). --acled-inter and --acled-dates override the layout's
default, e.g. `--acled-layout new --acled-inter numeric` for files exported during 2023.
See README.md beside this file for the distributions and the sources they follow.
"""
import argparse
import bisect
import datetime
import math
import os
import random
import sys

BLOCK = 5000  # rows joined into one write


# ---------------------------------------------------------------------------------------------
# Shared helpers

def q(text):
    """One CSV cell: quoted only when it must be, as both data sets' exports do."""
    if '"' in text or "," in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def cumulative(weights):
    total = 0.0
    out = []
    for w in weights:
        total += w
        out.append(total)
    return out


class Picker:
    """Weighted choice by bisection over cumulative weights: one random number a pick."""
    __slots__ = ("items", "cum", "total")

    def __init__(self, items, weights):
        assert items and len(items) == len(weights)
        self.items = list(items)
        self.cum = cumulative(weights)
        self.total = self.cum[-1]

    def pick(self, r):
        return self.items[bisect.bisect_right(self.cum, r * self.total)]


def zipf(n, s=1.1, offset=1.0):
    """Zipf-like weights for ranks 0..n-1."""
    return [1.0 / (rank + offset) ** s for rank in range(n)]


SYLLABLES = ("ab ad al am an ar as at ba bad bah bar be bi bu da dar de di du el fa gar ga ge gu ha han "
             "har hi ja jan ka kal kan kar ke kha ki ko kot ku la lam li lo ma mar me mi mir mu na nar "
             "ni no nu pa pur qa qal ra ram ri ro ru sa san sar se shah shi si so su ta tar te ti to tu "
             "wa wad ya za zai zi zu").split()
ACCENTED = {"a": "á", "i": "ī", "u": "ú", "e": "é", "s": "ş", "o": "ó"}


def place_name(rng, accents=0.0):
    """A made-up place name, sometimes with one accented letter as transliterated names have."""
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 2, 3))))
    if accents and rng.random() < accents:
        i = rng.randrange(1, len(name))
        if name[i] in ACCENTED:
            name = name[:i] + ACCENTED[name[i]] + name[i + 1:]
    return name.capitalize()


def unique_names(rng, n, taken, accents=0.0):
    out = []
    while len(out) < n:
        name = place_name(rng, accents)
        if name not in taken:
            taken.add(name)
            out.append(name)
    return out


def coordinate(value, rng):
    """A coordinate written as GED writes them: 1 to 6 decimals, trailing zeros dropped."""
    digits = rng.choice((1, 2, 4, 5, 5, 6, 6, 6))
    text = repr(round(value, digits))
    return text


def heavy_tail(r, alpha):
    """A count of at least 1 with P(count >= k) = k^-alpha, from a uniform r in (0, 1]."""
    return int(r ** (-1.0 / alpha))


MONTHS = ("January February March April May June July August September October November "
          "December").split()
ORD_1970 = datetime.date(1970, 1, 1).toordinal()


class DayText:
    """Dates as text for day ordinals, cached: a data set has only ~13,000 distinct days."""

    def __init__(self):
        self.iso = {}
        self.dmy = {}

    def iso_of(self, ordinal):
        text = self.iso.get(ordinal)
        if text is None:
            text = self.iso[ordinal] = datetime.date.fromordinal(ordinal).isoformat()
        return text

    def dmy_of(self, ordinal):
        text = self.dmy.get(ordinal)
        if text is None:
            d = datetime.date.fromordinal(ordinal)
            text = self.dmy[ordinal] = f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
        return text


# ---------------------------------------------------------------------------------------------
# UCDP GED 23.1

GED_COLUMNS = (
    "id relid year active_year code_status type_of_violence conflict_dset_id conflict_new_id conflict_name "
    "dyad_dset_id dyad_new_id dyad_name side_a_dset_id side_a_new_id side_a side_b_dset_id side_b_new_id side_b "
    "number_of_sources source_article source_office source_date source_headline source_original where_prec "
    "where_coordinates where_description adm_1 adm_2 latitude longitude geom_wkt priogrid_gid country country_id "
    "region event_clarity date_prec date_start date_end deaths_a deaths_b deaths_civilians deaths_unknown best "
    "high low gwnoa gwnob").split()
assert len(GED_COLUMNS) == 49

# name, Gleditsch-Ward code, GED region, relid prefix, centre latitude, longitude, spread in degrees,
# share of events (roughly GED's: a long tail of small countries after the large ones), years active.
GED_COUNTRIES = [
    ("Syria", 652, "Middle East", "SYR", 35.0, 38.0, 1.5, 20.0, ((2011, 2023),)),
    ("Afghanistan", 700, "Asia", "AFG", 34.0, 66.0, 2.5, 15.0, ((1989, 2023),)),
    ("India", 750, "Asia", "IND", 25.0, 80.0, 5.0, 5.0, ((1989, 2023),)),
    ("Iraq", 645, "Middle East", "IRQ", 33.5, 43.5, 2.0, 4.5, ((1989, 1996), (2003, 2023))),
    ("Somalia", 520, "Africa", "SOM", 4.0, 45.5, 3.0, 4.0, ((1989, 2023),)),
    ("DR Congo (Zaire)", 490, "Africa", "DRC", -2.0, 27.5, 3.0, 4.0, ((1993, 2023),)),
    ("Ukraine", 369, "Europe", "UKR", 48.5, 35.0, 2.5, 4.0, ((2014, 2023),)),
    ("Pakistan", 770, "Asia", "PAK", 31.5, 70.5, 3.0, 3.5, ((1989, 2023),)),
    ("Nigeria", 475, "Africa", "NGA", 10.5, 9.5, 3.0, 3.5, ((1999, 2023),)),
    ("Mexico", 70, "Americas", "MEX", 23.0, -103.0, 4.0, 3.5, ((2004, 2023),)),
    ("Yemen (North Yemen)", 678, "Middle East", "YEM", 15.5, 45.5, 1.8, 3.0, ((1994, 1994), (2009, 2023))),
    ("Colombia", 100, "Americas", "COL", 5.0, -74.5, 2.5, 2.5, ((1989, 2023),)),
    ("Turkey", 640, "Europe", "TUR", 38.0, 40.0, 2.0, 2.0, ((1989, 2023),)),
    ("Sudan", 625, "Africa", "SUD", 13.5, 27.0, 3.0, 1.5, ((1989, 2023),)),
    ("Myanmar (Burma)", 775, "Asia", "MYA", 20.5, 96.5, 3.0, 1.5, ((1989, 2023),)),
    ("Philippines", 840, "Asia", "PHI", 10.0, 123.0, 3.0, 1.5, ((1989, 2023),)),
    ("Russia (Soviet Union)", 365, "Europe", "RUS", 43.3, 45.5, 1.5, 1.5, ((1990, 2023),)),
    ("Algeria", 615, "Africa", "ALG", 35.5, 3.5, 1.5, 1.5, ((1991, 2020),)),
    ("Sri Lanka", 780, "Asia", "SRI", 8.0, 80.8, 1.0, 1.5, ((1989, 2009),)),
    ("Nepal", 790, "Asia", "NEP", 28.0, 84.0, 1.2, 1.5, ((1996, 2006),)),
    ("Bosnia-Herzegovina", 346, "Europe", "BOS", 44.0, 18.0, 0.8, 1.5, ((1992, 1995),)),
    ("Ethiopia", 530, "Africa", "ETH", 9.0, 39.5, 3.0, 1.2, ((1989, 2023),)),
    ("Burkina Faso", 439, "Africa", "BFO", 12.5, -1.5, 1.5, 1.2, ((2015, 2023),)),
    ("Brazil", 140, "Americas", "BRA", -15.0, -47.0, 6.0, 1.2, ((2000, 2023),)),
    ("Israel", 666, "Middle East", "ISR", 31.5, 34.8, 0.5, 1.0, ((1989, 2023),)),
    ("South Sudan", 626, "Africa", "SSD", 7.5, 30.5, 2.0, 1.0, ((2011, 2023),)),
    ("Mali", 432, "Africa", "MLI", 15.5, -2.0, 3.0, 1.0, ((1990, 1994), (2012, 2023))),
    ("Cameroon", 471, "Africa", "CAO", 6.0, 12.5, 2.5, 0.8, ((2014, 2023),)),
    ("Central African Republic", 482, "Africa", "CEN", 6.5, 20.5, 2.0, 0.7, ((2001, 2023),)),
    ("South Africa", 560, "Africa", "SAF", -28.0, 28.0, 2.5, 0.7, ((1989, 1996),)),
    ("Libya", 620, "Africa", "LIB", 30.0, 17.0, 3.0, 0.6, ((2011, 2023),)),
    ("Rwanda", 517, "Africa", "RWA", -2.0, 29.9, 0.5, 0.6, ((1990, 2002),)),
    ("Uganda", 500, "Africa", "UGA", 2.0, 32.5, 1.5, 0.6, ((1989, 2023),)),
    ("Burundi", 516, "Africa", "BDI", -3.4, 29.9, 0.4, 0.5, ((1991, 2023),)),
    ("Angola", 540, "Africa", "ANG", -12.0, 17.5, 3.5, 0.5, ((1989, 2002),)),
    ("Sierra Leone", 451, "Africa", "SIE", 8.5, -11.8, 0.8, 0.5, ((1991, 2001),)),
    ("Thailand", 800, "Asia", "THI", 6.5, 101.3, 0.7, 0.5, ((2003, 2023),)),
    ("Mozambique", 541, "Africa", "MZM", -13.0, 39.0, 2.5, 0.45, ((1989, 1992), (2017, 2023))),
    ("Niger", 436, "Africa", "NIR", 14.5, 5.0, 2.5, 0.4, ((1991, 1997), (2015, 2023))),
    ("Kenya", 501, "Africa", "KEN", 0.5, 38.0, 2.0, 0.4, ((1991, 2023),)),
    ("Egypt", 651, "Middle East", "EGY", 30.0, 32.0, 2.0, 0.4, ((1992, 1998), (2013, 2023))),
    ("Lebanon", 660, "Middle East", "LEB", 33.8, 35.8, 0.4, 0.4, ((1989, 2023),)),
    ("Indonesia", 850, "Asia", "INS", -2.5, 118.0, 6.0, 0.4, ((1989, 2023),)),
    ("Peru", 135, "Americas", "PER", -10.0, -75.5, 3.0, 0.4, ((1989, 2000),)),
    ("Chad", 483, "Africa", "CHA", 13.0, 19.0, 3.0, 0.3, ((1989, 2023),)),
    ("Iran", 630, "Middle East", "IRN", 33.0, 52.0, 4.0, 0.3, ((1989, 2023),)),
    ("Azerbaijan", 373, "Europe", "AZE", 40.0, 47.0, 1.0, 0.3, ((1990, 1994), (2016, 2023))),
    ("Liberia", 450, "Africa", "LBR", 6.5, -9.5, 1.0, 0.3, ((1989, 2003),)),
    ("Ivory Coast", 437, "Africa", "CDI", 7.5, -5.5, 1.5, 0.3, ((2002, 2011),)),
    ("Serbia (Yugoslavia)", 345, "Europe", "SER", 43.5, 20.8, 1.0, 0.3, ((1991, 1999),)),
    ("Cambodia (Kampuchea)", 811, "Asia", "CAM", 12.5, 104.5, 1.5, 0.3, ((1989, 1998),)),
    ("Bangladesh", 771, "Asia", "BNG", 23.7, 90.3, 1.5, 0.3, ((1989, 2023),)),
    ("Venezuela", 101, "Americas", "VEN", 8.0, -66.0, 2.5, 0.3, ((2002, 2023),)),
    ("Tajikistan", 702, "Asia", "TAJ", 38.8, 70.5, 1.0, 0.2, ((1992, 1998),)),
    ("Guatemala", 90, "Americas", "GUA", 15.5, -90.3, 1.0, 0.2, ((1989, 1996),)),
    ("Honduras", 91, "Americas", "HON", 14.8, -86.8, 1.0, 0.2, ((2005, 2023),)),
    ("Croatia", 344, "Europe", "CRO", 45.2, 15.5, 1.0, 0.2, ((1991, 1995),)),
    ("Congo", 484, "Africa", "CON", -2.5, 15.0, 1.5, 0.15, ((1993, 2002),)),
    ("El Salvador", 92, "Americas", "SAL", 13.7, -89.0, 0.5, 0.15, ((1989, 1992), (2010, 2023))),
    ("Georgia", 372, "Europe", "GRG", 42.0, 43.5, 1.0, 0.1, ((1991, 1994), (2008, 2008))),
    ("Eritrea", 531, "Africa", "ERI", 15.5, 39.0, 1.0, 0.1, ((1997, 2000),)),
    ("Senegal", 433, "Africa", "SEN", 12.8, -16.0, 0.7, 0.1, ((1990, 2011),)),
    ("Guinea", 438, "Africa", "GUI", 10.0, -11.0, 1.5, 0.1, ((2000, 2001), (2007, 2023))),
    ("Papua New Guinea", 910, "Asia", "PNG", -6.0, 145.0, 3.0, 0.1, ((1989, 1996), (2011, 2023))),
    ("Zimbabwe", 552, "Africa", "ZIM", -19.0, 30.0, 2.0, 0.1, ((2000, 2008),)),
    ("United Kingdom", 200, "Europe", "UKG", 54.6, -6.5, 0.5, 0.1, ((1989, 1998),)),
    ("Saudi Arabia", 670, "Middle East", "SAU", 24.0, 45.0, 4.0, 0.1, ((2003, 2023),)),
    ("Haiti", 41, "Americas", "HAI", 18.9, -72.5, 0.5, 0.1, ((1991, 2004), (2020, 2023))),
    ("Armenia", 371, "Europe", "ARM", 40.2, 45.0, 0.5, 0.05, ((1991, 1994), (2020, 2022))),
    ("Uzbekistan", 704, "Asia", "UZB", 41.0, 66.0, 2.0, 0.05, ((1999, 2005),)),
    ("Kyrgyzstan", 703, "Asia", "KYR", 41.3, 74.5, 1.0, 0.05, ((1990, 1990), (2010, 2022))),
    ("China", 710, "Asia", "CHN", 40.0, 85.0, 5.0, 0.05, ((1989, 2023),)),
    ("Tunisia", 616, "Africa", "TUN", 34.0, 9.5, 1.5, 0.05, ((2011, 2023),)),
    ("Benin", 434, "Africa", "BEN", 10.5, 2.3, 1.0, 0.05, ((2021, 2023),)),
    ("Ecuador", 130, "Americas", "ECU", -1.5, -78.5, 1.5, 0.05, ((2018, 2023),)),
    ("Nicaragua", 93, "Americas", "NIC", 12.8, -85.2, 1.0, 0.05, ((1989, 1990), (2018, 2018))),
    ("Jamaica", 51, "Americas", "JAM", 18.1, -77.3, 0.4, 0.05, ((2001, 2010),)),
    ("Djibouti", 522, "Africa", "DJI", 11.6, 42.8, 0.5, 0.03, ((1991, 1999),)),
    ("Mauritania", 435, "Africa", "MAA", 19.0, -11.0, 3.0, 0.03, ((2005, 2011),)),
    ("Togo", 461, "Africa", "TOG", 8.5, 1.0, 0.7, 0.03, ((1991, 2005), (2022, 2023))),
    ("Ghana", 452, "Africa", "GHA", 8.0, -1.2, 1.5, 0.03, ((1994, 2023),)),
    ("Guinea-Bissau", 404, "Africa", "GNB", 12.0, -15.0, 0.5, 0.03, ((1998, 1999),)),
    ("Tanzania", 510, "Africa", "TAZ", -6.5, 35.0, 3.0, 0.03, ((2017, 2023),)),
    ("Laos", 812, "Asia", "LAO", 19.5, 102.5, 1.5, 0.03, ((1989, 2007),)),
    ("Madagascar (Malagasy)", 580, "Africa", "MAG", -19.0, 47.0, 3.0, 0.03, ((2002, 2023),)),
    ("Macedonia, FYR", 343, "Europe", "MAC", 41.7, 21.5, 0.5, 0.02, ((2001, 2001),)),
    ("Moldova", 359, "Europe", "MLD", 47.0, 29.3, 0.5, 0.02, ((1992, 1992),)),
    ("Kingdom of eSwatini (Swaziland)", 572, "Africa", "SWA", -26.5, 31.5, 0.3, 0.02, ((2021, 2022),)),
    ("Trinidad and Tobago", 52, "Americas", "TRI", 10.5, -61.3, 0.3, 0.02, ((1990, 1990), (2005, 2023))),
    ("Paraguay", 150, "Americas", "PAR", -23.0, -57.5, 2.0, 0.02, ((2015, 2023),)),
    ("Bolivia", 145, "Americas", "BOL", -17.0, -64.5, 3.0, 0.02, ((2008, 2019),)),
    ("United States of America", 2, "Americas", "USA", 38.0, -97.0, 8.0, 0.02, ((2001, 2001), (2015, 2023))),
    ("France", 220, "Europe", "FRN", 46.5, 2.5, 2.5, 0.02, ((2015, 2020),)),
    ("Spain", 230, "Europe", "SPN", 42.8, -2.5, 1.5, 0.02, ((1989, 2010),)),
    ("Jordan", 663, "Middle East", "JOR", 31.5, 36.5, 1.0, 0.02, ((2016, 2016),)),
    ("Zambia", 551, "Africa", "ZAM", -14.5, 28.0, 2.0, 0.01, ((1999, 2001),)),
    ("Malawi", 553, "Africa", "MAW", -13.5, 34.0, 1.0, 0.01, ((2011, 2011),)),
    ("Comoros", 581, "Africa", "COM", -11.8, 43.5, 0.3, 0.01, ((1997, 1997), (2008, 2008))),
    ("Lesotho", 570, "Africa", "LES", -29.5, 28.0, 0.5, 0.01, ((1998, 1998),)),
    ("Bahrain", 692, "Middle East", "BAH", 26.1, 50.5, 0.1, 0.01, ((2011, 2013),)),
    ("Kuwait", 690, "Middle East", "KUW", 29.3, 47.8, 0.3, 0.01, ((1990, 1991),)),
    ("Argentina", 160, "Americas", "ARG", -34.5, -58.5, 3.0, 0.01, ((1989, 1989),)),
]

# Violence type shares (state-based, non-state, one-sided) where they differ from the overall mix.
GED_DEFAULT_MIX = (0.68, 0.12, 0.20)
GED_MIX = {
    "Mexico": (0.0, 0.72, 0.28), "Brazil": (0.0, 0.75, 0.25), "South Africa": (0.15, 0.6, 0.25),
    "Nigeria": (0.45, 0.25, 0.30), "DR Congo (Zaire)": (0.45, 0.15, 0.40), "Rwanda": (0.35, 0.0, 0.65),
    "Syria": (0.78, 0.10, 0.12), "Afghanistan": (0.85, 0.03, 0.12), "Honduras": (0.0, 0.6, 0.4),
    "Guatemala": (0.8, 0.0, 0.2), "Venezuela": (0.0, 0.5, 0.5), "El Salvador": (0.5, 0.3, 0.2),
    "Jamaica": (0.0, 0.8, 0.2), "Ecuador": (0.0, 0.8, 0.2), "Kenya": (0.2, 0.5, 0.3), "Sudan": (0.6, 0.2, 0.2),
    "South Sudan": (0.4, 0.35, 0.25), "Ethiopia": (0.6, 0.15, 0.25), "Bangladesh": (0.2, 0.4, 0.4),
    "Burundi": (0.5, 0.05, 0.45), "Central African Republic": (0.4, 0.3, 0.3),
}
# Extra weight on years of heavy fighting.
GED_YEAR_BOOST = {
    "Ukraine": {2014: 2.0, 2015: 2.0, 2022: 12.0, 2023: 8.0}, "Syria": {y: 2.0 for y in range(2012, 2018)},
    "Afghanistan": {y: 1.6 for y in range(2014, 2022)}, "Iraq": {y: 2.0 for y in range(2013, 2018)},
    "Ethiopia": {2021: 5.0, 2022: 4.0}, "Rwanda": {1994: 8.0}, "Sri Lanka": {2008: 3.0, 2009: 3.0},
    "Sudan": {2023: 4.0}, "Myanmar (Burma)": {2021: 5.0, 2022: 6.0, 2023: 6.0},
}
ADM1_SUFFIX = {
    "Afghanistan": "province", "Syria": "governorate", "Iraq": "governorate", "Yemen (North Yemen)": "governorate",
    "Egypt": "governorate", "India": "state", "Nigeria": "state", "Mexico": "state", "Sudan": "state",
    "Colombia": "department", "Ukraine": "oblast", "Russia (Soviet Union)": "republic", "Somalia": "region",
    "Myanmar (Burma)": "region", "Mali": "region", "Burkina Faso": "region", "Cameroon": "region",
}
ADM2_SUFFIX = {
    "Mexico": "municipality", "Colombia": "municipality", "Brazil": "municipality", "Ukraine": "raion",
    "Russia (Soviet Union)": "rayon", "Myanmar (Burma)": "township", "Nigeria": "LGA", "Syria": "district",
}
# Real first-level names for the countries most events fall in; the rest are made up.
REAL_ADM1 = {
    "Afghanistan": "Helmand Kandahar Nangarhar Kunduz Ghazni Kabul Herat Balkh Faryab Badakhshan Paktya Kunar "
                   "Logar Zabul Uruzgan Farah Baghlan Takhar Laghman Wardak Paktika Khost Badghis Jawzjan Ghor "
                   "Kapisa Parwan Samangan Nimroz Bamyan Panjshir Nuristan".split(),
    "Syria": ["Aleppo", "Idlib", "Rif Dimashq", "Damascus", "Homs", "Hama", "Daraa", "Deir ez Zor", "Raqqa",
              "Hasakah", "Latakia", "Quneitra", "Tartus", "As Suwayda"],
    "Iraq": ["Baghdad", "Ninawa", "Anbar", "Salah al-Din", "Diyala", "Kirkuk", "Babil", "Basra", "Erbil", "Dahuk"],
    "India": ["Jammu and Kashmir", "Chhattisgarh", "Jharkhand", "Manipur", "Assam", "Odisha", "Maharashtra",
              "Bihar", "West Bengal", "Nagaland", "Punjab", "Tripura"],
    "Pakistan": ["Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Federally Administered Tribal Areas"],
    "Ukraine": ["Donetsk", "Luhansk", "Kharkiv", "Zaporizhzhia", "Kherson", "Mykolaiv", "Kyiv", "Sumy",
                "Chernihiv", "Dnipropetrovsk", "Odesa"],
    "Somalia": ["Banaadir", "Lower Shabelle", "Middle Shabelle", "Hiiraan", "Bay", "Gedo", "Lower Juba",
                "Galguduud", "Mudug", "Bakool"],
}

# Named actors. State-based (type 1) adversaries of a country's government:
#   (side name, id, conflict name, conflict id) -- ids are GED's where known, else made up.
GED_GOVERNMENT_IDS = {
    "Syria": 118, "Afghanistan": 130, "India": 141, "Pakistan": 142, "Ukraine": 61, "Turkey": 115,
    "Nepal": 146, "Bosnia-Herzegovina": 50, "Philippines": 154, "Sri Lanka": 145, "Russia (Soviet Union)": 57,
    "Colombia": 17, "Algeria": 109, "Somalia": 95, "Yemen (North Yemen)": 123, "Iraq": 116, "Nigeria": 84,
    "Israel": 121, "Myanmar (Burma)": 144, "Ethiopia": 97, "Rwanda": 94, "Venezuela": 18, "Cameroon": 83,
    "Sudan": 112, "Angola": 99, "Mali": 72, "Serbia (Yugoslavia)": 49, "Burundi": 93, "DR Congo (Zaire)": 89,
    "South Africa": 102, "Central African Republic": 86, "Iran": 114, "Egypt": 117, "Eritrea": 98,
    "Sierra Leone": 80, "Azerbaijan": 64,
}
GED_REBELS = {
    "Afghanistan": [("Taleban", 303, "Afghanistan: Government", 333), ("IS", 234, "Afghanistan: Islamic State", 13637),
                    ("UIFSA", 304, "Afghanistan: Government", 333), ("NRF", 8114, "Afghanistan: Government", 333),
                    ("Hizb-i Islami-yi Afghanistan", 307, "Afghanistan: Government", 333),
                    ("Junbish-i Milli-yi Islami", 306, "Afghanistan: Government", 333)],
    "Syria": [("Syrian insurgents", 4456, "Syria: Government", 299), ("IS", 234, "Syria: Islamic State", 13604),
              ("SDF", 6288, "Syria: Government", 299)],
    "India": [("Kashmir insurgents", 325, "India: Kashmir", 364), ("CPI-Maoist", 195, "India: Government", 227),
              ("ULFA", 326, "India: Assam", 365), ("NSCN-IM", 328, "India: Nagaland", 366),
              ("PLA", 329, "India: Manipur", 367)],
    "Iraq": [("IS", 234, "Iraq: Government", 259), ("Ansar al-Islam", 436, "Iraq: Government", 259),
             ("Mahdi Army", 437, "Iraq: Government", 259), ("PUK", 246, "Iraq: Kurdistan", 260)],
    "Somalia": [("Al-Shabaab", 717, "Somalia: Government", 337), ("ARS/UIC", 716, "Somalia: Government", 337)],
    "DR Congo (Zaire)": [("M23", 5929, "DR Congo (Zaire): Government", 283), ("ADF", 489, "DR Congo (Zaire): Government", 283),
                         ("IS", 234, "DR Congo (Zaire): Islamic State", 13693), ("CNDP", 566, "DR Congo (Zaire): Government", 283)],
    "Ukraine": [("Government of Russia (Soviet Union)", 57, "Russia - Ukraine", 13243),
                ("DPR", 5840, "Ukraine: Donetsk", 13246), ("LPR", 5841, "Ukraine: Luhansk", 13247),
                ("United Armed Forces of Novorossiya", 5914, "Ukraine: Novorossiya", 13306)],
    "Pakistan": [("TTP", 356, "Pakistan: Government", 404), ("BLA", 287, "Pakistan: Balochistan", 325),
                 ("BLF", 288, "Pakistan: Balochistan", 325), ("Jamaat-ul-Ahrar", 7180, "Pakistan: Government", 404),
                 ("Government of India", 141, "India - Pakistan", 218)],
    "Nigeria": [("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", 1051, "Nigeria: Government", 297),
                ("IS", 234, "Nigeria: Islamic State", 13641), ("Ansaru", 1052, "Nigeria: Government", 297)],
    "Yemen (North Yemen)": [("Forces of the Presidential Leadership Council", 6254, "Yemen (North Yemen): Government", 230),
                            ("AQAP", 881, "Yemen (North Yemen): Government", 230),
                            ("Ansarallah", 1091, "Yemen (North Yemen): Government", 230)],
    "Colombia": [("FARC", 743, "Colombia: Government", 289), ("ELN", 744, "Colombia: Government", 289),
                 ("EPL", 745, "Colombia: Government", 289)],
    "Turkey": [("PKK", 323, "Turkey: Kurdistan", 354), ("IS", 234, "Turkey: Islamic State", 13605)],
    "Sudan": [("SPLM/A", 353, "Sudan: Southern Sudan", 309), ("JEM", 690, "Sudan: Darfur", 310),
              ("SLM/A", 689, "Sudan: Darfur", 310), ("RSF", 8521, "Sudan: Government", 311)],
    "Myanmar (Burma)": [("KIO", 460, "Myanmar (Burma): Kachin", 412), ("PDF", 8470, "Myanmar (Burma): Government", 413),
                        ("KNU", 461, "Myanmar (Burma): Karen", 414), ("AA", 7171, "Myanmar (Burma): Arakan", 415)],
    "Philippines": [("CPP", 169, "Philippines: Government", 209), ("ASG", 277, "Philippines: Mindanao", 308),
                    ("MILF", 276, "Philippines: Mindanao", 308)],
    "Russia (Soviet Union)": [("Chechen Republic of Ichkeria", 352, "Russia (Soviet Union): Chechnya", 401),
                              ("Forces of the Caucasus Emirate", 367, "Russia (Soviet Union): Caucasus Emirate", 432)],
    "Algeria": [("GIA", 538, "Algeria: Government", 386), ("AQIM", 539, "Algeria: Government", 386),
                ("AIS", 537, "Algeria: Government", 386)],
    "Sri Lanka": [("LTTE", 320, "Sri Lanka (Ceylon): Eelam", 352)],
    "Nepal": [("CPN-M", 258, "Nepal: Government", 269)],
    "Bosnia-Herzegovina": [("Serbian Republic of Bosnia-Herzegovina", 339, "Bosnia-Herzegovina: Serb", 389),
                           ("Croatian Republic of Bosnia-Herzegovina", 340, "Bosnia-Herzegovina: Croat", 390)],
    "Ethiopia": [("TPLF", 410, "Ethiopia: Government", 267), ("ONLF", 497, "Ethiopia: Ogaden", 329),
                 ("OLA", 7560, "Ethiopia: Oromiya", 330)],
    "Burkina Faso": [("JNIM", 6716, "Burkina Faso: Government", 14133), ("IS", 234, "Burkina Faso: Islamic State", 14134)],
    "Israel": [("Hamas", 209, "Israel: Palestine", 234), ("PIJ", 208, "Israel: Palestine", 234),
               ("Fatah", 207, "Israel: Palestine", 234)],
    "Mali": [("JNIM", 6716, "Mali: Government", 11347), ("IS", 234, "Mali: Islamic State", 13704),
             ("MNLA", 1180, "Mali: Azawad", 11348)],
    "Cameroon": [("Ambazonia insurgents", 7332, "Cameroon: Ambazonia", 14129),
                 ("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", 1051, "Cameroon: Government", 14130)],
    "Lebanon": [("Hezbollah", 366, "Israel: Southern Lebanon", 426)],
    "Angola": [("UNITA", 567, "Angola: Government", 327), ("FLEC-R", 568, "Angola: Cabinda", 328)],
    "Sierra Leone": [("RUF", 532, "Sierra Leone: Government", 362)],
    "Rwanda": [("FPR", 527, "Rwanda: Government", 361), ("FDLR-FOCA", 528, "Rwanda: Government", 361)],
    "Uganda": [("LRA", 488, "Uganda: Government", 373), ("ADF", 489, "Uganda: Government", 373)],
    "Azerbaijan": [("Republic of Artsakh", 338, "Azerbaijan: Artsakh (Nagorno-Karabakh)", 388),
                   ("Government of Armenia", 65, "Armenia - Azerbaijan", 389)],
    "Libya": [("IS", 234, "Libya: Islamic State", 13694), ("Forces of Khalifa al-Hasser", 7015, "Libya: Government", 13695)],
    "Thailand": [("Patani insurgents", 365, "Thailand: Patani", 375)],
    "Central African Republic": [("Seleka", 5870, "Central African Republic: Government", 11354),
                                 ("CPC", 8116, "Central African Republic: Government", 11355)],
    "Mozambique": [("Renamo", 558, "Mozambique: Government", 339), ("IS", 234, "Mozambique: Islamic State", 14213)],
}
# Non-state (type 2) named pairs and named perpetrators of one-sided violence, by country.
GED_NONSTATE = {
    "Mexico": ["Sinaloa Cartel", "Jalisco Cartel New Generation", "Gulf Cartel", "Los Zetas", "Juarez Cartel",
               "Carteles Unidos", "Santa Rosa de Lima Cartel", "La Familia Michoacana", "Beltran Leyva Organization",
               "Los Viagras"],
    "Brazil": ["Comando Vermelho", "PCC", "Terceiro Comando Puro", "Familia do Norte", "Bonde dos 13, PCC"],
    "Syria": ["IS", "SDF", "SNA", "HTS", "Jabhat Fateh al-Sham",
              "Ahrar al-Sham, Jabhat Fateh al-Sham, Southern Front", "Fatah Halab, Jabhat Fateh al-Sham"],
    "Afghanistan": ["Taleban", "IS"],
    "Nigeria": ["Fulani", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "IS", "Tiv", "Berom"],
    "DR Congo (Zaire)": ["CODECO", "NDC-R", "URDPC", "Mayi Mayi Yakutumba", "FDLR-FOCA", "Raia Mutomboki"],
    "South Africa": ["Supporters of ANC", "Supporters of IFP"],
    "Somalia": ["Al-Shabaab", "Habar Gidir Ayr", "Hawiye", "Darod", "ASWJ"],
    "Sudan": ["Rizeigat Baggara", "Misseriya Baggara", "Maaliya", "Salamat"],
    "South Sudan": ["Dinka", "Nuer", "Murle", "SPLM/A-IO"],
    "Kenya": ["Pokot", "Turkana", "Borana", "Garre", "Degodia"],
    "Yemen (North Yemen)": ["Giants Brigade, STC", "AQAP", "Ansarallah"],
    "India": ["CPI-Maoist", "Kuki", "Meitei", "NSCN-IM"],
    "Pakistan": ["TTP", "Lashkar-e-Islam", "Ansar-ul-Islam"],
    "Iraq": ["IS", "PMF"],
    "Libya": ["Forces of Khalifa al-Hasser", "Misrata militias", "IS"],
    "Mali": ["JNIM", "IS", "Dan Na Ambassagou", "MSA"],
    "Burkina Faso": ["JNIM", "IS", "Koglweogo"],
    "Colombia": ["AUC", "Clan del Golfo", "ELN", "FARC dissidents"],
    "Ethiopia": ["Afar", "Somali (Ethiopia)", "Guji Oromo", "Gedeo"],
}
GED_ONESIDED = {
    "Afghanistan": ["Taleban", "IS", "Government of Afghanistan"], "Syria": ["IS", "Government of Syria", "HTS"],
    "India": ["CPI-Maoist", "Kashmir insurgents", "Government of India"], "Iraq": ["IS", "Government of Iraq"],
    "Nigeria": ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Fulani", "IS"],
    "DR Congo (Zaire)": ["ADF", "CODECO", "Government of DR Congo (Zaire)", "FDLR-FOCA"],
    "Mexico": ["Jalisco Cartel New Generation", "Sinaloa Cartel", "Los Zetas"], "Rwanda": ["Government of Rwanda"],
    "Colombia": ["AUC", "FARC", "ELN"], "Venezuela": ["Government of Venezuela"], "Nepal": ["CPN-M"],
    "Pakistan": ["TTP", "IS"], "Somalia": ["Al-Shabaab"], "Burkina Faso": ["JNIM", "IS"], "Mali": ["JNIM", "IS"],
}
GED_CIVILIANS = ("Civilians", 9999, 1)
GED_ACTORS_TARGET = 2000

OUTLETS = ["Reuters", "Agence France Presse", "Associated Press Newswires", "BBC Monitoring", "Xinhua News Agency",
           "SOHR", "VDC", "Pajhwok Afghan News", "Tolo News", "Dawn", "The Express Tribune", "Press Trust of India",
           "Kashmir Times", "Shabelle Media Network", "Radio Okapi", "Kivu Security Tracker", "Premium Times",
           "Daily Trust", "Milenio", "El Heraldo de Juárez", "Borderland Beat", "Noche y Niebla", "El Tiempo",
           "Anadolu Agency", "Ukrinform", "Kyiv Independent", "Yemen Data Project", "Sudan Tribune", "Airwars",
           "Bakhtar News", "Ministry of Defence", "Ministry of Interior", "Human Rights Watch", "Amnesty International",
           "Radio Dabanga", "Mizzima", "Irrawaddy", "Philippine Daily Inquirer", "SATP", "Le Monde", "RFI"]
SOURCE_ORIGINAL = ["SOHR", "VDC", "SOHR; VDC", "police", "officials", "Police", "military", "Military spokesman",
                   "Ministry of Defence", "Interior Ministry", "local official", "Local official", "witnesses",
                   "hospital official", "security sources", "Taleban spokesman", "Officials", "residents", "SATP",
                   "Kivu Security Tracker", "Noche y Niebla", "Airwars", "army statement", "provincial governor",
                   "rebel spokesman", "Defence Ministry", "medical sources", "village elders"]
HEADLINES = [
    "{n} militants killed in {place}, officials say", "{n} killed in clashes near {place}",
    "Gunmen kill {n} in {place}", "Airstrike kills {n} in {adm1}", "{n} soldiers killed in ambush in {adm1}",
    "Clashes in {place}: {n} dead, several wounded", "Suicide attack kills {n} in {place}",
    "Security forces kill {n} insurgents in {adm1} operation", "{n} civilians killed as fighting spreads to {place}",
    "Fighting in {adm1} leaves {n} dead", "Roadside bomb kills {n} in {place}",
    "At least {n} killed, {m} injured in {adm1} attack", "{n} dead after attack on checkpoint in {place}",
    "Militants attack {place}; {n} killed", "Operation in {adm1}: {n} \"terrorists\" killed, says ministry",
]


class GedGenerator:
    def __init__(self, rng):
        self.rng = rng
        self.next_id = 20000
        self.countries = []
        self.actor_names = set()
        self.build()

    def new_id(self):
        self.next_id += self.rng.randrange(1, 40)
        return self.next_id

    def build(self):
        rng = self.rng
        total_weight = sum(c[7] for c in GED_COUNTRIES)
        # Named actors first; made-up militias fill up to ~2,000 actors, more in larger countries.
        named = 0
        for spec in GED_COUNTRIES:
            name = spec[0]
            named += 1 + len(GED_REBELS.get(name, ())) + len(GED_NONSTATE.get(name, ()))
        militias_left = max(0, GED_ACTORS_TARGET - named)
        roots = [math.sqrt(c[7]) for c in GED_COUNTRIES]
        root_total = sum(roots)
        militia_no = 0
        gids = {}
        for spec, root in zip(GED_COUNTRIES, roots):
            name, gw, region, code, lat, lon, spread, weight, windows = spec
            n_militias = max(2, round(militias_left * root / root_total))
            militias = []
            for _ in range(n_militias):
                militia_no += 1
                militias.append(f"Militia {militia_no}")
            self.countries.append(self.build_country(spec, militias, gids, weight / total_weight))
        self.country_picker = Picker(self.countries, [c["weight"] for c in self.countries])

    def actor_id(self, name, gids):
        if name not in gids:
            gids[name] = self.new_id()
        self.actor_names.add(name)
        return gids[name]

    def build_country(self, spec, militias, gids, share):
        rng = self.rng
        name, gw, region, code, lat, lon, spread, weight, windows = spec
        gov = f"Government of {name}"
        gids.setdefault(gov, GED_GOVERNMENT_IDS.get(name) or self.new_id())
        self.actor_names.add(gov)
        for rebel, rid, _, _ in GED_REBELS.get(name, ()):
            gids.setdefault(rebel, rid)
        gov_conflict = self.new_id()
        mix = GED_MIX.get(name, GED_DEFAULT_MIX)
        dyads = {1: [], 2: [], 3: []}

        def dyad_row(kind, a, b, conflict_name, conflict_dset, conflict_new, dyad_dset, dyad_new, gwnoa, gwnob):
            a_id = self.actor_id(a, gids)
            a_new = a_id
            if b == "Civilians":
                b_dset, b_new = GED_CIVILIANS[1], GED_CIVILIANS[2]
            else:
                b_dset = b_new = self.actor_id(b, gids)
            middle = ",".join((str(conflict_dset), str(conflict_new), q(conflict_name), str(dyad_dset),
                               str(dyad_new), q(f"{a} - {b}"), str(a_id), str(a_new), q(a), str(b_dset),
                               str(b_new), q(b)))
            tail = f"{gwnoa},{gwnob}"
            return {"kind": kind, "middle": middle, "tail": tail, "dyad": dyad_dset, "a": a, "b": b}

        # State-based: the government against each named rebel group, then against some militias.
        for rebel, rid, conflict, cid in GED_REBELS.get(name, ()):
            dyad = self.new_id()
            if rebel.startswith("Government of"):  # interstate: the other state is side A, as GED has it
                other_gw = {"Government of Russia (Soviet Union)": 365, "Government of India": 750,
                            "Government of Armenia": 371}[rebel]
                dyads[1].append(dyad_row(1, rebel, gov, conflict, cid, cid, dyad, dyad, other_gw, gw))
            else:
                dyads[1].append(dyad_row(1, gov, rebel, conflict, cid, cid, dyad, dyad, gw, ""))
        rebels = militias[: max(1, len(militias) // 3)]
        territorial = f"{name}: {place_name(rng)}"
        territorial_id = self.new_id()
        for i, rebel in enumerate(rebels):
            dyad = self.new_id()
            if i % 4 == 3:
                dyads[1].append(dyad_row(1, gov, rebel, territorial, territorial_id, territorial_id, dyad, dyad, gw, ""))
            else:
                dyads[1].append(dyad_row(1, gov, rebel, f"{name}: Government", gov_conflict, gov_conflict, dyad,
                                         dyad, gw, ""))
        if name == "Afghanistan":
            dyad = self.new_id()
            dyads[1].insert(6, dyad_row(1, "Government of United States of America", "al-Qaida",
                                        "United States of America: al-Qaida", 418, 418, dyad, dyad, 2, ""))
        # Non-state: named pairs in order of fame, then pairs among the militias.
        nonstate = list(GED_NONSTATE.get(name, ())) + militias
        pairs = []
        for i in range(len(nonstate)):
            for j in range(i + 1, min(len(nonstate), i + 3)):
                pairs.append((nonstate[i], nonstate[j]))
        for a, b in pairs[: 6 + len(militias)]:
            dyad = self.new_id()
            dyads[2].append(dyad_row(2, a, b, f"{a} - {b}", dyad, self.new_id(), dyad, dyad, "", ""))
        # One-sided: named perpetrators, the government, then militias.
        perpetrators = list(GED_ONESIDED.get(name, ()))
        for extra in [gov] + [r[0] for r in GED_REBELS.get(name, ()) if not r[0].startswith("Government")] + militias:
            if extra not in perpetrators:
                perpetrators.append(extra)
        for a in perpetrators:
            a_id = self.actor_id(a, gids)
            gwnoa = gw if a == gov else ""
            dyads[3].append(dyad_row(3, a, "Civilians", f"{a} - Civilians", a_id, self.new_id(), a_id,
                                     self.new_id(), gwnoa, ""))
        pickers = {}
        for kind, rows in dyads.items():
            if rows:
                pickers[kind] = Picker(rows, zipf(len(rows), 1.5 if kind == 1 else 1.2))
        kinds = [k for k in (1, 2, 3) if k in pickers and mix[k - 1] > 0]
        kind_picker = Picker(kinds, [mix[k - 1] for k in kinds])

        # Years: more events in recent years, within the country's years of fighting.
        boost = GED_YEAR_BOOST.get(name, {})
        years, year_weights = [], []
        for start, end in windows:
            for y in range(max(1989, start), min(2023, end) + 1):
                years.append(y)
                year_weights.append((1 + 3 * ((y - 1989) / 34) ** 1.5) * boost.get(y, 1.0))
        year_picker = Picker(years, year_weights)

        return {"name": name, "weight": share, "code": code, "kind": kind_picker, "dyads": pickers,
                "years": year_picker, "locations": self.build_locations(name, gw, lat, lon, spread, share),
                "tail": f"{q(name)},{gw},{region}", "gov": gov}

    def build_locations(self, country, gw, lat, lon, spread, share):
        """Places where events happen, each its where_prec ... priogrid_gid cells written once."""
        rng = self.rng
        taken = set()
        adm1_names = list(REAL_ADM1.get(country, ()))
        n_adm1 = max(4, min(35, int(4 + share * 400)))
        adm1_names += unique_names(rng, max(0, n_adm1 - len(adm1_names)), taken, accents=0.15)
        s1 = ADM1_SUFFIX.get(country, "province")
        s2 = ADM2_SUFFIX.get(country, "district")
        n_places = max(20, min(1500, int(share * 8000)))
        locations = []
        prec_picker = Picker((1, 2, 3, 4, 5, 6, 7), (47.5, 23.2, 14.0, 10.5, 3.5, 1.2, 0.1))
        adm1_centres = [(lat + rng.gauss(0, spread * 0.6), lon + rng.gauss(0, spread * 0.6)) for _ in adm1_names]
        adm2_of = {}
        for _ in range(n_places):
            k = min(int(rng.paretovariate(0.9)) - 1, len(adm1_names) - 1)
            adm1 = adm1_names[k]
            c_lat, c_lon = adm1_centres[k]
            adm2_list = adm2_of.setdefault(adm1, unique_names(rng, rng.randint(2, 9), taken, accents=0.2))
            adm2 = rng.choice(adm2_list)
            prec = prec_picker.pick(rng.random())
            place = place_name(rng, accents=0.1)
            p_lat = max(-89.9, min(89.9, c_lat + rng.gauss(0, spread * 0.25)))
            p_lon = max(-179.9, min(179.9, c_lon + rng.gauss(0, spread * 0.25)))
            adm1_cell = f"{adm1} {s1}"
            adm2_cell = f"{adm2} {s2}" if rng.random() > 0.19 else ""
            if prec <= 2:
                coords = f"{place} {rng.choice(('town', 'town', 'village', 'village', 'city', 'area'))}"
                desc = [place, f"in the {place} area of {adm2}", f"{place}, {adm1}", f"near {place} in {adm1} {s1}"]
            elif prec == 3:
                coords = f"{adm2} {s2}"
                desc = [coords, f"{adm2} {s2} ({place} and surrounding villages)", f"{adm2}, {adm1}"]
            elif prec == 4:
                coords = adm1_cell
                desc = [adm1_cell, f"several districts of {adm1}, including {adm2} and {place}"]
            elif prec == 5:
                coords = f"{rng.choice(('Northern', 'Southern', 'Eastern', 'Western'))} {adm1}"
                desc = [coords]
            else:
                coords = country
                adm1_cell = adm2_cell = ""
                desc = [country, f"{country} (unspecified)"]
            lat_text, lon_text = coordinate(p_lat, rng), coordinate(p_lon, rng)
            row = int((float(lat_text) + 90) // 0.5)
            col = int((float(lon_text) + 180) // 0.5)
            gid = row * 720 + col + 1
            head = f"{prec},{q(coords)}"
            rest = f"{q(adm1_cell)},{q(adm2_cell)},{lat_text},{lon_text},POINT ({lon_text} {lat_text}),{gid}"
            locations.append((head, [q(d) for d in desc], rest, adm1, place))
        return Picker(locations, zipf(len(locations), 0.9, offset=3.0))

    def sources(self, r, year, day_text, start, adm1, place, best):
        """number_of_sources, source_article, source_office, source_date, source_headline cells."""
        rng = self.rng
        n = best if best > 1 else 1 + int(r() * 4)
        if r() < (0.77 if year < 2010 else 0.11):
            outlet = OUTLETS[int(r() * len(OUTLETS))]
            date = day_text.iso_of(start + int(r() * 3))
            headline = HEADLINES[int(r() * len(HEADLINES))].format(n=n, m=n + 2, place=place, adm1=adm1)
            x = r()
            if x < 0.09:  # older, free text reports: several numbered items over several lines
                d = datetime.date.fromordinal(start)
                parts = [f"({k}) {headline if k == 1 else OUTLETS[int(r() * len(OUTLETS))] + ' report'}\n"
                         f"{d.day} {MONTHS[d.month - 1]} {d.year}\n{OUTLETS[int(r() * len(OUTLETS))]}"
                         for k in range(1, 2 + int(r() * 3))]
                article = "\n\n".join(parts)
            elif x < 0.55:
                article = f'{outlet} {date} "{headline.upper()}'
            elif x < 0.85:
                article = f'{outlet}, {date}, "{headline}.'
            else:
                article = f"{outlet} {date[5:7]}/{date[8:]}/{year} {headline}"
            return f"-1,{q(article)},,,"
        count = 1 if r() < 0.69 else (2 if r() < 0.8 else 3 + int(r() * 3))
        outlets, dates, headlines, items = [], [], [], []
        for k in range(count):
            outlet = OUTLETS[int(r() * len(OUTLETS))]
            date = day_text.iso_of(start + int(r() * 4))
            headline = HEADLINES[int(r() * len(HEADLINES))].format(n=n + k, m=n + 1, place=place, adm1=adm1)
            outlets.append(outlet)
            dates.append(date)
            headlines.append(headline)
            items.append(f'"{outlet},{date},{headline}"')
        return f"{count},{q(';'.join(items))},{q(';'.join(outlets))},{q(';'.join(dates))},{q(';'.join(headlines))}"

    def write(self, out, events):
        rng = self.rng
        r = rng.random
        day_text = DayText()
        relid_counter = {}
        prec_picker = Picker((1, 2, 3, 4, 5), (84.9, 10.7, 0.7, 2.3, 1.4))
        out.write(",".join(GED_COLUMNS) + "\n")
        block = []
        event_id = 0
        for i in range(events):
            country = self.country_picker.pick(r())
            kind = country["kind"].pick(r())
            dyad = country["dyads"][kind].pick(r())
            year = country["years"].pick(r())
            first = datetime.date(year, 1, 1).toordinal()
            last = datetime.date(year, 12, 31).toordinal()
            start = first + int(r() * (last - first + 1))
            prec = prec_picker.pick(r())
            if prec == 1:
                end = start
            elif prec == 2:
                end = start + 1 + int(r() * r() * 6)
            elif prec == 3:
                end = start + 6 + int(r() * 8)
            elif prec == 4:
                end = start + 7 + int(r() * 45)
            else:
                end = start + 30 + int(r() * 330)
            if end > last:
                end = last
            # Deaths: heavy-tailed counts on the sides a type of violence has.
            if kind == 1:
                p = (0.35, 0.45, 0.2, 0.07)
            elif kind == 2:
                p = (0.18, 0.23, 0.13, 0.55)
            else:
                p = (0.0, 0.0, 0.9, 0.06)
            deaths = [heavy_tail(1.0 - r(), 1.25) if r() < p[k] else 0 for k in range(4)]
            if not any(deaths) and r() < 0.6:
                k = 2 if kind == 3 else (0 if r() < 0.45 else 1)
                deaths[k] = heavy_tail(1.0 - r(), 1.25)
            for k in range(4):
                if deaths[k] > 5000:
                    deaths[k] = 5000 - int(r() * 2000)
            best = deaths[0] + deaths[1] + deaths[2] + deaths[3]
            x = r()
            if x < 0.80:
                low = high = best
            elif x < 0.944:
                low, high = best, best + max(1, int(best * r() * 0.8))
            elif x < 0.99:
                low, high = int(best * (0.3 + 0.65 * r())), best
            else:
                low, high = int(best * (0.3 + 0.65 * r())), best + max(1, int(best * r()))
            head, descs, rest, adm1, place = country["locations"].pick(r())
            x = r()
            if x < 0.015:
                desc = ""
            elif x < 0.035:
                desc = q(f"{place} village\n{adm1} (reported by local sources, date uncertain)")
            else:
                desc = descs[int(r() * len(descs))]
            key = (dyad["dyad"], year)
            seq = relid_counter.get(key, 0) + 1
            relid_counter[key] = seq
            relid = f"{country['code']}-{year}-{kind}-{dyad['dyad']}-{seq}"
            if r() < 0.03:
                relid += f".{1 + int(r() * 4)}"
            event_id += 1 + int(r() * 3)
            block.append(",".join((
                str(event_id), relid, str(year), "1" if r() < 0.97 else "0", "Clear", str(kind), dyad["middle"],
                self.sources(r, year, day_text, start, adm1, place, best),
                SOURCE_ORIGINAL[int(r() * len(SOURCE_ORIGINAL))] if r() > 0.124 else "",
                head, desc, rest, country["tail"], "1" if r() < 0.934 else "2", str(prec),
                day_text.iso_of(start), day_text.iso_of(end), str(deaths[0]), str(deaths[1]), str(deaths[2]),
                str(deaths[3]), str(best), str(high), str(low), dyad["tail"])) + "\n")
            if len(block) >= BLOCK:
                out.write("".join(block))
                block.clear()
        out.write("".join(block))


# ---------------------------------------------------------------------------------------------
# ACLED

ACLED_NEW_COLUMNS = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 "
    "inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 "
    "location latitude longitude geo_precision source source_scale notes fatalities tags timestamp").split()
ACLED_OLD_COLUMNS = (
    "data_id iso event_id_cnty event_id_no_cnty event_date year time_precision event_type sub_event_type actor1 "
    "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction region country admin1 admin2 admin3 location "
    "latitude longitude geo_precision source source_scale notes fatalities timestamp iso3").split()
assert len(ACLED_NEW_COLUMNS) == 31 and len(ACLED_OLD_COLUMNS) == 31

INTER_TEXT = {1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia", 5: "Rioters",
              6: "Protesters", 7: "Civilians", 8: "External/Other forces"}


def interaction_text(a, b):
    """The interaction as the codebook's table writes it: lower code first, one-sided as "X only"."""
    if not b:
        return f"{INTER_TEXT[a]} only"
    lo, hi = min(a, b), max(a, b)
    if (lo, hi) == (7, 8):
        return "External/Other forces-Civilians"
    return f"{INTER_TEXT[lo]}-{INTER_TEXT[hi]}"


# name, ISO 3166 numeric, ISO alpha-3, ACLED region, centre latitude, longitude, spread, share of events,
# first year covered, archetype of its events (war, mixed or protest).
ACLED_COUNTRIES = [
    ("Ukraine", 804, "UKR", "Europe", 48.5, 35.0, 2.5, 9.0, 2018, "war"),
    ("India", 356, "IND", "South Asia", 24.0, 80.0, 5.0, 8.0, 2016, "protest"),
    ("Syria", 760, "SYR", "Middle East", 35.0, 38.0, 1.5, 7.0, 2017, "war"),
    ("Mexico", 484, "MEX", "Central America", 22.0, -101.0, 4.0, 4.5, 2018, "mixed"),
    ("Yemen", 887, "YEM", "Middle East", 15.5, 45.5, 1.8, 4.0, 2015, "war"),
    ("Pakistan", 586, "PAK", "South Asia", 30.5, 70.0, 3.0, 4.0, 2010, "mixed"),
    ("Myanmar", 104, "MMR", "Southeast Asia", 20.5, 96.5, 3.0, 3.5, 2010, "war"),
    ("United States", 840, "USA", "North America", 38.0, -97.0, 8.0, 3.5, 2020, "protest"),
    ("Palestine", 275, "PSE", "Middle East", 31.9, 35.2, 0.3, 3.0, 2016, "mixed"),
    ("Brazil", 76, "BRA", "South America", -15.0, -47.0, 6.0, 3.0, 2018, "mixed"),
    ("Iraq", 368, "IRQ", "Middle East", 33.5, 43.5, 2.0, 3.0, 2016, "mixed"),
    ("Afghanistan", 4, "AFG", "South Asia", 34.0, 66.0, 2.5, 2.5, 2017, "war"),
    ("Somalia", 706, "SOM", "Eastern Africa", 4.0, 45.5, 3.0, 2.5, 1997, "war"),
    ("Nigeria", 566, "NGA", "Western Africa", 10.5, 8.0, 3.0, 2.5, 1997, "mixed"),
    ("Democratic Republic of Congo", 180, "COD", "Middle Africa", -2.0, 27.5, 3.0, 2.2, 1997, "war"),
    ("Russia", 643, "RUS", "Europe", 55.0, 40.0, 5.0, 2.0, 2018, "mixed"),
    ("Bangladesh", 50, "BGD", "South Asia", 23.7, 90.3, 1.5, 2.0, 2010, "protest"),
    ("Lebanon", 422, "LBN", "Middle East", 33.8, 35.8, 0.4, 1.5, 2016, "mixed"),
    ("Turkey", 792, "TUR", "Middle East", 39.0, 35.0, 3.0, 1.5, 2016, "mixed"),
    ("Colombia", 170, "COL", "South America", 5.0, -74.5, 2.5, 1.5, 2018, "mixed"),
    ("France", 250, "FRA", "Europe", 46.5, 2.5, 2.5, 1.5, 2020, "protest"),
    ("Philippines", 608, "PHL", "Southeast Asia", 11.0, 123.0, 3.0, 1.4, 2016, "mixed"),
    ("Sudan", 729, "SDN", "Northern Africa", 14.0, 30.0, 3.0, 1.3, 1997, "war"),
    ("South Korea", 410, "KOR", "East Asia", 36.5, 127.8, 1.0, 1.2, 2018, "protest"),
    ("Germany", 276, "DEU", "Europe", 51.0, 10.0, 2.0, 1.2, 2020, "protest"),
    ("Burkina Faso", 854, "BFA", "Western Africa", 12.5, -1.5, 1.5, 1.1, 1997, "war"),
    ("Mali", 466, "MLI", "Western Africa", 15.5, -2.0, 3.0, 1.0, 1997, "war"),
    ("South Africa", 710, "ZAF", "Southern Africa", -28.0, 26.0, 3.0, 1.0, 1997, "protest"),
    ("Italy", 380, "ITA", "Europe", 42.5, 12.5, 2.5, 0.9, 2020, "protest"),
    ("Iran", 364, "IRN", "Middle East", 32.0, 53.0, 4.0, 0.9, 2016, "protest"),
    ("Cameroon", 120, "CMR", "Middle Africa", 6.0, 12.5, 2.5, 0.8, 1997, "war"),
    ("Ethiopia", 231, "ETH", "Eastern Africa", 9.0, 39.5, 3.0, 0.8, 1997, "war"),
    ("Spain", 724, "ESP", "Europe", 40.3, -3.7, 2.5, 0.7, 2020, "protest"),
    ("United Kingdom", 826, "GBR", "Europe", 53.0, -1.5, 2.0, 0.7, 2020, "protest"),
    ("Argentina", 32, "ARG", "South America", -34.0, -64.0, 5.0, 0.7, 2018, "protest"),
    ("Chile", 152, "CHL", "South America", -33.5, -70.7, 3.0, 0.7, 2018, "protest"),
    ("Indonesia", 360, "IDN", "Southeast Asia", -2.5, 118.0, 6.0, 0.7, 2015, "protest"),
    ("Israel", 376, "ISR", "Middle East", 31.8, 34.9, 0.5, 0.6, 2016, "mixed"),
    ("Libya", 434, "LBY", "Northern Africa", 30.0, 17.0, 3.0, 0.6, 1997, "war"),
    ("Kenya", 404, "KEN", "Eastern Africa", 0.5, 37.5, 2.0, 0.6, 1997, "mixed"),
    ("Nepal", 524, "NPL", "South Asia", 28.0, 84.0, 1.2, 0.6, 2010, "protest"),
    ("Venezuela", 862, "VEN", "South America", 8.0, -66.0, 2.5, 0.5, 2018, "protest"),
    ("Peru", 604, "PER", "South America", -10.0, -75.5, 3.0, 0.5, 2018, "protest"),
    ("Egypt", 818, "EGY", "Northern Africa", 28.0, 31.0, 2.5, 0.5, 1997, "mixed"),
    ("Algeria", 12, "DZA", "Northern Africa", 35.5, 3.5, 1.5, 0.5, 1997, "protest"),
    ("Tunisia", 788, "TUN", "Northern Africa", 35.0, 9.5, 1.5, 0.5, 1997, "protest"),
    ("Thailand", 764, "THA", "Southeast Asia", 13.0, 101.0, 3.0, 0.5, 2010, "mixed"),
    ("Sri Lanka", 144, "LKA", "South Asia", 7.8, 80.7, 1.0, 0.5, 2010, "protest"),
    ("Central African Republic", 140, "CAF", "Middle Africa", 6.5, 20.5, 2.0, 0.5, 1997, "war"),
    ("South Sudan", 728, "SSD", "Eastern Africa", 7.5, 30.5, 2.0, 0.5, 2011, "war"),
    ("Mozambique", 508, "MOZ", "Southern Africa", -15.0, 37.0, 3.0, 0.4, 1997, "war"),
    ("Niger", 562, "NER", "Western Africa", 15.0, 7.0, 2.5, 0.4, 1997, "war"),
    ("Haiti", 332, "HTI", "Caribbean", 18.9, -72.5, 0.5, 0.4, 2018, "mixed"),
    ("Greece", 300, "GRC", "Europe", 39.0, 22.0, 2.0, 0.4, 2018, "protest"),
    ("Poland", 616, "POL", "Europe", 52.0, 19.5, 2.0, 0.4, 2020, "protest"),
    ("Japan", 392, "JPN", "East Asia", 36.0, 138.0, 3.0, 0.3, 2018, "protest"),
    ("China", 156, "CHN", "East Asia", 32.0, 110.0, 6.0, 0.3, 2018, "protest"),
    ("Ecuador", 218, "ECU", "South America", -1.5, -78.5, 1.5, 0.3, 2018, "mixed"),
    ("Honduras", 340, "HND", "Central America", 14.8, -86.8, 1.0, 0.3, 2018, "mixed"),
    ("Guatemala", 320, "GTM", "Central America", 15.5, -90.3, 1.0, 0.3, 2018, "mixed"),
    ("Morocco", 504, "MAR", "Northern Africa", 32.0, -6.5, 2.0, 0.3, 1997, "protest"),
    ("Uganda", 800, "UGA", "Eastern Africa", 1.5, 32.5, 1.5, 0.3, 1997, "mixed"),
    ("Burundi", 108, "BDI", "Eastern Africa", -3.4, 29.9, 0.4, 0.3, 1997, "mixed"),
    ("Zimbabwe", 716, "ZWE", "Southern Africa", -19.0, 30.0, 2.0, 0.3, 1997, "protest"),
    ("Chad", 148, "TCD", "Middle Africa", 13.0, 19.0, 3.0, 0.25, 1997, "war"),
    ("Jordan", 400, "JOR", "Middle East", 31.5, 36.5, 1.0, 0.25, 2016, "protest"),
    ("Azerbaijan", 31, "AZE", "Caucasus and Central Asia", 40.3, 47.5, 1.0, 0.25, 2018, "mixed"),
    ("Armenia", 51, "ARM", "Caucasus and Central Asia", 40.2, 45.0, 0.5, 0.2, 2018, "mixed"),
    ("Georgia", 268, "GEO", "Caucasus and Central Asia", 42.0, 43.5, 1.0, 0.2, 2018, "protest"),
    ("Belarus", 112, "BLR", "Europe", 53.7, 28.0, 1.5, 0.2, 2018, "protest"),
    ("Kazakhstan", 398, "KAZ", "Caucasus and Central Asia", 48.0, 68.0, 5.0, 0.2, 2018, "protest"),
    ("Canada", 124, "CAN", "North America", 50.0, -95.0, 8.0, 0.2, 2021, "protest"),
    ("Bolivia", 68, "BOL", "South America", -17.0, -64.5, 3.0, 0.2, 2018, "protest"),
    ("Paraguay", 600, "PRY", "South America", -23.0, -57.5, 2.0, 0.15, 2018, "protest"),
    ("Senegal", 686, "SEN", "Western Africa", 14.5, -14.5, 1.0, 0.15, 1997, "protest"),
    ("Guinea", 324, "GIN", "Western Africa", 10.0, -11.0, 1.5, 0.15, 1997, "protest"),
    ("Ghana", 288, "GHA", "Western Africa", 8.0, -1.2, 1.5, 0.15, 1997, "protest"),
    ("Ivory Coast", 384, "CIV", "Western Africa", 7.5, -5.5, 1.5, 0.15, 1997, "mixed"),
    ("Malaysia", 458, "MYS", "Southeast Asia", 3.5, 102.0, 2.0, 0.15, 2018, "protest"),
    ("Cambodia", 116, "KHM", "Southeast Asia", 12.5, 104.5, 1.5, 0.15, 2010, "protest"),
    ("Madagascar", 450, "MDG", "Eastern Africa", -19.0, 47.0, 3.0, 0.15, 1997, "mixed"),
    ("Tanzania", 834, "TZA", "Eastern Africa", -6.5, 35.0, 3.0, 0.12, 1997, "mixed"),
    ("Rwanda", 646, "RWA", "Eastern Africa", -2.0, 29.9, 0.5, 0.1, 1997, "mixed"),
    ("Benin", 204, "BEN", "Western Africa", 10.0, 2.3, 1.0, 0.1, 1997, "mixed"),
    ("Togo", 768, "TGO", "Western Africa", 8.5, 1.0, 0.7, 0.1, 1997, "mixed"),
    ("Sierra Leone", 694, "SLE", "Western Africa", 8.5, -11.8, 0.8, 0.1, 1997, "mixed"),
    ("Liberia", 430, "LBR", "Western Africa", 6.5, -9.5, 1.0, 0.1, 1997, "mixed"),
    ("Zambia", 894, "ZMB", "Southern Africa", -14.5, 28.0, 2.0, 0.1, 1997, "protest"),
    ("Malawi", 454, "MWI", "Southern Africa", -13.5, 34.0, 1.0, 0.1, 1997, "protest"),
    ("Angola", 24, "AGO", "Middle Africa", -12.0, 17.5, 3.5, 0.1, 1997, "mixed"),
    ("Saudi Arabia", 682, "SAU", "Middle East", 24.0, 45.0, 4.0, 0.1, 2016, "war"),
    ("Tajikistan", 762, "TJK", "Caucasus and Central Asia", 38.8, 70.5, 1.0, 0.08, 2018, "mixed"),
    ("Kyrgyzstan", 417, "KGZ", "Caucasus and Central Asia", 41.3, 74.5, 1.0, 0.08, 2018, "protest"),
    ("Papua New Guinea", 598, "PNG", "Oceania", -6.0, 145.0, 3.0, 0.08, 2021, "mixed"),
    ("Australia", 36, "AUS", "Oceania", -28.0, 140.0, 8.0, 0.08, 2021, "protest"),
    ("Serbia", 688, "SRB", "Europe", 44.0, 20.8, 1.0, 0.08, 2018, "protest"),
    ("Nicaragua", 558, "NIC", "Central America", 12.8, -85.2, 1.0, 0.08, 2018, "mixed"),
    ("El Salvador", 222, "SLV", "Central America", 13.7, -89.0, 0.5, 0.06, 2018, "mixed"),
    ("Dominican Republic", 214, "DOM", "Caribbean", 18.8, -70.2, 0.8, 0.06, 2018, "protest"),
    ("Jamaica", 388, "JAM", "Caribbean", 18.1, -77.3, 0.4, 0.05, 2018, "mixed"),
    ("Eswatini", 748, "SWZ", "Southern Africa", -26.5, 31.5, 0.3, 0.04, 1997, "protest"),
    ("Lesotho", 426, "LSO", "Southern Africa", -29.5, 28.0, 0.5, 0.03, 1997, "protest"),
    ("Djibouti", 262, "DJI", "Eastern Africa", 11.6, 42.8, 0.5, 0.03, 1997, "protest"),
    ("Bahrain", 48, "BHR", "Middle East", 26.1, 50.5, 0.1, 0.03, 2016, "protest"),
    ("Kuwait", 414, "KWT", "Middle East", 29.3, 47.8, 0.3, 0.02, 2016, "protest"),
]
ACLED_YEAR_BOOST = {"Ukraine": {2022: 6.0, 2023: 6.0, 2024: 6.0}, "Palestine": {2023: 4.0, 2024: 5.0},
                    "Lebanon": {2024: 5.0}, "Sudan": {2023: 4.0, 2024: 4.0}, "Myanmar": {2021: 4.0, 2022: 4.0},
                    "United States": {2020: 3.0}, "Syria": {2017: 2.0, 2018: 2.0}}
ACLED_MIXES = {  # Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic dev.
    "war": (0.22, 0.42, 0.12, 0.12, 0.03, 0.09),
    "mixed": (0.10, 0.06, 0.16, 0.46, 0.12, 0.10),
    "protest": (0.02, 0.01, 0.05, 0.76, 0.10, 0.06),
}
EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments")
SUB_EVENTS = {  # sub-event type, share within its event type, disorder type
    "Battles": [("Armed clash", 0.9, "Political violence"), ("Government regains territory", 0.05, "Political violence"),
                ("Non-state actor overtakes territory", 0.05, "Political violence")],
    "Explosions/Remote violence": [
        ("Shelling/artillery/missile attack", 0.55, "Political violence"), ("Air/drone strike", 0.3, "Political violence"),
        ("Remote explosive/landmine/IED", 0.1, "Political violence"), ("Grenade", 0.03, "Political violence"),
        ("Suicide bomb", 0.015, "Political violence"), ("Chemical weapon", 0.005, "Political violence")],
    "Violence against civilians": [("Attack", 0.75, "Political violence"),
                                   ("Abduction/forced disappearance", 0.2, "Political violence"),
                                   ("Sexual violence", 0.05, "Political violence")],
    "Protests": [("Peaceful protest", 0.93, "Demonstrations"), ("Protest with intervention", 0.06, "Demonstrations"),
                 ("Excessive force against protesters", 0.01, "Political violence; Demonstrations")],
    "Riots": [("Violent demonstration", 0.6, "Demonstrations"), ("Mob violence", 0.4, "Political violence")],
    "Strategic developments": [
        ("Looting/property destruction", 0.25, "Strategic developments"), ("Arrests", 0.25, "Strategic developments"),
        ("Change to group/activity", 0.2, "Strategic developments"), ("Agreement", 0.06, "Strategic developments"),
        ("Disrupted weapons use", 0.1, "Strategic developments"),
        ("Headquarters or base established", 0.04, "Strategic developments"),
        ("Non-violent transfer of territory", 0.03, "Strategic developments"), ("Other", 0.07, "Strategic developments")],
}
# State forces by regime, as ACLED names them (the years are of the regime), for the larger countries.
ACLED_REGIMES = {
    "Ukraine": "2019-", "Russia": "2000-", "India": "2014-", "Syria": "2000-2024", "Mexico": "2018-2024",
    "Yemen": "2017-", "Pakistan": "2018-2022", "Myanmar": "2021-", "United States": "2021-", "Palestine": "2007-",
    "Brazil": "2023-", "Iraq": "2022-", "Afghanistan": "2021-", "Somalia": "2022-", "Nigeria": "2015-2023",
    "Democratic Republic of Congo": "2019-", "Bangladesh": "2009-2024", "Lebanon": "2021-", "Turkey": "2002-",
    "Colombia": "2022-", "France": "2017-", "Philippines": "2022-", "Sudan": "2019-", "Israel": "2022-",
}
# Named non-state actors: (name, inter code).
ACLED_NAMED = {
    "Ukraine": [("NAF: United Armed Forces of Novorossiya", 2), ("Unidentified Armed Group (Ukraine)", 3)],
    "Syria": [("Hayat Tahrir al Sham", 2), ("Islamic State (Syria)", 2), ("QSD: Syrian Democratic Forces", 2),
              ("Opposition Rebels (Syria)", 2), ("Syrian National Army", 2), ("Unidentified Armed Group (Syria)", 3)],
    "India": [("CPI (Maoist): Communist Party of India (Maoist)", 2), ("Unidentified Armed Group (India)", 3),
              ("Kuki Ethnic Militia (India)", 4), ("Meitei Ethnic Militia (India)", 4)],
    "Mexico": [("Sinaloa Cartel", 3), ("CJNG: Jalisco New Generation Cartel", 3), ("Unidentified Armed Group (Mexico)", 3),
               ("Unidentified Gang (Mexico)", 3), ("Gulf Cartel", 3), ("La Familia Michoacana", 3)],
    "Yemen": [("Military Forces of Yemen (2017-) Houthi", 1), ("AQAP: Al Qaeda in the Arabian Peninsula", 2),
              ("Southern Transitional Council", 3), ("Unidentified Armed Group (Yemen)", 3)],
    "Pakistan": [("TTP: Tehreek-i-Taliban Pakistan", 2), ("BLA: Balochistan Liberation Army", 2),
                 ("Unidentified Armed Group (Pakistan)", 3), ("PTI: Pakistan Tehreek-i-Insaf", 3)],
    "Myanmar": [("PDF: People's Defense Force", 2), ("KIA: Kachin Independence Army", 2), ("AA: Arakan Army", 2),
                ("TNLA: Ta'ang National Liberation Army", 2), ("Unidentified Armed Group (Myanmar)", 3)],
    "Palestine": [("Hamas Movement", 2), ("PIJ: Palestinian Islamic Jihad", 2), ("Settlers (Israel)", 4),
                  ("Unidentified Armed Group (Palestine)", 3)],
    "Brazil": [("Comando Vermelho", 3), ("PCC: First Capital Command", 3), ("Militia (Brazil)", 3),
               ("Unidentified Armed Group (Brazil)", 3)],
    "Iraq": [("Islamic State (Iraq)", 2), ("PMF: Popular Mobilization Forces", 3), ("PKK: Kurdistan Workers Party", 2),
             ("Unidentified Armed Group (Iraq)", 3)],
    "Afghanistan": [("Islamic State (Afghanistan)", 2), ("NRF: National Resistance Front", 2),
                    ("Unidentified Armed Group (Afghanistan)", 3)],
    "Somalia": [("Al Shabaab", 2), ("Islamic State (Somalia)", 2), ("Unidentified Clan Militia (Somalia)", 4),
                ("Macawisley Militia", 4)],
    "Nigeria": [("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2),
                ("Islamic State West Africa Province (ISWAP)", 2), ("Fulani Ethnic Militia (Nigeria)", 4),
                ("Unidentified Armed Group (Nigeria)", 3), ("Vigilante Militia (Nigeria)", 4)],
    "Democratic Republic of Congo": [("M23: March 23 Movement", 2), ("ADF: Allied Democratic Forces", 2),
                                     ("CODECO: Cooperative for Development of Congo", 4), ("Mai-Mai Militia", 4),
                                     ("Wazalendo Militia", 3)],
    "Sudan": [("RSF: Rapid Support Forces", 2), ("SPLM-N: Sudan People's Liberation Movement-North", 2),
              ("Arab Ethnic Militia (Sudan)", 4)],
    "Colombia": [("ELN: National Liberation Army", 2), ("Clan del Golfo", 3), ("FARC Dissidents", 2)],
    "Philippines": [("NPA: New People's Army", 2), ("Abu Sayyaf Group", 2), ("BIFF: Bangsamoro Islamic Freedom Fighters", 2)],
    "Burkina Faso": [("JNIM: Group for Support of Islam and Muslims", 2), ("Islamic State (Sahel)", 2),
                     ("VDP: Volunteers for the Defense of the Homeland", 3)],
    "Mali": [("JNIM: Group for Support of Islam and Muslims", 2), ("Islamic State (Sahel)", 2),
             ("Dozo Communal Militia (Mali)", 4)],
    "Lebanon": [("Hezbollah", 3)],
    "Turkey": [("PKK: Kurdistan Workers Party", 2)],
    "Cameroon": [("Ambazonian Separatists (Cameroon)", 2), ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2)],
    "Ethiopia": [("OLF-Shane: Oromo Liberation Front-Shane", 2), ("Fano Militia", 4), ("TPLF: Tigray People's Liberation Front", 2)],
    "Libya": [("LNA: Libyan National Army", 1), ("Unidentified Armed Group (Libya)", 3)],
}
# Military forces of other states active in a country (inter code 8 there), and missions.
ACLED_EXTERNAL = {
    "Ukraine": ["Military Forces of Russia (2000-)", "Military Forces of Belarus (1994-)"],
    "Syria": ["Military Forces of Russia (2000-)", "Military Forces of Israel (2022-)", "Military Forces of Turkey (2002-)",
              "Military Forces of the United States (2021-)"],
    "Lebanon": ["Military Forces of Israel (2022-)", "UNIFIL: United Nations Interim Force in Lebanon"],
    "Yemen": ["Military Forces of Saudi Arabia (2015-)", "Military Forces of the United States (2021-)"],
    "Iraq": ["Military Forces of Turkey (2002-)", "Military Forces of Iran (1989-)"],
    "Somalia": ["ATMIS: African Union Transition Mission in Somalia (2022-)", "Military Forces of the United States (2021-)"],
    "Democratic Republic of Congo": ["MONUSCO: United Nations Organization Stabilization Mission in the DR Congo (2010-)",
                                     "Military Forces of Rwanda (2000-)"],
    "Mali": ["Wagner Group", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"],
    "Palestine": ["Military Forces of Israel (2022-)"],
    "Russia": ["Military Forces of Ukraine (2019-)"],
}
ASSOC_PROTEST = ["Labor Group ({c})", "Students ({c})", "Women ({c})", "Teachers ({c})", "Farmers ({c})",
                 "Health Workers ({c})", "Lawyers ({c})", "Journalists ({c})", "Refugees/IDPs ({c})", "Christian Group ({c})",
                 "Muslim Group ({c})", "Former Military Forces of {c}", "Taxi/Bus Drivers ({c})"]
SOURCE_SCALES = [("National", 30), ("Subnational", 14), ("Local partner-National", 8), ("National-International", 8),
                 ("International", 6), ("Subnational-National", 8), ("New media", 6), ("Other", 6), ("Regional", 5),
                 ("Local partner-Other", 4), ("Other-National", 3), ("New media-National", 2)]
ACLED_SOURCES = ["Ukrinform", "Kyiv Independent", "Ministry of Defence of Ukraine", "SOHR", "Syria Direct", "Xinhua",
                 "Times of India", "The Hindu", "Dawn", "The Express Tribune", "Milenio", "El Universal", "Reforma",
                 "Yemen Data Project", "Saba News Agency", "Mizzima", "Radio Free Asia", "Irrawaddy", "Crowd Counting Consortium",
                 "WAFA", "Ma'an News Agency", "G1", "Folha de S.Paulo", "Shafaq News", "Rudaw", "Pajhwok Afghan News",
                 "Garowe Online", "Shabelle Media Network", "Premium Times", "Daily Trust", "Radio Okapi", "Kivu Security Tracker",
                 "Meduza", "OVD-Info", "Prothom Alo", "The Daily Star (Bangladesh)", "L'Orient-Le Jour", "National News Agency",
                 "Anadolu Agency", "El Tiempo", "Le Monde", "Ouest-France", "Rappler", "Sudan Tribune", "Radio Dabanga",
                 "Yonhap", "Der Spiegel", "Lefaso.net", "Studio Tamani", "News24", "ANSA", "Iran International",
                 "Cameroon News Agency", "Addis Standard", "El Pais", "BBC News", "Clarin", "La Tercera", "Kompas",
                 "Haaretz", "Libya Observer", "Nation (Kenya)", "Kathmandu Post", "Local partner", "Twitter", "Telegram",
                 "Facebook"]
VERBS = {
    "Armed clash": "clashed with", "Government regains territory": "regained control of positions held by",
    "Non-state actor overtakes territory": "took over positions held by", "Shelling/artillery/missile attack": "shelled",
    "Air/drone strike": "carried out a drone strike on", "Remote explosive/landmine/IED": "detonated an IED targeting",
    "Grenade": "threw a grenade at", "Suicide bomb": "carried out a suicide bombing targeting",
    "Chemical weapon": "reportedly used chemical agents against", "Attack": "attacked",
    "Abduction/forced disappearance": "abducted", "Sexual violence": "sexually assaulted",
    "Peaceful protest": "held a demonstration", "Protest with intervention": "held a demonstration, dispersed by",
    "Excessive force against protesters": "were fired upon by", "Violent demonstration": "rioted and clashed with",
    "Mob violence": "lynched", "Looting/property destruction": "looted and burned property of",
    "Arrests": "arrested", "Change to group/activity": "announced a change of leadership, according to",
    "Agreement": "signed an agreement with", "Disrupted weapons use": "defused explosives planted by",
    "Headquarters or base established": "established a base near positions of",
    "Non-violent transfer of territory": "withdrew from positions, handing them to", "Other": "met",
}
CAUSES = ["against rising fuel prices", "demanding unpaid wages", "over the arrest of a local leader",
          "against the new tax law", "in solidarity with Palestinians", "calling for the release of detained activists",
          "against power cuts", "over land rights", "demanding better security", "against the election results",
          "to commemorate victims of the attack"]
TAGS_CROWD = [("crowd size=no report", 60), ("crowd size=around 100", 8), ("crowd size=dozens", 8),
              ("crowd size=hundreds", 8), ("crowd size=large", 6), ("crowd size=thousands", 4),
              ("crowd size=around 20", 4), ("crowd size=small", 2)]
TAGS_OTHER = ["women targeted: girls", "women targeted: candidates for political office", "local administrators",
              "sexual violence", "armed clash", "detentions", "women targeted: relatives of targeted groups or persons"]
ACLED_ACTORS_TARGET = 2000


class AcledGenerator:
    def __init__(self, rng, layout, inter, dates):
        self.rng = rng
        self.layout, self.inter, self.dates = layout, inter, dates
        self.countries = []
        self.build()

    def build(self):
        rng = self.rng
        total = sum(c[7] for c in ACLED_COUNTRIES)
        named = sum(len(v) for v in ACLED_NAMED.values())
        fixed = 7 * len(ACLED_COUNTRIES)  # military, police, protesters, rioters, civilians, two more
        generated = max(0, ACLED_ACTORS_TARGET - named - fixed)
        roots = [math.sqrt(c[7]) for c in ACLED_COUNTRIES]
        root_total = sum(roots)
        taken = set()
        for spec, root in zip(ACLED_COUNTRIES, roots):
            self.countries.append(self.build_country(spec, max(3, round(generated * root / root_total)), taken,
                                                     spec[7] / total))
        self.country_picker = Picker(self.countries, [c["weight"] for c in self.countries])

    def build_country(self, spec, n_generated, taken, share):
        rng = self.rng
        name, iso, iso3, region, lat, lon, spread, weight, first_year, archetype = spec
        regime = ACLED_REGIMES.get(name, f"{rng.randrange(1995, 2021)}-")
        the = "the " if name in ("United States", "Democratic Republic of Congo", "Philippines", "United Kingdom",
                                 "Central African Republic", "Dominican Republic") else ""
        pools = {k: [] for k in range(1, 9)}
        pools[1] = [f"Military Forces of {the}{name} ({regime})", f"Police Forces of {the}{name} ({regime})",
                    f"Military Forces of {the}{name} ({regime}) Special Forces",
                    f"Police Forces of {the}{name} ({regime}) Prison Guards"]
        for actor, code in ACLED_NAMED.get(name, ()):
            pools[code].append(actor)
        if f"Unidentified Armed Group ({name})" not in pools[3]:
            pools[3].insert(0, f"Unidentified Armed Group ({name})")
        pools[5] = [f"Rioters ({name})"]
        pools[6] = [f"Protesters ({name})"]
        pools[7] = [f"Civilians ({name})"]
        pools[8] = list(ACLED_EXTERNAL.get(name, ())) + [f"Private Security Forces ({name})"]
        for k in range(n_generated):
            base = place_name(rng)
            x = rng.random()
            if x < 0.45:
                pools[4].append(f"{base} {rng.choice(('Communal', 'Ethnic', 'Clan', 'Tribal'))} Militia ({name})")
            elif x < 0.8:
                pools[3].append(f"{base} Militia")
            else:
                pools[2].append(f"{base} {rng.choice(('Liberation Front', 'Resistance Movement', 'Popular Army'))}")
        if not pools[2]:
            pools[2].append(f"{place_name(rng)} Liberation Front")
        if not pools[4]:
            pools[4].append(f"{place_name(rng)} Communal Militia ({name})")
        pickers = {k: Picker([q(a) for a in v], zipf(len(v), 1.3)) for k, v in pools.items() if v}
        mix = ACLED_MIXES[archetype]
        boost = ACLED_YEAR_BOOST.get(name, {})
        years = list(range(first_year, 2025))
        year_picker = Picker(years, [(1 + 0.15 * (y - first_year)) * boost.get(y, 1.0) for y in years])
        # Places: admin1, admin2, admin3 and the location, written once.
        adm1 = unique_names(rng, max(4, min(30, int(4 + share * 300))), taken, accents=0.1)
        adm2 = {a: unique_names(rng, rng.randint(2, 8), taken, accents=0.1) for a in adm1}
        has_admin3 = rng.random() < 0.5
        places = []
        for _ in range(max(20, min(1500, int(share * 10000)))):
            k = min(int(rng.paretovariate(0.9)) - 1, len(adm1) - 1)
            a1 = adm1[k]
            a2 = rng.choice(adm2[a1])
            a3 = place_name(rng) if has_admin3 else ""
            location = place_name(rng, accents=0.05)
            if rng.random() < 0.05:
                location = f"{a2} - {place_name(rng)}"  # a city's district, as ACLED writes them
            p_lat = max(-89.9, min(89.9, lat + rng.gauss(0, spread * 0.5)))
            p_lon = max(-179.9, min(179.9, lon + rng.gauss(0, spread * 0.5)))
            geo = 1 if rng.random() < 0.7 else (2 if rng.random() < 0.83 else 3)
            cells = f"{q(a1)},{q(a2)},{q(a3)},{q(location)},{p_lat:.4f},{p_lon:.4f},{geo}"
            places.append((cells, location, a1, a2))
        return {"name": name, "iso": str(iso), "iso3": iso3, "region": region, "weight": share,
                "mix": Picker(EVENT_TYPES, mix), "actors": pickers, "years": year_picker,
                "places": Picker(places, zipf(len(places), 0.9, offset=3.0)), "cname": q(name),
                "next": rng.randrange(1000, 5000), "sources": rng.sample(ACLED_SOURCES, 6), "police": q(pools[1][1])}

    def actors_for(self, event_type, sub_event, country, r):
        """actor1, inter1, actor2, inter2 for an event of the type (actor2 "" and inter2 0 when there is none)."""
        pick = country["actors"]

        def one(code):
            return pick[code].pick(r()), code

        if event_type == "Battles":
            x = r()
            if x < 0.55:
                a1 = one(1)
                a2 = one(2 if r() < 0.45 else (3 if r() < 0.6 else (4 if r() < 0.7 else 8)))
            elif x < 0.75:
                a1 = one(8 if r() < 0.5 else 2)
                a2 = one(1 if r() < 0.7 else 2)
            else:
                c = 4 if r() < 0.5 else (3 if r() < 0.6 else 2)
                a1, a2 = one(c), one(c if r() < 0.6 else 3)
        elif event_type == "Explosions/Remote violence":
            x = r()
            a1 = one(1 if x < 0.5 else (8 if x < 0.75 else (2 if x < 0.9 else 3)))
            y = r()
            a2 = ("", 0) if y < 0.35 else (one(7) if y < 0.55 else one(1 if a1[1] != 1 else (2 if r() < 0.7 else 8)))
        elif event_type == "Violence against civilians":
            x = r()
            a1 = one(3 if x < 0.4 else (1 if x < 0.7 else (2 if x < 0.85 else (4 if x < 0.97 else 8))))
            a2 = one(7)
        elif event_type == "Protests":
            a1 = one(6)
            a2 = (country["police"], 1) if sub_event != "Peaceful protest" else ("", 0)
        elif event_type == "Riots":
            a1 = one(5)
            y = r()
            a2 = ("", 0) if y < 0.4 else (one(7) if y < 0.7 or sub_event == "Mob violence" else (country["police"], 1))
        else:
            x = r()
            a1 = one(1 if x < 0.5 else (2 if x < 0.65 else (3 if x < 0.8 else (6 if x < 0.9 else 8))))
            y = r()
            a2 = ("", 0) if y < 0.6 else (one(7) if y < 0.8 else one(2 if a1[1] == 1 else 1))
        return a1[0], a1[1], a2[0], a2[1]

    def write(self, out, events):
        r = self.rng.random
        day_text = DayText()
        new = self.layout == "new"
        text_inter = self.inter == "text"
        iso_dates = self.dates == "iso"
        subs = {t: Picker(v, [s[1] for s in v]) for t, v in SUB_EVENTS.items()}
        scale_picker = Picker([s for s, _ in SOURCE_SCALES], [w for _, w in SOURCE_SCALES])
        crowd_picker = Picker([t for t, _ in TAGS_CROWD], [w for _, w in TAGS_CROWD])
        precision_picker = Picker(("1", "2", "3"), (85, 10, 5))
        vague = Picker((3, 10, 12, 100), (50, 30, 15, 5))
        inter_cell = {k: (INTER_TEXT[k] if text_inter else str(k)) for k in INTER_TEXT}
        inter_cell[0] = "" if text_inter else "0"
        interaction_cell = {}
        for a in range(1, 9):
            for b in range(0, 9):
                interaction_cell[(a, b)] = interaction_text(a, b) if text_inter else str(
                    10 * a if b == 0 else 10 * min(a, b) + max(a, b))
        out.write(",".join(ACLED_NEW_COLUMNS if new else ACLED_OLD_COLUMNS) + "\n")
        latest = datetime.date(2025, 6, 30).toordinal()
        block = []
        data_id = 6_000_000
        for i in range(events):
            country = self.country_picker.pick(r())
            event_type = country["mix"].pick(r())
            sub_event, _, disorder = subs[event_type].pick(r())
            actor1, inter1, actor2, inter2 = self.actors_for(event_type, sub_event, country, r)
            year = country["years"].pick(r())
            first = datetime.date(year, 1, 1).toordinal()
            day = first + int(r() * (366 if year % 4 == 0 else 365))
            cells, location, admin1, admin2 = country["places"].pick(r())
            # Fatalities: most events none; a heavy tail, and the round numbers ACLED uses for vague reports.
            p = {"Battles": 0.55, "Explosions/Remote violence": 0.3, "Violence against civilians": 0.6,
                 "Protests": 0.002, "Riots": 0.05, "Strategic developments": 0.01}[event_type]
            if sub_event in ("Abduction/forced disappearance", "Sexual violence", "Peaceful protest"):
                p = 0.0005
            elif sub_event in ("Excessive force against protesters", "Mob violence"):
                p = 0.4
            fatalities = 0
            if r() < p:
                fatalities = vague.pick(r()) if r() < 0.12 else min(heavy_tail(1.0 - r(), 1.35), 1500)
            date_text = day_text.iso_of(day) if iso_dates else day_text.dmy_of(day)
            d = datetime.date.fromordinal(day)
            long_date = f"{d.day} {MONTHS[d.month - 1]} {year}"
            a1_name = actor1.strip('"').replace('""', '"')
            a2_name = actor2.strip('"').replace('""', '"') if actor2 else "unknown targets"
            place = f"{location} ({admin2}, {admin1})"
            if event_type == "Protests":
                note = f"On {long_date}, {a1_name.split(' (')[0].lower()} {VERBS[sub_event]}"
                if actor2:
                    note += f" {a2_name}"
                note += f" in {place} {CAUSES[int(r() * len(CAUSES))]}."
                if r() < 0.05:
                    note += ' Protesters chanted "we want our rights".'
            else:
                note = f"On {long_date}, {a1_name} {VERBS[sub_event]} {a2_name} in {place}."
            if fatalities:
                note += f" {fatalities} {'person was' if fatalities == 1 else 'people were'} reportedly killed."
            elif event_type in ("Battles", "Explosions/Remote violence"):
                note += " Casualties unknown."
            assoc1 = ""
            if event_type in ("Protests", "Riots") and r() < 0.35:
                assoc1 = ASSOC_PROTEST[int(r() * len(ASSOC_PROTEST))].format(c=country["name"])
                if r() < 0.2:
                    assoc1 += "; " + ASSOC_PROTEST[int(r() * len(ASSOC_PROTEST))].format(c=country["name"])
            assoc2 = ""
            if inter2 == 7 and r() < 0.2:
                assoc2 = (ASSOC_PROTEST[int(r() * len(ASSOC_PROTEST))].format(c=country["name"]))
            n_sources = 1 if r() < 0.7 else (2 if r() < 0.8 else 3)
            source = "; ".join(country["sources"][int(r() * 6)] if r() < 0.8 else
                               ACLED_SOURCES[int(r() * len(ACLED_SOURCES))] for _ in range(n_sources))
            country["next"] += 1
            number = country["next"]
            uploaded = (day + 1 + int(r() * r() * 60) - ORD_1970) * 86400 + int(r() * 86400)
            uploaded = min(uploaded, (latest - ORD_1970) * 86400 + int(r() * 86400))
            if new:
                civilian = "Civilian targeting" if inter2 == 7 and event_type in (
                    "Violence against civilians", "Explosions/Remote violence") else ""
                if event_type in ("Protests", "Riots"):
                    tags = crowd_picker.pick(r())
                elif event_type == "Violence against civilians" and r() < 0.1:
                    tags = TAGS_OTHER[int(r() * len(TAGS_OTHER))]
                else:
                    tags = ""
                row = (f"{country['iso3']}{number}", date_text, str(year), precision_picker.pick(r()), disorder,
                       event_type, sub_event, actor1, q(assoc1), inter_cell[inter1], actor2, q(assoc2),
                       inter_cell[inter2], interaction_cell[(inter1, inter2)], civilian, country["iso"],
                       country["region"], country["cname"], cells, q(source), scale_picker.pick(r()), q(note),
                       str(fatalities), q(tags), str(uploaded))
            else:
                if event_type == "Protests":
                    note += " [size=no report]"
                data_id += 1 + int(r() * 3)
                row = (str(data_id), country["iso"], f"{country['iso3']}{number}", str(number), date_text, str(year),
                       precision_picker.pick(r()), event_type, sub_event, actor1, q(assoc1), inter_cell[inter1], actor2,
                       q(assoc2), inter_cell[inter2], interaction_cell[(inter1, inter2)], country["region"],
                       country["cname"], cells, q(source), scale_picker.pick(r()), q(note), str(fatalities),
                       str(uploaded), country["iso3"])
            block.append(",".join(row) + "\n")
            if len(block) >= BLOCK:
                out.write("".join(block))
                block.clear()
        out.write("".join(block))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--kind", choices=("ged", "acled"), required=True)
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--out", required=True, help="the CSV file to write ('-' for standard output)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--acled-layout", choices=("old", "new"), default="new")
    parser.add_argument("--acled-inter", choices=("numeric", "text"), help="default: text for new, numeric for old")
    parser.add_argument("--acled-dates", choices=("iso", "dmy"), help="default: iso for new, dmy for old")
    args = parser.parse_args()
    if args.events < 0:
        parser.error("--events must not be negative")
    rng = random.Random(args.seed)
    if args.kind == "ged":
        generator = GedGenerator(rng)
    else:
        inter = args.acled_inter or ("text" if args.acled_layout == "new" else "numeric")
        dates = args.acled_dates or ("iso" if args.acled_layout == "new" else "dmy")
        generator = AcledGenerator(rng, args.acled_layout, inter, dates)
    if args.out == "-":
        generator.write(sys.stdout, args.events)
        return
    tmp = args.out + ".part"
    with open(tmp, "w", encoding="utf-8", newline="", buffering=1 << 20) as out:
        generator.write(out, args.events)
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
