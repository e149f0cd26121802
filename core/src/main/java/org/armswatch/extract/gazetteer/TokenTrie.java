package org.armswatch.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie over token keys whose paths end in the written forms that spell them. Built once, then only read, so it is
 * safe to share between threads.
 */
final class TokenTrie {

    /**
     * One spelling of an entry as tokens.
     *
     * @param tokens folded tokens, case kept
     * @param entry the entry spelled
     * @param caseFree whether any case matches; otherwise the proper-name rule of {@link NameTokens#properMatch}
     */
    record Spelling(List<String> tokens, Entry entry, boolean caseFree) {}

    private static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private final List<Spelling> spellings = new ArrayList<>();
    }

    /** The entries a span spells, in insertion order, and where the span ends. */
    record Hit(int end, List<Entry> entries) {}

    private final Node root = new Node();

    TokenTrie(List<Spelling> spellings) {
        for (Spelling spelling : spellings) {
            Node node = root;
            for (String token : spelling.tokens()) {
                node = node.children.computeIfAbsent(NameTokens.key(token), k -> new Node());
            }
            node.spellings.add(spelling);
        }
    }

    /**
     * The longest span starting at {@code start} that spells at least one entry, or null when none does.
     *
     * @param folded the folded text tokens
     * @param keys their keys
     */
    Hit longest(List<String> folded, List<String> keys, int start) {
        // Walk the trie from the start token for as long as the keys continue a path; every node on the way that ends
        // a spelling whose case rule the text obeys is a candidate, and the last one found is the longest.
        Node node = root;
        Hit best = null;
        for (int j = start; j < keys.size(); j++) {
            node = node.children.get(keys.get(j));
            if (node == null) {
                break;
            }
            if (!node.spellings.isEmpty()) {
                List<Entry> entries = accepted(node, folded, start);
                if (!entries.isEmpty()) {
                    best = new Hit(j + 1, entries);
                }
            }
        }
        return best;
    }

    private static List<Entry> accepted(Node node, List<String> folded, int start) {
        Set<Entry> entries = new LinkedHashSet<>();
        for (Spelling spelling : node.spellings) {
            if (spelling.caseFree() || properMatch(spelling.tokens(), folded, start)) {
                entries.add(spelling.entry());
            }
        }
        return List.copyOf(entries);
    }

    private static boolean properMatch(List<String> form, List<String> folded, int start) {
        for (int i = 0; i < form.size(); i++) {
            if (!NameTokens.properMatch(folded.get(start + i), form.get(i))) {
                return false;
            }
        }
        return true;
    }
}
