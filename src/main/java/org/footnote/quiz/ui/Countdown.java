package org.footnote.quiz.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import org.footnote.shared.ui.Announcer;

/**
 * The time left under a limit, counted down in the browser from the server's figure. It only
 * informs: the server submits the attempt at the limit whatever the browser does. Screen readers
 * hear it at five minutes and at one minute (role="timer" is otherwise silent).
 */
class Countdown extends Span {

    private final Runnable onTimeUp;

    Countdown(Runnable onTimeUp) {
        this.onTimeUp = onTimeUp;
        addClassName("quiz-countdown");
        getElement().setAttribute("role", "timer");
        setVisible(false);
    }

    /** Counts down from the server's figure; a second after zero the server is asked to end the attempt. */
    void start(Duration left) {
        long millis = Math.max(0, left.toMillis());
        setText(text(millis / 1000));
        setVisible(true);
        getElement().executeJs("""
                const el = this, end = Date.now() + $0;
                const warnings = [300, 60].filter(w => w * 1000 < $0);
                clearInterval(el._footnoteTimer);
                clearTimeout(el._footnoteEnd);
                const tick = () => {
                  const s = Math.max(0, Math.ceil((end - Date.now()) / 1000));
                  el.textContent = 'Time left ' + Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                  if (warnings.length && s <= warnings[0]) { el.$server.warn(warnings.shift()); }
                  if (s === 0) { clearInterval(el._footnoteTimer); }
                };
                el._footnoteTimer = setInterval(tick, 1000);
                el._footnoteEnd = setTimeout(() => el.$server.timeUp(), $0 + 1000);
                """, millis);
    }

    void stop() {
        getElement().executeJs("clearInterval(this._footnoteTimer); clearTimeout(this._footnoteEnd)");
        setVisible(false);
    }

    @ClientCallable
    void warn(int seconds) {
        long minutes = Math.max(1, Math.round(seconds / 60.0));
        Announcer.announce(minutes + (minutes == 1 ? " minute" : " minutes") + " left.");
    }

    @ClientCallable
    void timeUp() {
        onTimeUp.run();
    }

    static String text(long seconds) {
        return "Time left " + seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
