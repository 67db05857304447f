/**
 * Classes: an instructor's groups of students. Owns {@code school_class} and {@code class_person}.
 * Exposes {@link org.footnote.classes.ClassService}: classes taught, rosters, join codes,
 * co-instructors, and {@code mayRead(student)}, the one rule for who may read a student's records.
 */
@ApplicationModule(displayName = "Classes")
package org.footnote.classes;

import org.springframework.modulith.ApplicationModule;
