def C(name, iso2, *evidence):
    return {'name': name, 'iso2': iso2, 'evidence': list(evidence)}

def F(name, iso2, *trap):
    return {'name': name, 'iso2': iso2, 'trap': list(trap)}

def O(name, iso2, why):
    return {'name': name, 'iso2': iso2, 'why': why}

def img(file, caption, credit, credit_raw, caption_raw=None):
    d = {'file': file, 'caption': caption}
    if caption_raw is not None:
        d['caption_raw'] = caption_raw
    d['credit'] = credit
    d['credit_raw'] = credit_raw
    return d

def art(title, byline, date, date_iso, lede, subheadings, images, must_contain, must_not_contain, should_not_contain,
        countries_required, countries_forbidden, tags_expected, tags_optional, notes,
        title_fixed=None, site_suffix=None, headline=None, kicker=None, dateline=None, standfirst=None,
        subheadings_optional=(), list_items=(), countries_optional=(), markdown_traps=(), extra=None):
    d = {'title': title}
    if title_fixed is not None:
        d['title_fixed'] = title_fixed
    if site_suffix is not None:
        d['site_suffix'] = site_suffix
    d['kicker'] = kicker
    d['headline'] = headline if headline is not None else title
    for k, v in (extra or {}).items():
        d[k] = v
    d['byline'] = byline
    d['date'] = date
    d['date_iso'] = date_iso
    d['dateline'] = dateline
    if standfirst is not None:
        d['standfirst'] = standfirst
    d['lede'] = lede
    d['subheadings'] = list(subheadings)
    d['subheadings_optional'] = list(subheadings_optional)
    d['images'] = list(images)
    d['list_items'] = list(list_items)
    d['must_contain'] = list(must_contain)
    d['must_not_contain'] = list(must_not_contain)
    d['should_not_contain'] = list(should_not_contain)
    d['raw_html_must_not_contain'] = []
    d['markdown_traps'] = list(markdown_traps)
    d['spinner_fixes'] = []
    d['countries_required'] = list(countries_required)
    d['countries_forbidden'] = list(countries_forbidden)
    d['countries_optional'] = list(countries_optional)
    d['tags_expected'] = list(tags_expected)
    d['tags_optional'] = list(tags_optional)
    d['notes'] = notes
    return d
