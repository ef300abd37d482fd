/** The sentence announced after a search (a role="status" region reads it out). */
export function statusText(query: string, shown: number, total: number): string {
  if (total === 0) return `没有找到“${query}”。换个说法，或去掉一些字再试。`;
  return shown === total ? `“${query}”：${total} 段原话` : `“${query}”：${total} 段原话，筛选后显示 ${shown} 段`;
}
