// @echogarden/espeak-ng-emscripten ships no types: eSpeak NG's library interface, as used here.
declare module '@echogarden/espeak-ng-emscripten' {
  export interface ESpeakWorker {
    /** 0 when eSpeak has the voice. */
    set_voice(name: string): number;
    /** Words a minute. */
    rate: number;
    readonly samplerate: number;
    /** Calls back with each chunk of 16-bit samples; a true answer stops the synthesis. */
    synthesize(text: string, onChunk: (samples: Int16Array | null, events: unknown[]) => boolean): void;
  }
  export default function createModule(): Promise<{ eSpeakNGWorker: new () => ESpeakWorker }>;
}
