package org.armswatch.news;

/** An input that cannot be read as an article; the message names the source and what was wrong. */
public final class ArticleException extends Exception {
    private static final long serialVersionUID = 1L;

    public ArticleException(String source, String problem) {
        super(source + ": " + problem);
    }
}
