/** Queries over the content collections that several pages share. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Interview = CollectionEntry<'interviews'>['data'];
export type Section = CollectionEntry<'sections'>;

/** All interviews, newest first. */
export async function allInterviews(): Promise<Interview[]> {
  const entries = await getCollection('interviews');
  return entries.map((e) => e.data).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug));
}

/** Every section of every interview. */
export async function allSections(): Promise<Section[]> {
  return getCollection('sections');
}

/** An interview's sections in reading order. */
export async function sectionsOf(interview: string): Promise<Section[]> {
  const sections = await getCollection('sections', (s) => s.data.interview === interview);
  return sections.sort((a, b) => a.data.order - b.data.order);
}

/** Speakers of an interview with a given role. */
export function speakersWithRole(interview: Interview, role: Interview['speakers'][number]['role']): string[] {
  return interview.speakers.filter((s) => s.role === role).map((s) => s.name);
}
