import type { SeedImage } from './types.ts';

/** Product shots are square; the generator and the catalog both rely on this size. */
export const IMAGE_SIZE = 800;

export type ImageView = 'front' | 'detail' | 'angled';

export type ImageShot = { colour: string | undefined; view: ImageView };

const VIEWS: readonly ImageView[] = ['front', 'detail', 'angled'];

/**
 * What each gallery image shows. Shared by the catalog (alt text) and the generator (pixels)
 * so the alt text always describes the picture: one front shot per colour first, then
 * close-up and styled shots of the first colour.
 */
export function planShots(count: number, colours: readonly string[]): ImageShot[] {
  return Array.from({ length: count }, (_, i) =>
    i < colours.length ? { colour: colours[i], view: 'front' } : { colour: colours[0], view: VIEWS[i] ?? 'angled' },
  );
}

export function imageFileName(handle: string, index: number): string {
  return `${handle}-${index + 1}.svg`;
}

const VIEW_SUFFIX: Record<ImageView, string> = {
  front: '',
  detail: ', close-up detail',
  angled: ', styled flat lay',
};

export function buildGallery(handle: string, title: string, count: number, colours: readonly string[]): SeedImage[] {
  return planShots(count, colours).map((shot, i) => ({
    file: imageFileName(handle, i),
    alt: `${title}${shot.colour ? ` in ${shot.colour}` : ''}${VIEW_SUFFIX[shot.view]}`,
    width: IMAGE_SIZE,
    height: IMAGE_SIZE,
  }));
}
