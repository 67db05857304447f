package org.footnote.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/**
 * Grids on phones: their secondary columns are hidden on screens narrower than {@link #PHONE_WIDTH}
 * CSS pixels, where they would make the grid scroll sideways, and the cells wrap their text. The
 * hidden values stay reachable on the row's own page or details.
 */
public final class NarrowScreens {

    /** Phones held upright (390–430 px) and small tablets, with room to spare. */
    public static final int PHONE_WIDTH = 640;

    private NarrowScreens() {
    }

    /** Hides {@code secondary} while the browser window is narrower than a tablet, and shows them again when it widens. */
    public static void hideOnPhones(Grid<?> grid, Grid.Column<?>... secondary) {
        var columns = List.of(secondary);
        grid.addThemeName("wrap-cell-content");
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(columns, details.getWindowInnerWidth()));
            var resizes = page.addBrowserWindowResizeListener(resize -> show(columns, resize.getWidth()));
            grid.addDetachListener(detach -> {
                resizes.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void show(List<? extends Grid.Column<?>> columns, int windowWidth) {
        boolean wide = windowWidth <= 0 || windowWidth >= PHONE_WIDTH;
        columns.forEach(column -> column.setVisible(wide));
    }
}
