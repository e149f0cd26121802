package org.armswatch.extract.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * B-cubed precision, recall and F1 of a clustering of name forms.
 *
 * @param forms the number of distinct gold forms the figures average over
 */
public record BCubed(double precision, double recall, double f1, int forms) {
    /**
     * Scores {@code predicted} against {@code gold}. Each argument is a collection of groups of name
     * forms; forms are compared by their key (case, punctuation and white space ignored) and groups
     * that share a form are one cluster. The items are the distinct gold forms: predicted forms
     * that are not gold forms are ignored, and a gold form no predicted group mentions is a
     * singleton. For each item {@code f} with gold cluster {@code G(f)} and predicted cluster
     * {@code P(f)} (both restricted to the items), precision is {@code |G(f) ∩ P(f)| / |P(f)|} and
     * recall {@code |G(f) ∩ P(f)| / |G(f)|}; the figures are their means over the items and F1 is
     * their harmonic mean. No gold forms at all score 1.0.
     */
    public static BCubed score(
            Collection<? extends Collection<String>> gold, Collection<? extends Collection<String>> predicted) {
        Map<String, Integer> goldCluster = clusterIds(gold);
        Map<String, Integer> predictedCluster = clusterIds(predicted);
        if (goldCluster.isEmpty()) {
            return new BCubed(1.0, 1.0, 1.0, 0);
        }
        Map<Integer, Set<String>> goldMembers = members(goldCluster, goldCluster.keySet());
        Map<String, Integer> predictedOnItems = new HashMap<>();
        int singleton = -1;
        for (String form : goldCluster.keySet()) {
            Integer id = predictedCluster.get(form);
            predictedOnItems.put(form, id == null ? singleton-- : id);
        }
        Map<Integer, Set<String>> predictedMembers = members(predictedOnItems, goldCluster.keySet());
        double precision = 0;
        double recall = 0;
        for (String form : goldCluster.keySet()) {
            Set<String> g = goldMembers.get(goldCluster.get(form));
            Set<String> p = predictedMembers.get(predictedOnItems.get(form));
            long both = g.stream().filter(p::contains).count();
            precision += (double) both / p.size();
            recall += (double) both / g.size();
        }
        int n = goldCluster.size();
        precision /= n;
        recall /= n;
        double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new BCubed(precision, recall, f1, n);
    }

    private static Map<Integer, Set<String>> members(Map<String, Integer> clusterOf, Set<String> items) {
        Map<Integer, Set<String>> members = new HashMap<>();
        for (String form : items) {
            members.computeIfAbsent(clusterOf.get(form), k -> new HashSet<>()).add(form);
        }
        return members;
    }

    // Union-find over form keys: each group unions its forms, so groups sharing a form merge into
    // one cluster. The cluster id of a form is the index of its root in first-seen order.
    private static Map<String, Integer> clusterIds(Collection<? extends Collection<String>> groups) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (Collection<String> group : groups) {
            String first = null;
            for (String form : group) {
                String key = TextKey.of(form);
                if (key.isEmpty()) {
                    continue;
                }
                parent.putIfAbsent(key, key);
                if (first == null) {
                    first = key;
                } else {
                    parent.put(root(parent, key), root(parent, first));
                }
            }
        }
        Map<String, Integer> rootIds = new HashMap<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String key : parent.keySet()) {
            ids.put(key, rootIds.computeIfAbsent(root(parent, key), r -> rootIds.size()));
        }
        return ids;
    }

    private static String root(Map<String, String> parent, String key) {
        String r = key;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** {@code {"b3_p", "b3_r", "b3_f1"}}, followed by {@code "forms"} when {@code withCounts}. */
    Map<String, Object> toJson(boolean withCounts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("b3_p", precision);
        json.put("b3_r", recall);
        json.put("b3_f1", f1);
        if (withCounts) {
            json.put("forms", forms);
        }
        return json;
    }
}
