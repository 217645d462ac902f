// Node resolves `stopword` to the package's CommonJS build, which loads about 20 ms slower than the ES module
// build beside it (same lists, same exports): normalize.ts imports the latter, typed as the former.
declare module 'stopword/dist/stopword.esm.mjs' {
  export const eng: string[];
  export const fra: string[];
}
