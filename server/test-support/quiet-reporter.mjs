// Node's test runner loads a reporter before `--import tsx` can help it, so the TypeScript one is loaded through tsx here.
import { tsImport } from 'tsx/esm/api';

const { default: quietReporter } = await tsImport('./quiet-reporter.ts', import.meta.url);
export default quietReporter;
