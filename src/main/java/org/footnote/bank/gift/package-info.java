/**
 * Moodle's GIFT format, in plain Java: the parser and importer behind the bank's GIFT import, and the
 * writer that the quiz module uses to export a quiz.
 */
@NamedInterface("gift")
package org.footnote.bank.gift;

import org.springframework.modulith.NamedInterface;
