/** Synthetic transcripts of a given size, for scale tests and the bench. */
const WORDS = '我们的大模型在训练数据和算力方面还有差距但是进步非常快开源生态也在发展';

/** About `bytes` of UTF-8: alternating 甲/乙 turns of `paragraphChars` Han characters each. */
export function syntheticTranscript(bytes: number, paragraphChars = 200): string {
  const lines = ['访谈人:甲', '受访人:乙'];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    let paragraph = '';
    while (paragraph.length < paragraphChars) paragraph += WORDS[(i++ * 7) % WORDS.length];
    const line = `${lines.length % 2 ? '甲' : '乙'}:${paragraph}${i}。`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n');
}

/** One answer that is a single paragraph of about `bytes`. */
export function oneLongParagraph(bytes: number): string {
  return `访谈人:甲\n受访人:乙\n甲:请详细说说?\n乙:${'ab中文，'.repeat(Math.ceil(bytes / 10))}`;
}
