/**
 * The frame of every signed-in page: the main layout and its menu, the live region for screen
 * readers, the appearance choice, dates and times in the viewer's zone, layouts for phones, and the
 * error pages. Owns no table.
 */
@ApplicationModule(displayName = "App frame")
package org.footnote.ui;

import org.springframework.modulith.ApplicationModule;
