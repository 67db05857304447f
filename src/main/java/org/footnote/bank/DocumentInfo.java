package org.footnote.bank;

/** A document's metadata, for lists and headers. */
public record DocumentInfo(String id, String title, String author, String publisher, String published, String url,
                           String notes) {

    static DocumentInfo of(SourceDocument d) {
        return new DocumentInfo(d.getId(), d.getTitle(), d.getAuthor(), d.getPublisher(), d.getPublished(), d.getUrl(),
                d.getNotes());
    }

    /** "Olimov (1999)": how prompts and lists refer to a document briefly. */
    public String shortName() {
        String surname = author.contains("(") ? title : author.substring(author.lastIndexOf(' ') + 1);
        return surname + " (" + published.substring(0, 4) + ")";
    }
}
