import { copyPasteResidue } from './copy-paste-residue.ts';
import { emptyCodeBlock } from './empty-code-block.ts';
import { emptySection } from './empty-section.ts';
import { longDescription } from './long-description.ts';
import { missingDescription } from './missing-description.ts';
import type { RegistryRule } from './rule.ts';
import { unknownOptionReference } from './unknown-option-reference.ts';

/** Rules run over the merged registry (the others report while notes are read). */
export const REGISTRY_RULES: readonly RegistryRule[] = [
  emptySection,
  emptyCodeBlock,
  missingDescription,
  copyPasteResidue,
  unknownOptionReference,
  longDescription,
];
