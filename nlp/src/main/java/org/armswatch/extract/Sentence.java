package org.armswatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One annotated sentence of a text: its tokens and its dependency tree.
 *
 * @param index its position in the text, from 0
 * @param begin offset of its first character in the text
 * @param end offset after its last character
 * @param text its text as written
 * @param tokens its tokens in order
 * @param dependencies the arcs of its dependency tree, empty when it was not parsed
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** The token at a position. */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** The arc that ends at a token, empty for the root and for tokens left out of the tree. */
    public Optional<Dependency> head(int token) {
        for (Dependency d : dependencies) {
            if (d.dependent() == token) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The arcs that start at a token, in the order of their dependents. */
    public List<Dependency> children(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == token) {
                out.add(d);
            }
        }
        out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return out;
    }

    /** The dependents of a token by a relation or relations starting with it ({@code obl} matches {@code obl:from}). */
    public List<Integer> children(int token, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children(token)) {
            if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The tokens under a token in the tree, itself included, in sentence order. */
    public List<Integer> subtree(int token) {
        List<Integer> out = new ArrayList<>();
        collect(token, out);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int token, List<Integer> out) {
        out.add(token);
        for (Dependency d : dependencies) {
            if (d.governor() == token && !out.contains(d.dependent())) {
                collect(d.dependent(), out);
            }
        }
    }
}
