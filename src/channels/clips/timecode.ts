/** "00:04" for 4 s; "00:27,5" style is avoided: scenes start on whole or half seconds. */
export function timecode(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds - m * 60;
  const whole = Math.floor(s);
  const tenth = Math.round((s - whole) * 10);
  return `${String(m).padStart(2, '0')}:${String(whole).padStart(2, '0')}${tenth ? `.${tenth}` : ''}`;
}

export interface TimedScene<T> {
  scene: T;
  index: number;
  start: number;
  end: number;
}

export function timeline<T extends { duration: number }>(scenes: T[]): Array<TimedScene<T>> {
  let t = 0;
  return scenes.map((scene, index) => {
    const start = t;
    t += scene.duration;
    return { scene, index, start, end: t };
  });
}
