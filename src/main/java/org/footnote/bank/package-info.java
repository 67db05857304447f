/**
 * The question bank: the source documents and the questions about them. Owns {@code source_document},
 * {@code question}, {@code name_variant}, {@code question_revision} and {@code question_revision_change}.
 * Loads {@code question-bank/} at start-up and keeps the database in step by id without touching
 * learners' history; in-app edits and GIFT imports pass the same validator. Other modules read it
 * through {@link org.footnote.bank.QuestionCatalog} (records) and listen to {@link org.footnote.bank.BankChanged}.
 */
@ApplicationModule(displayName = "Question bank")
package org.footnote.bank;

import org.springframework.modulith.ApplicationModule;
