/** What the e2e suite expects of the real content in content/blog. */
export const SEED = {
  slug: 'doverie-klientov',
  path: '/blog/doverie-klientov/',
  documentTitle: 'Доверие клиентов: как его завоевать и удержать',
  headline: 'Доверие клиентов: 7 столпов, на которых ButlerSPB строит безупречный сервис',
  date: '26 июля 2025 г.',
  author: 'Эксперт ButlerSPB',
};

/** All published posts, newest first, with their real titles (two were `>-` folded scalars). */
export const POSTS = [
  { slug: 'doverie-klientov', title: 'Доверие клиентов: как его завоевать и удержать' },
  {
    slug: 'kak-bystro-zablokirovat-kartu-i-kuda-obraschatsya-za-pomoschyu',
    title: 'Как быстро заблокировать банковскую карту при утере или краже и куда обращаться за помощью',
  },
  { slug: 'investicii-arenda', title: 'Инвестиции в арендную недвижимость с ButlerSPB' },
  {
    slug: 'agentstvo-nedvizhimosti-sdat-kvartiru-v-sankt-peterburge',
    title: 'Агентство недвижимости или самостоятельно: как выгодно сдать квартиру в Санкт-Петербурге',
  },
] as const;

/** The widths the layout must hold at (issue 4): phone, tablet, desktop. */
export const VIEWPORTS = {
  mobile: { width: 360, height: 800 },
  tablet: { width: 768, height: 1024 },
  desktop: { width: 1280, height: 900 },
} as const;
