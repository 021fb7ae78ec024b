import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { threadId, Worker } from 'node:worker_threads';
import { voiceDraft, voiceTrack } from './voice';
import { nodeEntry } from '../core/node-entry.mjs';

type Job = { op: 'draft'; args: Parameters<typeof voiceDraft> } | { op: 'track'; args: Parameters<typeof voiceTrack> };
type Result<J extends Job> = J['op'] extends 'draft'
  ? Awaited<ReturnType<typeof voiceDraft>>
  : Awaited<ReturnType<typeof voiceTrack>>;

/**
 * One thread for the voice, beside the one that writes pages: on two cores
 * the build otherwise leaves one idle while eSpeak and LAME run. The worker
 * is the source file, read from the project as Astro's build runs it (from
 * the checkout's root, as the render cache is) and bundled for Node by
 * nodeEntry. LOA_VOICE_THREAD=0, or a copy without the file, voices on the
 * calling thread instead.
 */
const WORKER_SOURCE = join(process.cwd(), 'src/voice/voice-worker.ts');

let worker: Worker | null | undefined;
let idle: ReturnType<typeof setTimeout> | undefined;
let nextId = 0;
interface Done {
  result: unknown;
  ms: number;
  /** The thread that did the work (0 is the build's main thread). */
  thread: number;
}
const waiting = new Map<number, { resolve: (v: Done) => void; reject: (e: Error) => void }>();

function thread(): Worker | null {
  if (worker !== undefined) return worker;
  if (process.env.LOA_VOICE_THREAD === '0' || !existsSync(WORKER_SOURCE)) return (worker = null);
  const w = new Worker(nodeEntry(WORKER_SOURCE));
  w.on('message', (m: Done & { id: number; error?: string }) => {
    const job = waiting.get(m.id);
    waiting.delete(m.id);
    // An idle voice thread must not keep the build's process alive, nor hold its memory (about 0.2 GB with
    // eSpeak's) while the build writes its last 10,000 pages: it ends, and starts again if asked.
    if (waiting.size === 0) {
      w.unref();
      idle = setTimeout(() => {
        if (waiting.size === 0 && worker === w) {
          worker = undefined;
          void w.terminate();
        }
      }, 1000).unref();
    }
    if (m.error !== undefined) job?.reject(new Error(`voice thread: ${m.error}`));
    else job?.resolve({ result: m.result, ms: m.ms, thread: m.thread });
  });
  w.on('error', (e: Error) => {
    for (const job of waiting.values()) job.reject(e);
    waiting.clear();
    worker = null;
  });
  w.unref();
  worker = w;
  return w;
}

/** Runs a voice job on the voice thread; resolves with its result and the milliseconds it took there. */
export async function runVoice<J extends Job>(job: J): Promise<Done & { result: Result<J> }> {
  const w = thread();
  if (!w) {
    const t0 = performance.now();
    const one = job as Job;
    const result = one.op === 'draft' ? await voiceDraft(...one.args) : await voiceTrack(...one.args);
    return { result: result as Result<J>, ms: performance.now() - t0, thread: threadId };
  }
  const id = nextId++;
  clearTimeout(idle);
  w.ref();
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (v: Done) => void, reject });
    w.postMessage({ ...job, id });
  });
}

/** Whether the voice thread is running now (it ends a second after its last job). */
export function voiceThreadRunning(): boolean {
  return worker instanceof Worker;
}
