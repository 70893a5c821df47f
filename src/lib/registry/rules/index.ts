import { copyPasteResidue } from './copy-paste-residue.ts';
import { emptyCodeBlock } from './empty-code-block.ts';
import { emptyNote } from './empty-note.ts';
import { emptySection } from './empty-section.ts';
import { longDescription } from './long-description.ts';
import { missingDescription } from './missing-description.ts';
import { noOptions } from './no-options.ts';
import type { RegistryRule } from './rule.ts';
import { similarKey } from './similar-key.ts';
import { unknownCodeLanguage } from './unknown-code-language.ts';
import { unknownOptionReference } from './unknown-option-reference.ts';

/** Rules run over the merged registry (the others report while notes are read). */
export const REGISTRY_RULES: readonly RegistryRule[] = [
  emptySection,
  emptyCodeBlock,
  missingDescription,
  copyPasteResidue,
  unknownOptionReference,
  similarKey,
  longDescription,
  unknownCodeLanguage,
  emptyNote,
  noOptions,
];
