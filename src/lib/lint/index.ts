/** `confref lint`: read Flink configuration files, check them against a version's options, fix renamed keys, convert flink-conf.yaml. */
export { detectFormat } from './detect.ts';
export { lintText, type LintResult } from './lint.ts';
export { readConfig } from './read.ts';
export { flinkVersionOf } from './readers/kubernetes.ts';
export { lintReference, lintReferenceData, reviveLintReference, type LintReference, type LintReferenceData } from './reference.ts';
export { LINT_RULES } from './rules.ts';
export { INPUT_FORMATS, isInputFormat, type InputFormat, type LintEntry, type LintFinding } from './types.ts';
