/** The reviewed glossary (`content/glossary.yaml`): aliases that find a term at query time. */
import { z } from 'zod';

export const glossaryEntrySchema = z.object({
  /** The term as it stands in transcripts. */
  term: z.string().min(1),
  /** Other names and spellings a reader may type: English, pinyin, without the interpunct … */
  aliases: z.array(z.string().min(1)).min(1),
  /** Only for this interview (its slug): an interview's own typo (the seed's ChaPT for ChatGPT). */
  interview: z.string().min(1).optional(),
});

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
