// espeak-ng (npm) ships no types: the Emscripten module factory, as used here.
declare module 'espeak-ng' {
  interface ESpeakModule {
    FS: { readFile(path: string): Uint8Array };
  }
  export default function ESpeakNg(options: {
    arguments: string[];
    instantiateWasm?: (
      imports: WebAssembly.Imports,
      ok: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
    ) => object;
    print?: (text: string) => void;
    printErr?: (text: string) => void;
  }): Promise<ESpeakModule>;
}
