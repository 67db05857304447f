package org.footnote.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import org.footnote.shared.ui.Announcer;

/**
 * Light, dark, or as the system says (the default). The choice is this browser's (local storage),
 * applied before the page paints by {@link #BOOTSTRAP_SCRIPT}, so there is no flash of the wrong
 * colours; the stylesheet maps {@code html[theme]} to the CSS {@code color-scheme} Aura follows.
 */
public class Appearance extends Select<Appearance.Scheme> {

    static final String STORAGE_KEY = "footnote-color-scheme";

    /** Runs in the page's head on every load. */
    public static final String BOOTSTRAP_SCRIPT = "try{var s=localStorage.getItem('" + STORAGE_KEY + "');"
            + "if(s==='light'||s==='dark'){document.documentElement.setAttribute('theme',s);}}catch(e){}";

    public enum Scheme {
        SYSTEM("As the system"), LIGHT("Light"), DARK("Dark");

        private final String label;

        Scheme(String label) {
            this.label = label;
        }

        String attribute() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Appearance() {
        setLabel("Appearance");
        addClassName("appearance");
        setItems(Scheme.values());
        setItemLabelGenerator(s -> s.label);
        setValue(Scheme.SYSTEM);
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply(e.getValue());
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("try{return localStorage.getItem($0)||'system'}catch(e){return 'system'}", STORAGE_KEY)
                .then(String.class, stored -> setValue(Arrays.stream(Scheme.values())
                        .filter(s -> s.attribute().equals(stored)).findFirst().orElse(Scheme.SYSTEM)));
    }

    private void apply(Scheme scheme) {
        getElement().executeJs("try{if($1==='system'){localStorage.removeItem($0);document.documentElement.removeAttribute('theme');}"
                + "else{localStorage.setItem($0,$1);document.documentElement.setAttribute('theme',$1);}}catch(e){}",
                STORAGE_KEY, scheme.attribute());
        Announcer.announce("Appearance: " + scheme.label + ".");
    }
}
