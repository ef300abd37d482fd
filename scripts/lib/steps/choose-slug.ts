/**
 * Step: the interview's address: the data file's `slug`, else the transcript's file name made
 * into lower-case ASCII words joined by `-` (Chinese transliterated to pinyin: `中文访谈.txt`
 * → `zhong-wen-fang-tan`, `a b.txt` → `a-b`). A slug that is a page of the site itself
 * (`search.txt` → /search/) is refused, with the fix.
 */
import { basename } from 'node:path';
import { slugify } from '../../../src/lib/slug.ts';
import { RESERVED_INTERVIEW_SLUGS, type InterviewData } from '../../../src/schemas/interview-data.ts';
import { IngestError } from '../errors.ts';
import type { LoadedInterviewData } from '../interview-data.ts';

export { slugify };

export function chooseSlug(file: string, data: InterviewData | undefined, loaded?: LoadedInterviewData): string {
  if (data?.slug !== undefined) return data.slug;
  const name = basename(file).replace(/\.[^.]+$/u, '');
  const slug = slugify(name);
  const dataFile = loaded?.file ?? `${file.replace(/\.txt$/iu, '')}.yaml`;
  if (slug === '') {
    throw new IngestError(
      { file },
      `the file name "${basename(file)}" gives no letters or digits for the interview's address`,
      `rename the file (e.g. li-si-2024-01-15.txt) or set slug: in ${dataFile}`,
    );
  }
  if ((RESERVED_INTERVIEW_SLUGS as readonly string[]).includes(slug)) {
    throw new IngestError(
      { file },
      `the file name "${basename(file)}" would give the interview the address /${slug}/, which is a page of the site itself`,
      `rename the file or set another slug: in ${dataFile}`,
    );
  }
  return slug;
}
