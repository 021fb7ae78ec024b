import { parentPort, threadId } from 'node:worker_threads';
import { voiceDraft, voiceTrack } from './voice';

/**
 * The voice on a thread of its own (./voice-pool.ts): eSpeak and LAME are
 * WebAssembly, single-threaded, and at 50 clips they took 80 s of the
 * build's main thread. Started from its bundle (../core/node-entry.mjs).
 */
export type VoiceJob =
  | { id: number; op: 'draft'; args: Parameters<typeof voiceDraft> }
  | { id: number; op: 'track'; args: Parameters<typeof voiceTrack> };

// One job at a time: every eSpeak run holds its own WebAssembly memory (tens of MB) until it ends, and
// fifty clips started together took the build past 2.9 GB.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (job: VoiceJob) => {
  queue = queue.then(() => run(job));
});

async function run(job: VoiceJob): Promise<void> {
  const t0 = performance.now();
  try {
    const result = job.op === 'draft' ? await voiceDraft(...job.args) : await voiceTrack(...job.args);
    const ms = performance.now() - t0;
    const transfer = 'mp3' in result ? [result.mp3.buffer as ArrayBuffer] : [];
    parentPort?.postMessage({ id: job.id, result, ms, thread: threadId }, transfer);
  } catch (e) {
    parentPort?.postMessage({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
}
