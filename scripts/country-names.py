#!/usr/bin/env python3
"""Regenerates assets/country-names.tsv: every ISO 3166-1 country's names in
English, German, French and Spanish (Debian `iso-codes` and its translations)
and its own name in its languages (glibc locale data, LC_ADDRESS country_name).
Run on a Debian machine with iso-codes and locales installed."""
import gettext, glob, json, re

data = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
names = {}

def add(code, name):
    name = name.strip()
    if name and name not in names.setdefault(code, []):
        names[code].append(name)

tr = {l: gettext.translation('iso_3166-1', localedir='/usr/share/locale', languages=[l])
      for l in ['de', 'fr', 'es']}
for c in data:
    for k in ['name', 'common_name', 'official_name']:
        if k in c:
            add(c['alpha_2'], c[k])
            for t in tr.values():
                add(c['alpha_2'], t.gettext(c[k]))
for f in sorted(glob.glob('/usr/share/i18n/locales/*_*')):
    txt = open(f, encoding='utf-8', errors='replace').read()
    m = re.search(r'^country_name\s+"([^"]*)"', txt, re.M)
    a = re.search(r'^country_ab2\s+"([A-Z]{2})"', txt, re.M)
    if m and a and a.group(1) in names:
        add(a.group(1), re.sub(r'<U([0-9A-Fa-f]{4,6})>', lambda x: chr(int(x.group(1), 16)), m.group(1)))
head = ("# ISO 3166-1 alpha-2 code, then a name attendees type for it: English, German,\n"
        "# French and Spanish (Debian iso-codes with its translations) and the country's own\n"
        "# name in its languages (glibc locale data, LC_ADDRESS country_name). Generated\n"
        "# by scripts/country-names.py; one name per line.\n")
with open('assets/country-names.tsv', 'w') as out:
    out.write(head + ''.join(f'{code}\t{n}\n' for code in sorted(names) for n in names[code]))
