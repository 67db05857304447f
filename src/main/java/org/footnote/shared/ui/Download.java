package org.footnote.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a file made when it is clicked (an export of what the page shows now). */
public final class Download {

    private Download() {
    }

    /**
     * @param content  the file's bytes, made on click
     * @param fileName the name the browser saves it under
     * @param mimeType its type, with a charset for text
     * @param text     the link's text
     */
    public static Anchor link(Supplier<byte[]> content, String fileName, String mimeType, String text) {
        return link(content, () -> fileName, mimeType, text);
    }

    /** As above, with a name decided on click (a view that shows another record under the same link). */
    public static Anchor link(Supplier<byte[]> content, Supplier<String> fileName, String mimeType, String text) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), mimeType, bytes.length);
        }), AttachmentType.DOWNLOAD, text);
    }

    /** UTF-8 text as a file. */
    public static Anchor text(Supplier<String> content, String fileName, String mimeType, String text) {
        return link(() -> content.get().getBytes(java.nio.charset.StandardCharsets.UTF_8), fileName,
                mimeType + ";charset=utf-8", text);
    }
}
