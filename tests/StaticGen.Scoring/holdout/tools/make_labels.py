#!/usr/bin/env python3
"""Builds /work/holdout/labels.yml from labels_*.py and checks every labelled string against the article files."""
import os, re, sys, glob
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from aliases import TAG_ALIASES, SKIPPED
import labels_a, labels_b, labels_c

ARTICLES = {}
for m in (labels_a, labels_b, labels_c):
    for k, v in m.A.items():
        assert k not in ARTICLES, k
        ARTICLES[k] = v

errors, warnings = [], []
def err(f, msg): errors.append(f'{f}: {msg}')
def warn(f, msg): warnings.append(f'{f}: {msg}')

def strip_note(t):
    return re.sub(r' \([^()]*\)$', '', t)

for name, L in sorted(ARTICLES.items()):
    path = os.path.join(ROOT, name)
    if not os.path.exists(path):
        err(name, 'file missing'); continue
    raw = open(path, encoding='utf-8').read()
    if raw.startswith('\ufeff') or '\r' in raw: err(name, 'BOM or CR')
    lines = raw.split('\n')
    stripped = [l.strip() for l in lines]
    def whole(s): return sum(1 for l in stripped if l == s)
    def inline(s): return any(s in l for l in lines)
    # title / headline
    if whole(L['title']) < 1: err(name, f"title not a whole line: {L['title']!r}")
    if not L.get('title_not_first_line') and lines[0] != L['title']: err(name, 'title is not line 1 but title_not_first_line unset')
    if L.get('title_not_first_line') and lines[0] != L.get('first_line'): err(name, 'first_line mismatch')
    if L.get('title_not_first_line') and lines[0] == L['title']: err(name, 'title_not_first_line but title is line 1')
    if whole(L['headline']) < 1: err(name, 'headline not a whole line')
    if L.get('site_suffix'):
        if L['title'] != L['title_fixed'] + L['site_suffix']: err(name, 'title != title_fixed + site_suffix')
        if L['headline'] != L['title_fixed']: err(name, 'headline != title_fixed')
    for k in ('byline', 'date'):
        if L[k] is not None and not inline(L[k]): err(name, f'{k} not found: {L[k]!r}')
    if L['date'] is None and L['date_iso'] is not None: err(name, 'date_iso without date')
    if L.get('standfirst') is not None:
        if whole(L['standfirst']) != 1: err(name, 'standfirst not a single whole line')
        if L['standfirst'] not in L['must_contain'] and not any(m in L['standfirst'] for m in L['must_contain']): err(name, 'standfirst not covered by must_contain')
    # lede
    dl = L['dateline']
    cands = [L['lede']] + ([dl + ' ' + L['lede']] if dl else [])
    if not any(whole(c) == 1 for c in cands): err(name, 'lede not a whole line (with dateline)')
    if dl and whole(dl + ' ' + L['lede']) != 1: err(name, 'dateline+lede not a whole line')
    # headings
    for h in L['subheadings']:
        n = whole(h)
        if n != 1: err(name, f'subheading occurs {n} times as a whole line: {h!r}')
        else:
            i = stripped.index(h)
            if not (stripped[i-1] == '' and stripped[i+1] == ''): warn(name, f'subheading not isolated by blank lines: {h!r}')
    for h in L['subheadings_optional']:
        if whole(h) < 1: err(name, f'optional subheading not a whole line: {h!r}')
    # images
    for im in L['images']:
        if whole(im['file']) != 1: err(name, f"image file line missing: {im['file']}"); continue
        i = stripped.index(im['file'])
        near = lines[i+1:i+5]
        if im['caption'] is not None and not any(im['caption'] in l for l in near): err(name, f"caption not near image: {im['caption']!r}")
        if im.get('caption_raw') and not any(l.strip() == im['caption_raw'] for l in near): err(name, 'caption_raw not a near whole line')
        if im['credit_raw'] is not None:
            if not any(im['credit_raw'] in l for l in near): err(name, f"credit_raw not near image: {im['credit_raw']!r}")
            if im['credit'] not in im['credit_raw']: err(name, 'credit not inside credit_raw')
        if im['caption'] and im['credit_raw'] and im['credit_raw'] in im['caption']: err(name, 'caption includes credit')
    # lists
    for it in L['list_items']:
        if not any(re.fullmatch(r'(?:- |• |\d+\. )' + re.escape(it), l) for l in stripped): err(name, f'list item not a marked line: {it!r}')
    # text checks
    content = [L['lede'], L['headline']] + L['must_contain'] + L['subheadings'] + L['list_items'] + [L.get('standfirst') or ''] + \
              [im['caption'] or '' for im in L['images']]
    for s in L['must_contain']:
        if not inline(s): err(name, f'must_contain not within one line: {s!r}')
    for key in ('must_not_contain', 'should_not_contain'):
        for s in L[key]:
            if not inline(s): err(name, f'{key} not found: {s!r}')
            for c in content:
                if s in c: err(name, f'{key} {s!r} occurs inside content {c[:60]!r}')
            for l in lines:
                if s in l and l.strip() not in content and len(l) > len(s) + 60:
                    warn(name, f'{key} {s!r} also in long line: {l[:90]!r}')
    # body text (article lines minus furniture lines) must not contain hard boilerplate
    # countries
    req = {c['iso2'] for c in L['countries_required']}
    for c in L['countries_required']:
        for e in c['evidence']:
            if not inline(e): err(name, f"evidence not found for {c['iso2']}: {e!r}")
    for c in L['countries_forbidden']:
        if c['iso2'] in req: err(name, f"{c['iso2']} both required and forbidden")
        for t in c['trap']:
            if not inline(strip_note(t)): err(name, f"trap not found for {c['iso2']}: {t!r}")
    for c in L['countries_optional']:
        if c['iso2'] in req: err(name, f"{c['iso2']} required and optional")
    # tags
    for t in L['tags_expected']:
        variants = [t] + TAG_ALIASES.get(t, [])
        if not any(inline(v) for v in variants): err(name, f'expected tag not in file: {t!r}')
    for t in L['tags_optional']:
        variants = [t] + TAG_ALIASES.get(t, [])
        if not any(inline(v) for v in variants): warn(name, f'optional tag not in file: {t!r}')
    if set(L['tags_expected']) & set(L['tags_optional']): err(name, 'tag both expected and optional')

for f in SKIPPED:
    if not os.path.exists(os.path.join(ROOT, f['file'])): err(f['file'], 'skipped file missing')
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, '5*.txt')))
for f in files:
    if f not in ARTICLES and f not in [s['file'] for s in SKIPPED]: err(f, 'file neither labelled nor listed as skipped')

header = open(os.path.join(HERE, 'header.yml'), encoding='utf-8').read()
from conventions import CONVENTIONS
doc = {'conventions': CONVENTIONS, 'tag_aliases': TAG_ALIASES, 'expected_skipped': SKIPPED, 'articles': dict(sorted(ARTICLES.items()))}
class D(yaml.SafeDumper):
    pass
D.ignore_aliases = lambda *a: True
body = yaml.dump(doc, Dumper=D, allow_unicode=True, sort_keys=False, width=100000, default_flow_style=False)
out = header + body
open(os.path.join(ROOT, 'labels.yml'), 'w', encoding='utf-8').write(out)
back = yaml.safe_load(out)
assert back['articles'].keys() == ARTICLES.keys()
for w in warnings: print('WARN', w)
for e in errors: print('ERROR', e)
print(f'{len(ARTICLES)} articles, {len(errors)} errors, {len(warnings)} warnings')
sys.exit(1 if errors else 0)
