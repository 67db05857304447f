/**
 * Small building blocks that several modules share and that belong to none: JSON list columns, text
 * hygiene, and in {@code shared.persistence} the database plumbing (durable commits on H2, one-statement
 * upserts, dialects, LIKE escaping, the data folder). Owns no table and knows no feature.
 */
@ApplicationModule(displayName = "Shared")
package org.footnote.shared;

import org.springframework.modulith.ApplicationModule;
