/**
 * Moodle's GIFT and Moodle XML formats, in plain Java: the parsers and importer behind the bank's
 * import (Moodle XML read with the JDK's StAX, DTDs refused, into the same {@code GiftQuestion}
 * records as GIFT), and the writers, GIFT's used by the quiz module to export a quiz.
 */
@NamedInterface("gift")
package org.footnote.bank.gift;

import org.springframework.modulith.NamedInterface;
