/**
 * The hero's class list, shared by the page's next/image hero (HeroImage.tsx)
 * and the admin preview's plain one (PlainHeroImage.tsx). The aspect-ratio box
 * keeps the layout still, and when the image fails its alt text shows in it.
 * Tailwind finds the classes in this file, so they stay whole literals.
 */
export const HERO_IMAGE_CLASS = 'aspect-[1200/630] h-auto w-full bg-slate-200 object-cover text-sm text-slate-600 dark:bg-slate-800 dark:text-slate-300';
