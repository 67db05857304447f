package org.footnote.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.footnote.bank.files.TextMatch;

/** The documents as students read them, with the passages that questions quote marked. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DocumentReader {

    private final SourceDocumentRepository documents;
    private final QuestionRepository questions;

    public DocumentReader(SourceDocumentRepository documents, QuestionRepository questions) {
        this.documents = documents;
        this.questions = questions;
    }

    public Optional<DocumentPage> page(String documentId) {
        return documents.findById(documentId).map(d -> {
            // Fold every quote once, and each block once, rather than per comparison.
            List<String> quotes = questions.findQuotes(documentId, QuestionStatus.ACTIVE).stream().map(TextMatch::fold).toList();
            List<DocumentPage.Block> blocks = new ArrayList<>();
            List<String> texts = d.blocks();
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                String folded = TextMatch.fold(text);
                int count = (int) quotes.stream().filter(folded::contains).count();
                blocks.add(new DocumentPage.Block(i, display(text), type(text), count));
            }
            return new DocumentPage(DocumentInfo.of(d), blocks);
        });
    }

    private static DocumentPage.Block.Type type(String block) {
        if (block.startsWith("#")) {
            return DocumentPage.Block.Type.HEADING;
        }
        if (block.startsWith("- ")) {
            return DocumentPage.Block.Type.LIST_ITEM;
        }
        return block.matches("\\d+\\. .*") ? DocumentPage.Block.Type.NOTE : DocumentPage.Block.Type.PARAGRAPH;
    }

    /** The block's words without its Markdown marker. */
    private static String display(String block) {
        return block.replaceFirst("^#+\\s*", "").replaceFirst("^- ", "");
    }
}
