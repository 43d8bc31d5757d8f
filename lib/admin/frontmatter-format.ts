// TEMPORARY scaffold stand-in; replaced by the format work.
import { parse, stringify } from 'yaml';
export const decapFormat = {
  fromFile(content: string): object {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(content);
    if (!match) return { body: content };
    return { ...(parse(match[1]!) as object), body: match[2] };
  },
  toFile(data: object): string {
    const { body, fileName, ...rest } = data as Record<string, unknown>;
    void fileName;
    return `---\n${stringify(rest)}---\n${String(body ?? '')}`;
  },
};
