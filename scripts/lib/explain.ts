/** The `--explain` report: how the transcript was read and why each exchange sits where it does. */
import type { BuiltInterview } from './build-interview.ts';

const REASONS = {
  pin: 'pinned by the editor',
  keywords: 'keyword evidence',
  continues: 'no evidence; continues the previous exchange',
  'first-theme': 'no evidence; first theme',
  automatic: 'automatic theme',
} as const;

export function explain(built: BuiltInterview): string {
  const { transcript, exchanges, ids, assignments } = built;
  const lines = [`# ${built.slug} (${transcript.file})`, '', `language: ${built.language}  asterisks: ${built.asterisks}`];
  lines.push('speakers:');
  for (const s of transcript.speakers) {
    const turns = transcript.turns.filter((t) => t.speaker === s.name).length;
    lines.push(`  ${s.name}  ${s.role}${s.declared ? '' : ' (not declared in the header)'}  ${turns} turns`);
    // Which evidence decided the role: a declaration, a label word, or what the speaker says.
    lines.push(`      role: ${transcript.roleEvidence[s.name] ?? 'declared'}`);
  }
  lines.push('headings:');
  for (const h of transcript.headings) lines.push(`  line ${h.line}: ${h.text}`);
  if (transcript.unsure.length > 0) {
    lines.push('unsure (decide in the data file: layout.headings or layout.paragraphs):');
    for (const u of transcript.unsure)
      lines.push(
        u.readAs === 'heading'
          ? `  line ${u.line}: “${u.text}” read as a heading; a short line before a turn could also be a one-line reply`
          : `  line ${u.line}: “${u.text}” read as a paragraph: the file is hard-wrapped, so a line without a stop before a turn may be the speaker's last words rather than a heading`,
      );
  }
  if (!built.themed) {
    lines.push('automatic themes (no themes in a data file; `--suggest-themes` drafts these into one):');
    for (const t of built.themes) lines.push(`  ${t.slug}  “${t.title}” / “${t.titleEn}”  keywords: ${t.keywords.join(', ')}`);
  }
  lines.push('exchanges:');
  exchanges.forEach((exchange, i) => {
    const a = assignments[i]!;
    const first = exchange.turns[0]!;
    const opening = first.paragraphs[0]!.slice(0, 24);
    lines.push(`  #${exchange.number}  line ${first.line}  ${ids[first.index]}  “${opening}…”`);
    lines.push(`      → ${a.theme}  (${REASONS[a.reason]})`);
    if (a.deciding) lines.push(`      deciding words: ${a.deciding.join(', ') || 'none (no telling words of its own)'}`);
    const chosen = a.scores.find((s) => s.theme === a.theme);
    if (chosen) lines.push(`      evidence: ${formatEvidence(chosen.evidence)}  = ${chosen.score}`);
    const runnerUp = a.scores.find((s) => s.theme !== a.theme);
    lines.push(
      runnerUp ? `      runner-up: ${runnerUp.theme}  ${formatEvidence(runnerUp.evidence)}  = ${runnerUp.score}` : '      runner-up: none',
    );
  });
  return lines.join('\n');
}

function formatEvidence(evidence: Record<string, number>): string {
  return Object.entries(evidence)
    .map(([keyword, count]) => `${keyword}×${count}`)
    .join(', ');
}
