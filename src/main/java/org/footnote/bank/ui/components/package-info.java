/**
 * The bank's components that other modules' views show: the source card with its quoted passage
 * (every answer's footnote), a question's preview, and the bank's filter bar (used to pick questions
 * for a quiz).
 */
@NamedInterface("components")
package org.footnote.bank.ui.components;

import org.springframework.modulith.NamedInterface;
