#!/usr/bin/env python3
"""Writes src/StaticGen/Enrichment/Data/kind-nouns.txt and kind-compounds.txt from WordNet 3.0.

Usage: python3 .tools/wordnet-kinds.py [WORDNET_DICT_DIR]   (default /usr/share/wordnet, Debian's wordnet-base)

kind-nouns.txt: lower-case one-word nouns that name a KIND of thing a country's word can describe without
meaning the country ("Vietnamese coriander", "a Welsh dresser", "Russian nesting dolls"): its first sense is a
plant, an animal, a food, or an artefact under furniture, toys, lights, musical instruments, tableware, utensils,
decorations, fabrics, floor coverings or clothing (the first sense is the most used: "British secret services" are
no dinner service); and no sense is a good
whose origin is news (a weapon, a vehicle or craft, a beverage, grain, meat, fruit, fuel or metal, cattle):
"Russian drones", "Kenyan tea", "Brazilian beef" keep their country.

kind-compounds.txt: WordNet's own nouns made of a country's name or demonym and lower-case words ("Greek chorus",
"Madagascar periwinkle", "Honduras mahogany", "Swedish massage"), unless the compound names a place, a currency
or a measure, or ends in a noun of the country's people or bodies ("U.S. government", "English people").
"""
import os, re, sys

WN = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet'
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'src', 'StaticGen', 'Enrichment', 'Data')

synsets = {}
for line in open(os.path.join(WN, 'data.noun'), encoding='latin-1'):
    if line.startswith('  '): continue
    head = line.partition(' | ')[0].split()
    offset, lexfile, count = head[0], int(head[1]), int(head[3], 16)
    words = [head[4 + 2 * i] for i in range(count)]
    k = 5 + 2 * count
    hypernyms = []
    for _ in range(int(head[4 + 2 * count])):
        symbol, target, pos = head[k], head[k + 1], head[k + 2]
        k += 4
        if symbol in ('@', '@i') and pos == 'n': hypernyms.append(target)
    synsets[offset] = (lexfile, words, hypernyms)

senses = {}
for line in open(os.path.join(WN, 'index.noun'), encoding='latin-1'):
    if line.startswith('  '): continue
    cells = line.split()
    senses[cells[0]] = cells[-int(cells[2]):]

def synset_of(lemma, lexfile):
    """The first sense of LEMMA in the lexicographer file LEXFILE (to name a root unambiguously)."""
    for offset in senses[lemma]:
        if synsets[offset][0] == lexfile: return offset
    raise SystemExit(f'no sense of {lemma} in lexicographer file {lexfile}')

def ancestors(offset):
    seen, stack = set(), [offset]
    while stack:
        for parent in synsets[stack.pop()][2]:
            if parent not in seen:
                seen.add(parent)
                stack.append(parent)
    return seen

PLANT, ANIMAL, FOOD, ARTIFACT, PERSON, GROUP = 20, 5, 13, 6, 18, 14
KIND_ARTEFACTS = {synset_of(lemma, ARTIFACT) for lemma in [
    'furniture', 'plaything', 'source_of_illumination', 'musical_instrument', 'tableware', 'utensil', 'decoration',
    'fabric', 'floor_cover', 'clothing', 'headdress']}
NEWS_GOODS = {synset_of(lemma, lexfile) for lemma, lexfile in [
    ('weapon', ARTIFACT), ('weaponry', ARTIFACT), ('military_vehicle', ARTIFACT), ('craft', ARTIFACT), ('vehicle', ARTIFACT),
    ('commodity', ARTIFACT), ('beverage', FOOD), ('grain', FOOD), ('meat', FOOD), ('edible_fruit', FOOD), ('fuel', 27),
    ('metal', 27), ('bovine', ANIMAL)]}

def is_kind(offset):
    lexfile = synsets[offset][0]
    if lexfile in (PLANT, ANIMAL, FOOD): return True
    return lexfile == ARTIFACT and bool(ancestors(offset) & KIND_ARTEFACTS)

def news_good(offset):
    return offset in NEWS_GOODS or bool(ancestors(offset) & NEWS_GOODS)

nouns = []
for lemma, offsets in senses.items():
    if not re.fullmatch(r'[a-z][a-z-]{2,}', lemma): continue
    if not is_kind(offsets[0]) or any(news_good(o) for o in offsets): continue
    nouns.append(lemma)

# Country names and demonyms from the gazetteer (columns name, aliases, demonyms), weak '~' marks dropped.
places = set()
for line in open(os.path.join(DATA, 'countries.tsv'), encoding='utf-8'):
    if line.startswith('#') or line.startswith('code\t'): continue
    cells = line.rstrip('\n').split('\t')
    for cell in (cells[1], cells[4], cells[5]):
        for term in cell.split('|'):
            term = term.strip().lstrip('~')
            if term: places.add(term.lower().replace(' ', '_'))

# The nouns of a country's people, bodies and affairs (country-words.yml's country-nouns): a compound ending in one
# is the country's ("U.S. government", "English people"), whatever its lexicographer file.
country_nouns, reading = set(), False
for line in open(os.path.join(DATA, 'country-words.yml'), encoding='utf-8'):
    if line.startswith('country-nouns:'): reading = True
    elif reading and line.startswith('  '): country_nouns.update(line.split())
    elif reading: break

NOT_KINDS = {15, 21, 23}  # location, possession, quantity (a country's places, money and measures)
compounds = set()
for offset, (lexfile, words, _) in synsets.items():
    if lexfile in NOT_KINDS: continue
    for word in words:
        parts = word.split('_')
        for cut in range(1, len(parts)):
            head, tail = '_'.join(parts[:cut]), parts[cut:]
            if head.lower() in places and head[0].isupper() and all(re.fullmatch(r'[a-z][a-z-]*', t) for t in tail) \
                    and tail[-1] not in country_nouns and tail[-1].rstrip('s') not in country_nouns:
                compounds.add(word.replace('_', ' '))

NOTICE = '''# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet 3.0 license:
# permission to use, copy, modify and distribute this database for any purpose and without fee is granted,
# provided this notice appears on all copies. THIS DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University may not be used in advertising
# or publicity pertaining to distribution of the database.
'''
with open(os.path.join(DATA, 'kind-nouns.txt'), 'w', encoding='utf-8', newline='\n') as out:
    out.write('# Nouns of a kind of thing (plants, animals, foods, furniture, toys, lights, instruments, tableware, fabrics,\n'
              '# clothing) that a country\'s word before them describes without meaning the country. Written by\n'
              '# .tools/wordnet-kinds.py from WordNet 3.0; do not edit by hand, run the script again. One noun a line.\n')
    out.write(NOTICE)
    out.writelines(n + '\n' for n in sorted(nouns))
with open(os.path.join(DATA, 'kind-compounds.txt'), 'w', encoding='utf-8', newline='\n') as out:
    out.write('# Nouns made of a country\'s name or demonym and lower-case words that WordNet lists as a kind of thing, a\n'
              '# craft or a language\'s feature ("Greek chorus", "Madagascar periwinkle"). Written by .tools/wordnet-kinds.py\n'
              '# from WordNet 3.0; do not edit by hand, run the script again. One compound a line.\n')
    out.write(NOTICE)
    out.writelines(c + '\n' for c in sorted(compounds))
print(len(nouns), 'nouns,', len(compounds), 'compounds')
