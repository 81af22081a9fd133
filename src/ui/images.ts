import type { Picture } from '../chat/ports';

// Pictures attached to a question: scaled down in the browser before they go anywhere. The
// provider gets a JPEG of at most SEND_PX on its longer side (what vision models look at anyway:
// OpenAI tiles at 768 on the shorter side, Anthropic scales past 1568); user data keeps only a
// THUMB_PX thumbnail, so a conversation stays kilobytes, not megabytes.

const SEND_PX = 1536;
const THUMB_PX = 256;
/** At most this many pictures go with one question. */
export const MAX_IMAGES = 4;

/** A picture ready to send: the scaled copy for the provider (data:image/jpeg;base64,… at most
 * SEND_PX, sent with the question and then forgotten), and what is stored. */
export type Attachment = Picture;

/** A canvas of `bitmap` scaled to fit `max` pixels, as a JPEG data URL. */
function scaled(bitmap: ImageBitmap, max: number, quality: number) {
  const ratio = Math.min(1, max / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * ratio));
  const height = Math.max(1, Math.round(bitmap.height * ratio));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  // JPEG has no transparency: a transparent PNG goes on white, as a viewer shows it.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  return { url: canvas.toDataURL('image/jpeg', quality), width, height };
}

/** Reads and scales one picture (a file chosen, pasted or dropped); rejects what is no image. */
export async function prepareImage(file: Blob): Promise<Attachment> {
  const bitmap = await createImageBitmap(file);
  try {
    const full = scaled(bitmap, SEND_PX, 0.85);
    const thumb = scaled(bitmap, THUMB_PX, 0.7);
    return {
      full: full.url,
      image: { thumb: thumb.url, width: full.width, height: full.height },
    };
  } finally {
    bitmap.close();
  }
}

/** The cameras a chat may look at, and a picture from one of them now. */
export interface CameraSource {
  cameras(): Promise<{ id: string; name: string }[]>;
  snapshot(entityId: string): Promise<Blob>;
}
