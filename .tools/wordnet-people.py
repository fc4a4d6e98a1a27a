#!/usr/bin/env python3
"""Writes src/StaticGen/Enrichment/Data/person-nouns.txt from WordNet 3.0.

Usage: python3 .tools/wordnet-people.py [WORDNET_DICT_DIR]   (default /usr/share/wordnet, Debian's wordnet-base)

person-nouns.txt: lower-case one-word English nouns whose senses include a kind of person (WordNet's noun.person
lexicographer file: "suspect", "witness", "spokesman", "resident"), four letters or more, that WordNet never writes
capitalised (a noun it also lists as a name, "Pilgrim", "Baptist", is left out). Opening a sentence before a speech
verb ("Suspect claimed he …", "Witness said …"), such a word is the person's description, not the name of someone who
speaks, as "Maersk said" is.
"""
import os, re, sys

WN = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'StaticGen', 'Enrichment', 'Data', 'person-nouns.txt')

PERSON = 18  # noun.person
people, capitalised = set(), set()
for line in open(os.path.join(WN, 'data.noun'), encoding='latin-1'):
    if line.startswith('  '):
        continue
    head = line.partition(' | ')[0].split()
    lexfile, count = int(head[1]), int(head[3], 16)
    for i in range(count):
        word = re.sub(r'\(.*\)$', '', head[4 + 2 * i])
        if not word.isalpha():
            continue
        if word[0].isupper():
            capitalised.add(word.lower())
        elif lexfile == PERSON:
            people.add(word)

kept = sorted(w for w in people if w not in capitalised and len(w) >= 4)
with open(OUT, 'w', encoding='utf-8', newline='\n') as out:
    out.write('# English nouns of kinds of people, written by .tools/wordnet-people.py from WordNet 3.0 (noun.person).\n')
    out.write('# Do not edit by hand; run the script again. Lower case, one a line.\n')
    for w in kept:
        out.write(w + '\n')
