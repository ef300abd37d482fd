/**
 * A reader's word in the part of speech a gloss may use instead: paranoia for 偏执 "paranoid",
 * anxiety for 焦虑 "anxious", charismatic for 魅力 "charisma", nationalist for 民族主义
 * "nationalism", topologist for 拓扑学 "topology". WordNet's derivational links (`wordnet.ts`)
 * miss these pairs, and CC-CEDICT glosses a Chinese word in one part of speech only.
 *
 * Only regular suffixes that change the part of speech and keep the meaning, tried only for a
 * word the table has no key for (`translate`): a word the site glosses is never read otherwise.
 * Suffixes that also end unrelated words are left out: -ment (department is no depart), -er
 * (corner is no corn), -al (hospital).
 */
const SUFFIXES: readonly [string, readonly string[]][] = [
  ['iety', ['ious']], // anxiety → anxious, variety → various
  ['osity', ['ous']], // curiosity → curious
  ['ility', ['le']], // possibility → possible
  ['ity', ['', 'e']], // popularity → popular, purity → pure
  ['ia', ['id', 'ic', 'iac']], // paranoia → paranoid, nostalgia → nostalgic
  ['ism', ['ist']], // capitalism → capitalist
  ['ist', ['ism', 'y']], // nationalist → nationalism, biologist → biology
  ['atic', ['a']], // charismatic → charisma, dramatic → drama
  ['ical', ['y', 'ic']], // biological → biology
  ['ic', ['y', 'ics']], // economic → economy
  ['ation', ['', 'e']], // adaptation → adapt, imagination → imagine
  ['ion', ['', 'e']], // adoption → adopt, creation → create
  ['iness', ['y']], // happiness → happy
  ['ness', ['']], // sadness → sad
  ['ance', ['ant']], // importance → important
  ['ant', ['ance']],
  ['ence', ['ent']], // independence → independent
  ['ent', ['ence']],
  ['ian', ['y', '']], // historian → history, musician → music
  ['ern', ['']], // northwestern → northwest
];

/** Shortest root a suffix may be taken off (anxiety → anx-ious), and shortest form it may give: short ones are other words (legion is no leg). */
const ROOT = 3;
const FORM = 5;

/** The same word in the other parts of speech a gloss may use, most specific suffix first; none for a word without one. */
export function derivedForms(word: string): string[] {
  const forms: string[] = [];
  for (const [suffix, replacements] of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < ROOT) continue;
    const root = word.slice(0, -suffix.length);
    // Not a plural: diversity is no divers (diver); grossness is gross.
    for (const replacement of replacements) if (replacement || !/[^s]s$/.test(root)) forms.push(root + replacement);
  }
  return [...new Set(forms)].filter((form) => form !== word && form.length >= FORM);
}

/**
 * The Chinese for a person the reader names by an -ist word, where the gloss names the field:
 * 拓扑学 "topology" → 拓扑学家 (topologist), 民族主义 "nationalism" → 民族主义者 (nationalist);
 * the field's words after, for a text that says it so.
 */
export function agentForms(word: string, headwords: readonly string[]): string[] {
  if (!word.endsWith('ist')) return [...headwords];
  const agents = headwords.flatMap((h) => (h.endsWith('学') ? [`${h}家`] : h.endsWith('主义') ? [`${h}者`] : []));
  return [...agents, ...headwords];
}
