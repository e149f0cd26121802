package org.armswatch.extract.eval;

import java.util.List;

/**
 * A person named in an article.
 *
 * @param name the canonical name; required
 * @param forms every form the article uses
 * @param affiliation office or organisation, or null
 */
public record Person(String name, List<String> forms, String affiliation) {
    public Person {
        Vocabulary.required("name", name);
        forms = List.copyOf(forms);
    }
}
