/**
 * Well-formedness of an XML document, shared by `npm run check:xml`
 * (scripts/check-xml.ts), the feed's unit tests and e2e. Parsed by saxes, a
 * strict, conforming parser: unlike sax (which the feed library uses), it
 * rejects the control characters that XML forbids.
 */
import { SaxesParser } from 'saxes';

/** The first well-formedness error of a document, or null when it has none. */
export function xmlError(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not valid UTF-8';
  }
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(text).close();
  return error;
}
