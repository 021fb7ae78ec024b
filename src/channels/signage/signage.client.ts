import { parseSignageParams, resolveOrientation } from './params';

/** How often an unattended screen asks whether a newer build exists. */
export const POLL_MS = 5 * 60 * 1000;

/**
 * Runs the signage loop: one timer, the same DOM nodes for ever; a newer
 * build is fetched in the background by the service worker and shown only
 * once it is complete, at a slide boundary.
 */
export function startSignage(): void {
  const stage = document.getElementById('stage');
  if (!stage) return;
  const root = document.documentElement;
  const available = (stage.dataset.measures ?? '').split(',').map(Number).filter(Boolean);
  const languages = (stage.dataset.languages ?? '').split(',').filter(Boolean);
  const params = parseSignageParams(location.search, available, Number(stage.dataset.seconds) || 10, languages);
  const all = [...stage.querySelectorAll<HTMLElement>('.slide')];
  const measureSlides = all.filter((s) => !s.dataset.lang);
  const visitorSlides = all.filter((s) => s.dataset.lang);
  // Each measure in order; after the visitors' measure, its slide in each chosen language, in the order asked.
  const slides = measureSlides
    .filter((s) => params.measures.includes(Number(s.dataset.number)))
    .flatMap((s) => [
      s,
      ...params.langs.flatMap((l) =>
        visitorSlides.filter((v) => v.dataset.lang === l && v.dataset.number === s.dataset.number),
      ),
    ]);
  const shown = slides.length ? slides : measureSlides;

  const orient = () => {
    const o = resolveOrientation(params.orientation, innerWidth, innerHeight);
    root.classList.toggle('portrait', o === 'portrait');
    root.classList.toggle('landscape', o === 'landscape');
  };
  orient();
  addEventListener('resize', orient);

  let current = shown.indexOf(all.find((s) => s.classList.contains('active')) ?? shown[0]);
  if (current < 0) current = 0;
  const show = (i: number) => {
    for (const s of all) {
      const on = s === shown[i];
      s.classList.toggle('active', on);
      if (on) s.removeAttribute('aria-hidden');
      else s.setAttribute('aria-hidden', 'true');
    }
  };
  // The first slide appears at once; only later changes fade.
  stage.classList.add('instant');
  show(current);
  requestAnimationFrame(() => requestAnimationFrame(() => stage.classList.remove('instant')));

  let updateReady = false;
  const tick = () => {
    if (updateReady && applyUpdate()) return;
    current = (current + 1) % shown.length;
    show(current);
    setTimeout(tick, params.seconds * 1000);
  };
  if (stage.dataset.loop === '1' && shown.length > 1) setTimeout(tick, params.seconds * 1000);
  else
    setTimeout(function hold() {
      if (updateReady && applyUpdate()) return;
      setTimeout(hold, params.seconds * 1000);
    }, params.seconds * 1000);

  // --- Offline and updates -------------------------------------------------
  let registration: ServiceWorkerRegistration | undefined;
  const applyUpdate = (): boolean => {
    const waiting = registration?.waiting;
    if (waiting) {
      waiting.postMessage({ type: 'SKIP_WAITING' });
      return true; // controllerchange reloads the page
    }
    return false;
  };

  if ('serviceWorker' in navigator) {
    let reloading = false;
    // The first worker taking control of a fresh page is no update: only a change of worker reloads.
    let controlled = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (!controlled) {
        controlled = true;
        return;
      }
      if (reloading) return;
      reloading = true;
      location.reload();
    });
    navigator.serviceWorker
      .register(stage.dataset.worker!, { scope: stage.dataset.scope })
      .then(async (reg) => {
        registration = reg;
        if (reg.waiting) updateReady = true;
        reg.addEventListener('updatefound', () => {
          const next = reg.installing;
          next?.addEventListener('statechange', () => {
            // Installed = every file of the new build is in the cache: safe to switch.
            if (next.state === 'installed' && navigator.serviceWorker.controller) updateReady = true;
          });
        });
        const ready = await navigator.serviceWorker.ready;
        const urls = [location.pathname, ...performance.getEntriesByType('resource').map((e) => e.name)].filter(
          (u) => new URL(u, location.href).origin === location.origin,
        );
        ready.active?.postMessage({ type: 'CACHE_URLS', urls });
      })
      .catch(() => undefined);
  }

  const poll = async () => {
    try {
      const res = await fetch(stage.dataset.versionUrl!, { cache: 'no-store' });
      if (!res.ok) return;
      const { version } = (await res.json()) as { version?: unknown };
      if (typeof version === 'string' && version !== stage.dataset.version) await registration?.update();
    } catch {
      // Offline: keep showing what we have.
    }
  };
  setInterval(() => void poll(), POLL_MS);
}
