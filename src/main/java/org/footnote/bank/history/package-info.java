/** A question's history in plain Java: the field-by-field difference between two versions of a question. */
package org.footnote.bank.history;
