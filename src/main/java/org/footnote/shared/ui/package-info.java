/**
 * Small UI pieces every module's views use and that know no feature: the live region that speaks to
 * screen readers ({@link org.footnote.shared.ui.Announcer}), dates and times in the viewer's zone
 * ({@link org.footnote.shared.ui.Times}), grids on phones ({@link org.footnote.shared.ui.NarrowScreens})
 * and a marked passage ({@link org.footnote.shared.ui.Mark}).
 */
@NamedInterface("ui")
package org.footnote.shared.ui;

import org.springframework.modulith.NamedInterface;
