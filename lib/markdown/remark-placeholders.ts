import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { PlaceholderAction } from '../site';
import { report } from './checks/messages';

/** Quotes and spacing vary between editors («», “”, ""); they do not change the meaning. */
export function normalisePlaceholder(text: string): string {
  return text
    .replace(/[«»“”„"]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('ru-RU');
}

/** `[…]` filling a whole paragraph, possibly wrapped in ** or _: the text inside, or null. */
export function placeholderText(paragraph: Paragraph): string | null {
  const onlyWrappers = (nodes: readonly PhrasingContent[]): boolean =>
    nodes.every(
      (node) =>
        node.type === 'text' ||
        ((node.type === 'strong' || node.type === 'emphasis') && onlyWrappers(node.children)),
    );
  if (!onlyWrappers(paragraph.children)) return null;
  const match = /^\[([^[\]]+)\]$/.exec(toString(paragraph).trim());
  return match?.[1]?.trim() ?? null;
}

export interface PlaceholderOptions {
  readonly actions: readonly PlaceholderAction[];
}

/**
 * Turns editorial placeholders into real calls to action from the site
 * configuration: `**[Кнопка: "Рассчитать стоимость"]**` becomes a button,
 * `**[Ссылка на страницу контактов]**` a link. An unknown placeholder is an
 * error: it would otherwise be published as bracketed text, as the old blog did.
 */
export const remarkPlaceholders: Plugin<[PlaceholderOptions], Root> = (options) => (tree, file) => {
  const known = new Map(options.actions.map((action) => [normalisePlaceholder(action.text), action]));
  visit(tree, 'paragraph', (node: Paragraph) => {
    const text = placeholderText(node);
    if (text === null) {
      // A known placeholder inside a sentence stays bracketed text: say so, since the editor meant a button.
      for (const [, inner] of toString(node).matchAll(/\[([^[\]]+)\]/g)) {
        if (!known.has(normalisePlaceholder(inner ?? ''))) continue;
        report(file, node.position?.start.line, {
          ruleId: 'placeholder',
          actual: `[${inner}]`,
          message: 'плейсхолдер внутри абзаца не станет кнопкой или ссылкой и опубликуется как текст в скобках',
          expected: 'плейсхолдер отдельным абзацем, с пустой строкой до и после',
          severity: 'warning',
        });
      }
      return;
    }
    const action = known.get(normalisePlaceholder(text));
    if (!action) {
      report(file, node.position?.start.line, {
        ruleId: 'placeholder',
        actual: `[${text}]`,
        message: 'неизвестный плейсхолдер',
        expected: `один из: ${options.actions.map((a) => `[${a.text}]`).join(', ')}`,
        severity: 'error',
      });
      return;
    }
    node.data = { ...node.data, hProperties: { className: ['cta'] } };
    node.children = [
      {
        type: 'link',
        url: action.href,
        children: [{ type: 'text', value: action.label }],
        data: { hProperties: { className: [action.kind === 'button' ? 'cta-button' : 'cta-link'] } },
      },
    ];
  });
};
