// Writes src/StaticGen/Enrichment/Data/country-names.tsv: each gazetteer country's name in the site
// languages StaticGen knows (src/StaticGen/Configuration/Data/languages.tsv) and in the languages country
// detection reads a page in (src/StaticGen/Content/Data/text-languages.tsv), from CLDR through Node's
// ICU (Intl.DisplayNames). .NET cannot ask ICU for a region's name in a language other than the UI
// culture's, so the names are a table, generated once and kept in the repository.
// Run from the repository root: node .tools/country-names.mjs
import { readFileSync, writeFileSync } from "node:fs";

const rows = (path) => readFileSync(path, "utf8").split("\n").filter((l) => l && !l.startsWith("#")).slice(1).map((l) => l.split("\t"));
const siteLanguages = rows("src/StaticGen/Configuration/Data/languages.tsv").map((r) => r[0]);
const textLanguages = rows("src/StaticGen/Content/Data/text-languages.tsv").map((r) => r[0]);
const languages = [...siteLanguages, ...textLanguages.filter((l) => !siteLanguages.includes(l))].filter((l) => l !== "en");
const codes = rows("src/StaticGen/Enrichment/Data/countries.tsv").map((r) => r[0]).sort();
const lines = [
  `# StaticGen country names in the site's language: written by .tools/country-names.mjs from CLDR ${process.versions.cldr}`,
  `# (ICU ${process.versions.icu}, Intl.DisplayNames). Do not edit by hand; run the script again.`,
  "# UTF-8, LF, tab-separated: the ISO 3166-1 code, then one column per language; an empty cell: CLDR has no name",
  "# (the gazetteer's English name is used). English names are the gazetteer's own (countries.tsv).",
  ["code", ...languages].join("\t"),
];
for (const code of codes) {
  const names = languages.map((language) => {
    const name = new Intl.DisplayNames([language], { type: "region", fallback: "none" }).of(code);
    return name === undefined || name === code ? "" : name;
  });
  lines.push([code, ...names].join("\t"));
}
writeFileSync("src/StaticGen/Enrichment/Data/country-names.tsv", lines.join("\n") + "\n");
