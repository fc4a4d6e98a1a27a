// Prints rows for src/StaticGen/Content/Data/months.tsv and weekdays.tsv: the month and weekday names of the languages
// named on the command line, from CLDR through Node's ICU (Intl.DateTimeFormat). Months: the form printed after a day's
// number (CLDR's format form, a genitive in many languages: "9. rujna 2026"), the form alone (the standalone form,
// "rujan"), and the abbreviations, marked "dated" (read only between a day's number and a year: a short word is a word of
// some other language too). Weekdays: the wide names and the abbreviations of three letters or more. A name the tables
// already hold for the same month or day is left out; one they hold, or another language CLDR knows names, for another
// month (Croatian "listopad" is October, Czech and Polish "listopad" November) is left out too, and reported on stderr,
// since a date reader that does not know the page's language cannot tell them apart. The rows are reviewed and pasted into the tables by hand.
// Run from the repository root: node .tools/calendar-names.mjs ro hu hr
import { readFileSync } from "node:fs";

const rows = (path) => readFileSync(path, "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t"));
const months = new Map(rows("src/StaticGen/Content/Data/months.tsv").filter((r) => /^\d+$/.test(r[0])).map((r) => [r[1].toLowerCase(), r[0]]));
const days = new Map(rows("src/StaticGen/Content/Data/weekdays.tsv").filter((r) => r[0] !== "article").map((r) => [r[1].toLowerCase(), r[0]]));
const dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const part = (language, options, date, type) =>
  new Intl.DateTimeFormat(language, { ...options, timeZone: "UTC" }).formatToParts(date).find((p) => p.type === type)?.value;
// "de setembre", "d’abril" (Catalan), "9." : what CLDR prints around the name is the date's grammar, not the name.
const bare = (name) => name?.replace(/^(?:de |d['’])/u, "").replace(/\.$/u, "");
// The languages whose names the tables held before, and each other: a name one of them gives another month is ambiguous.
const others = ["en", "fr", "de", "nl", "nb", "nn", "da", "sv", "es", "pt", "it", "id", "ms", "fi", "pl", "cs", "tr", ...process.argv.slice(2)];
const elsewhere = new Map();
for (const language of others) {
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2026, m, 9));
    for (const options of [{ day: "numeric", month: "long" }, { month: "long" }, { day: "numeric", month: "short" }, { month: "short" }]) {
      const name = bare(part(language, options, date, "month"))?.toLowerCase();
      if (name && !/\d/u.test(name)) elsewhere.set(name, [...(elsewhere.get(name) ?? []), [String(m + 1), language]]);
    }
  }
}
const monthRows = [];
const dayRows = [];
const take = (table, out, key, name, dated) => {
  if (!name || /\d/u.test(name) || name.length < 2) return;
  const seen = table.get(name.toLowerCase());
  const clash = table === months ? elsewhere.get(name.toLowerCase())?.find(([month]) => month !== key) : undefined;
  if (clash) {
    console.error(`left out: '${name}' is ${key} here and ${clash[0]} in ${clash[1]}`);
    return;
  }
  if (seen === key) return;
  if (seen !== undefined) {
    console.error(`left out: '${name}' is ${key} here and ${seen} in the table`);
    return;
  }
  table.set(name.toLowerCase(), key);
  out.push(dated ? `${key}\t${name}\tdated` : `${key}\t${name}`);
};
for (const language of process.argv.slice(2)) {
  monthRows.push(`# ${new Intl.DisplayNames(["en"], { type: "language" }).of(language)} (CLDR ${process.versions.cldr})`);
  dayRows.push(monthRows.at(-1));
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2026, m, 9));
    const wide = [bare(part(language, { day: "numeric", month: "long" }, date, "month")), bare(part(language, { month: "long" }, date, "month"))];
    for (const name of wide) take(months, monthRows, String(m + 1), name, false);
    for (const name of [bare(part(language, { day: "numeric", month: "short" }, date, "month")), bare(part(language, { month: "short" }, date, "month"))]) {
      if (!wide.includes(name)) take(months, monthRows, String(m + 1), name, true);
    }
  }
  for (let d = 0; d < 7; d++) {
    const date = new Date(Date.UTC(2026, 10, 2 + d)); // Monday 2 November 2026
    take(days, dayRows, dayNames[d], part(language, { weekday: "long" }, date, "weekday")?.toLowerCase(), false);
    const short = bare(part(language, { weekday: "short" }, date, "weekday"));
    if (short?.length >= 3) take(days, dayRows, dayNames[d], short.toLowerCase(), false);
  }
}
console.log("# months.tsv\n" + monthRows.join("\n") + "\n# weekdays.tsv\n" + dayRows.join("\n"));
