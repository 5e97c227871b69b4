import type { SeedId } from '../core/exercise';

export interface SourceArticle {
  seed: SeedId;
  /** The article's own title, quoted as a citation. */
  title: string;
}

/** The articles the catalogue's facts come from. */
export const SOURCES: readonly SourceArticle[] = [
  { seed: '000', title: 'Tight Glutes Causing Lower Back Pain? How To Release The Glutes' },
  { seed: '001', title: 'Are your glutes to blame for your lower back pain?' },
  { seed: '002', title: 'Tight Glutes and Back Pain: How They Are Connected' },
  { seed: '003', title: 'Are Tight Glutes Causing Lower Back Pain? Yes. Here’s How To Fix It' },
  { seed: '004', title: 'How underactive gluteal muscles can cause lower back pain' },
];

export function sourceTitle(seed: SeedId): string {
  return SOURCES.find((s) => s.seed === seed)?.title ?? seed;
}
