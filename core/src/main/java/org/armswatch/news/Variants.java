package org.armswatch.news;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic edited copies of a news report, as syndication and republishing produce them, for
 * measuring {@link NearDuplicates}.
 *
 * <p>A report is a text whose non-blank lines are its paragraphs, the first its headline. The same
 * seed and report give the same variants on every run and JVM ({@link Random} is a specified
 * algorithm).
 */
public final class Variants {
    /** One kind of edit; {@link #apply} performs them in this order. */
    public enum Edit {
        /** The headline replaced by six to ten words drawn from the body. */
        HEADLINE,
        /** The body paragraphs shuffled, the headline kept first. */
        REORDER,
        /** One or two body paragraphs dropped, as long as two remain. */
        DROP,
        /** Each word replaced, with probability one in ten, by a common word. */
        REPLACE_WORDS,
        /** One to three outlet sentences added before the body and two to four after it. */
        BOILERPLATE
    }

    /** The probability with which {@link Edit#REPLACE_WORDS} replaces a word. */
    static final double REPLACED_FRACTION = 0.1;

    private static final List<String> COMMON_WORDS = List.of(
            "also",
            "after",
            "before",
            "during",
            "several",
            "many",
            "few",
            "officials",
            "report",
            "said",
            "week",
            "month",
            "year",
            "country",
            "region",
            "government",
            "security",
            "according",
            "however",
            "meanwhile",
            "new",
            "former",
            "major",
            "local",
            "national",
            "international",
            "people",
            "time",
            "support",
            "issue",
            "statement",
            "plan",
            "talks",
            "group",
            "forces",
            "public",
            "early",
            "late",
            "recent",
            "further",
            "number",
            "part",
            "state",
            "policy",
            "matter",
            "source",
            "move",
            "effort");

    private static final List<String> HEADER_LINES = List.of(
            "Subscribe to our morning briefing for the stories that matter.",
            "This story was first published by our partner newsroom and is republished with permission.",
            "Listen to this article, about six minutes.",
            "Advertisement: continue reading below.",
            "Follow our live coverage of world affairs throughout the day.");

    private static final List<String> FOOTER_LINES = List.of(
            "Copyright the publisher. All rights reserved.",
            "Additional reporting by our foreign desk; editing by the night team.",
            "Sign up for the weekly newsletter and get our analysis in your inbox every Friday.",
            "Have a tip? Contact the newsroom through our secure form.",
            "Related stories: more on defence, diplomacy and trade from our correspondents.",
            "Comments on this article are closed.");

    private final long seed;

    /** Variants determined by this seed. */
    public Variants(long seed) {
        this.seed = seed;
    }

    /**
     * {@code count} variants of the report: variant {@code i} applies the single edit {@code
     * Edit.values()[i]} for the first five, then a random combination of at least two edits. Each
     * variant draws from its own generator seeded from this object's seed and {@code i}.
     */
    public List<String> generate(String report, int count) {
        Edit[] all = Edit.values();
        List<String> variants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Random random = new Random(seed * 0x9E3779B97F4A7C15L + i);
            Set<Edit> edits = EnumSet.noneOf(Edit.class);
            if (i < all.length) {
                edits.add(all[i]);
            } else {
                while (edits.size() < 2) {
                    for (Edit e : all) {
                        if (random.nextBoolean()) {
                            edits.add(e);
                        }
                    }
                }
            }
            variants.add(apply(report, edits, random));
        }
        return variants;
    }

    /** The report with the given edits made, drawing choices from {@code random}. */
    public static String apply(String report, Set<Edit> edits, Random random) {
        List<String> paragraphs = new ArrayList<>(
                report.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        if (paragraphs.isEmpty()) {
            return report;
        }
        String headline = paragraphs.removeFirst();
        if (edits.contains(Edit.HEADLINE)) {
            headline = newHeadline(paragraphs, random);
        }
        if (edits.contains(Edit.REORDER)) {
            Collections.shuffle(paragraphs, random);
        }
        if (edits.contains(Edit.DROP)) {
            int drop = 1 + random.nextInt(2);
            for (int d = 0; d < drop && paragraphs.size() > 2; d++) {
                paragraphs.remove(random.nextInt(paragraphs.size()));
            }
        }
        if (edits.contains(Edit.REPLACE_WORDS)) {
            paragraphs.replaceAll(p -> replaceWords(p, random));
        }
        if (edits.contains(Edit.BOILERPLATE)) {
            List<String> header = pick(HEADER_LINES, 1 + random.nextInt(3), random);
            List<String> footer = pick(FOOTER_LINES, 2 + random.nextInt(3), random);
            paragraphs.addAll(0, header);
            paragraphs.addAll(footer);
        }
        return headline + "\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    private static String newHeadline(List<String> body, Random random) {
        List<String> words =
                body.stream().flatMap(p -> List.of(p.split("\\s+")).stream()).toList();
        if (words.isEmpty()) {
            return "Update";
        }
        int length = 6 + random.nextInt(5);
        List<String> headline = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            headline.add(words.get(random.nextInt(words.size())));
        }
        return String.join(" ", headline);
    }

    private static String replaceWords(String paragraph, Random random) {
        String[] words = paragraph.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (random.nextDouble() < REPLACED_FRACTION) {
                words[i] = COMMON_WORDS.get(random.nextInt(COMMON_WORDS.size()));
            }
        }
        return String.join(" ", words);
    }

    private static List<String> pick(List<String> lines, int n, Random random) {
        List<String> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(n, shuffled.size()));
    }
}
