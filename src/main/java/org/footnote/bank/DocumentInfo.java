package org.footnote.bank;

/** A document's metadata, for lists and headers. */
public record DocumentInfo(String id, String title, String author, String publisher, String published, String url,
                           String notes) {

    static DocumentInfo of(SourceDocument d) {
        return new DocumentInfo(d.getId(), d.getTitle(), d.getAuthor(), d.getPublisher(), d.getPublished(), d.getUrl(),
                d.getNotes());
    }

    /** "Olimov (1999)", or for an unnamed author "Student essay (2021)": how lists refer to a document briefly. */
    public String shortName() {
        String who = author.contains("(")
                ? capitalise(author.substring(author.indexOf('(') + 1, author.indexOf(')', author.indexOf('('))))
                : author.substring(author.lastIndexOf(' ') + 1);
        return who + " (" + published.substring(0, 4) + ")";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
