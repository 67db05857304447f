/**
 * Database plumbing that modules with their own SQL may use: {@link org.footnote.shared.persistence.Upsert},
 * {@link org.footnote.shared.persistence.InstanceLock},
 * {@link org.footnote.shared.persistence.Dialects} and {@link org.footnote.shared.persistence.LikePattern}.
 */
@NamedInterface("persistence")
package org.footnote.shared.persistence;

import org.springframework.modulith.NamedInterface;
