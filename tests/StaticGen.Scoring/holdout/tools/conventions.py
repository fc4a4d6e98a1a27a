import yaml
_dev = yaml.safe_load(open('/work/shared/corpus-outlets/labels.yml', encoding='utf-8'))
CONVENTIONS = dict(_dev['conventions'])
CONVENTIONS['files'] = 'Entries are keyed by article file name (<name>.txt in this folder). All articles are UTF-8 without BOM, LF line endings; some have no trailing newline on purpose.'
CONVENTIONS['title'] = ('The page title line, verbatim. When line 1 of the file is the title (document <title>, possibly with a site suffix), title is that line, as in the dev sets. '
                        'When the file starts with furniture (see holdout_extensions.title_not_first_line), title is the headline line wherever it occurs.')
CONVENTIONS['holdout_extensions'] = {
    'title_not_first_line': ('title_not_first_line: true means the file does NOT start with the title: first_line gives the verbatim first line (a skip link, a navigation item, a ticker, '
                             'a date, a scraper metadata prefix or a masthead). title == headline is the only headline line; it may appear only ONCE in the file (no repeated <title> line). '
                             'None of the lines before it may become the title, headline, kicker, lede or a subheading.'),
    'metadata_prefix': 'metadata_prefix lists verbatim scraper metadata lines at the top of the file ("date 2024-07-08 06:51:40+00:00 | source … | lang en", "url https://…"). They are not article text (must_not_contain) and may be used as evidence for the date.',
    'standfirst': 'As in corpus-outlets: a standfirst/dek/teaser between headline and byline (or after the headline) belongs to the article: it is in must_contain, it is not the lede.',
    'relative_dates': 'A relative date ("Published 3 hours ago", "Updated 2 hours ago") never decides date_iso when an absolute date is on the page. date is the raw line the date comes from; date_iso is the calendar date in the page\'s own time zone.',
    'numeric_dates': 'Numeric dates: DW pages are month-first ("03/07/2024" = 7 March 2024; the page also gives the date in words); Euronews, France 24 and the Kenyan page are day-first ("08/07/2024" = 8 July 2024). Yonhap gives ISO "2024-04-11 10:24".',
    'no_date': 'date: null and date_iso: null when the page states no publication date (e.g. 513, 516): the reader must not invent one (the scorer expects no date).',
    'agency_byline': 'byline may be an agency line ("Kyodo, Jiji", "By Camille Rousseau with AP, AFP", "Text by: FRANCE 24"): agencies are a source, not people; the author field, if filled, must take its names from the byline or date line.',
    'more_credit_wrappers_2': ('New credit shapes (credit = normalised text, credit_raw = verbatim): "Image: X" line after or BEFORE the caption (DW); "Photo / X" at the end of the caption line (NZ Herald); '
                               '"Photographer: X/Bloomberg" line; "© X" at the end of the caption line; "(Pic: X)" at the end of the caption line; a "File photo: X" line after the caption; "| X | Outlet" after the caption on the same line; '
                               '"Credit: X" line before or after the caption; a bare credit line before the caption ("KYODO", "(Yonhap)", "Victor Bessa / The National"); '
                               '"Copyright X/AP Photo" line (Euronews; credit drops "Copyright"); an ABC caption line "Photo: <caption> (<credit>)" where "Photo:" introduces the CAPTION (caption_raw is the whole line); '
                               'NPR\'s bare credit line that is REPEATED after "hide caption"/"toggle caption" (the repeat is furniture). The caption must not include the credit.'),
    'live_blog': 'As in corpus-outlets (522): timestamp lines ("9:41 pm") are subheadings_optional, entry titles are subheadings, each entry ends with a "By NAME" line (contributor, should_not_contain is not used for them because the reader may keep them); the lede is the first paragraph of the newest entry.',
    'smart_brevity': 'Axios-style paragraphs start with a bold label in the source ("Why it matters: …"); the label is part of the paragraph text, not a heading.',
    'press_release': 'PR Newswire: "News provided by" + company line stand for the byline; the dateline "CITY and CITY, Date /PRNewswire/ --" is removed from the lede; "About …", "Forward-Looking Statements" and the media contact belong to the release (kept, not checked), while the distributor\'s trailer is furniture.',
    'furniture_teasers_and_countries': 'Countries named only in furniture (navigation rows, related/most-read teasers, in-body "ALSO READ:"/"Read:" teasers, topic lists) are listed in countries_forbidden with the teaser as trap: detection must use the article text only.',
    'skipped_pages': 'expected_skipped lists files that contain only furniture; they are deliberately not under `articles` (the scorer only scores labelled files). Expected: no article page, a warning naming the file.',
}
