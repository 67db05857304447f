package org.footnote.shared.persistence;

import java.io.IOException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Once the embedded database has created its files, they too are readable by their owner only. */
@Component
class DataFolderPermissions {

    private final Environment environment;

    DataFolderPermissions(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void restrict() throws IOException {
        var folder = DataFolder.of(environment.getProperty("spring.datasource.url", ""));
        if (folder.isPresent()) {
            DataFolder.restrict(folder.get());
        }
    }
}
