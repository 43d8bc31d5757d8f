/**
 * Decap's Russian texts, with the checker's words where the admin blocks a
 * save: a required field left empty reads as check:content says it
 * («нет обязательного поля»), and the field's hint below it is the checker's
 * «ожидается …» text (lib/admin/config.ts).
 */
type Phrases = { [key: string]: string | Phrases };

function merged(base: Phrases, overrides: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merged(current, value) : value;
  }
  return out;
}

export const PHRASE_OVERRIDES: Phrases = {
  editor: {
    editorControlPane: {
      widget: {
        required: '«%{fieldLabel}»: нет обязательного поля. Что ожидается — в подсказке под полем.',
      },
    },
  },
};

export function russianPhrases(decapRussian: object): Phrases {
  return merged(decapRussian as Phrases, PHRASE_OVERRIDES);
}
