/**
 * Plays the storyboard in time with the captions: the voiced draft's audio element
 * is the clock, its caption track (the real .vtt) says what to show, and the
 * frames change at scene boundaries.
 */
export function startAnimatic(): void {
  const audio = document.getElementById('animatic-audio') as HTMLAudioElement | null;
  const img = document.getElementById('animatic-frame') as HTMLImageElement | null;
  const caption = document.getElementById('animatic-caption');
  if (!audio || !img || !caption) return;
  const frames = JSON.parse(audio.dataset.frames ?? '[]') as Array<{
    start: number;
    end: number;
    src: string;
    alt: string;
  }>;
  for (const f of frames) new Image().src = f.src; // warm the cache so frames switch without a blink
  const track = audio.textTracks[0];
  if (track) {
    track.mode = 'hidden'; // we draw the cue ourselves over the frame
    track.addEventListener('cuechange', () => {
      const cue = track.activeCues?.[0] as VTTCue | undefined;
      caption.textContent = cue ? cue.text : '';
    });
  }
  let shown = -1;
  const sync = () => {
    const t = audio.currentTime;
    const i = Math.max(
      0,
      frames.findIndex((f) => t >= f.start && t < f.end),
    );
    if (i !== shown) {
      shown = i;
      img.src = frames[i].src;
      img.alt = frames[i].alt;
    }
  };
  audio.addEventListener('timeupdate', sync);
  audio.addEventListener('seeked', sync);
}
