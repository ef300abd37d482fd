/**
 * The components the generated MDX names (`<Exchange>`, `<Turn>`, `<Paragraph>`, `<Mask>`, `<Sic>`, `<StageNote>`,
 * `<TimeMark>`, `<Annotation>`), passed
 * to `<Content components={…}>` so the generated files need no import lines.
 */
import Annotation from './Annotation.astro';
import EditorialHeading from './EditorialHeading.astro';
import Exchange from './Exchange.astro';
import Mask from './Mask.astro';
import Paragraph from './Paragraph.astro';
import Sic from './Sic.astro';
import StageNote from './StageNote.astro';
import TimeMark from './TimeMark.astro';
import TranscriptExchange from './TranscriptExchange.astro';
import Turn from './Turn.astro';

/** For a theme page. */
export const sectionComponents = { Exchange, Turn, Paragraph, Mask, Sic, StageNote, TimeMark, Annotation };

/** For the full transcript: the same, with exchanges tagged by theme. */
export const transcriptComponents = { ...sectionComponents, Exchange: TranscriptExchange, h2: EditorialHeading };
