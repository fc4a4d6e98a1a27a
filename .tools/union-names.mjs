// Writes src/StaticGen/Enrichment/Data/union-names.tsv: the names of the European Union and the United Nations in the
// languages the reader tells a page's text in (src/StaticGen/Content/Data/text-languages.tsv), from CLDR through Node's ICU
// (Intl.DisplayNames: CLDR names the regions EU and UN), as tag aliases of the English names, so "Unione europea" and
// "Nazioni Unite" are the tags "European Union" and "United Nations". Names of three letters or fewer (Norwegian "FN") are
// left out: as acronyms they would stand for the union on every page. Short forms CLDR does not give (UE, ONU, OTAN) are
// in tag-aliases.tsv.
// Run from the repository root: node .tools/union-names.mjs
import { readFileSync, writeFileSync } from "node:fs";

const rows = (path) => readFileSync(path, "utf8").split("\n").filter((l) => l && !l.startsWith("#")).slice(1).map((l) => l.split("\t"));
const languages = rows("src/StaticGen/Content/Data/text-languages.tsv").map((r) => r[0]).filter((l) => l !== "en").sort();
const unions = [["EU", "European Union"], ["UN", "United Nations"]];
const lines = [
  `# StaticGen tag aliases for unions of countries, in other languages: written by .tools/union-names.mjs from CLDR ${process.versions.cldr}`,
  `# (ICU ${process.versions.icu}, Intl.DisplayNames, regions EU and UN). Do not edit by hand; run the script again.`,
  "# UTF-8, LF, tab-separated as tag-aliases.tsv: alias TAB tag.",
];
const seen = new Set();
for (const [code, english] of unions) {
  for (const language of languages) {
    const name = new Intl.DisplayNames([language], { type: "region", fallback: "none" }).of(code);
    if (name === undefined || name === code || name.length <= 3 || name === english || seen.has(name)) continue;
    seen.add(name);
    lines.push(`${name}\t${english}`);
  }
}
writeFileSync("src/StaticGen/Enrichment/Data/union-names.tsv", lines.join("\n") + "\n");
