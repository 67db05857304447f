/**
 * The bank's files in {@code question-bank/}, in plain Java: reading them ({@link org.footnote.bank.files.BankFiles}),
 * checking every rule that ties a question to its document ({@link org.footnote.bank.files.BankValidator}, the one
 * validator that files, the editor and imports all pass), writing them back, and the lint of questions that give
 * their answer away. Exposed for the bank authors' grading command in {@code quiz.grading}.
 */
@NamedInterface("files")
package org.footnote.bank.files;

import org.springframework.modulith.NamedInterface;
