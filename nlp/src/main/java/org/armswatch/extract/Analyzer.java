package org.armswatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.eval.Denial;
import org.armswatch.extract.eval.Meeting;
import org.armswatch.extract.eval.Person;
import org.armswatch.extract.eval.Quote;
import org.armswatch.extract.eval.Sanction;
import org.armswatch.extract.eval.Transfer;
import org.armswatch.extract.gazetteer.Entry;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.armswatch.extract.gazetteer.Match;
import org.armswatch.news.Languages;

/**
 * Reads the evidence of one article: its transfers, meetings, sanctions designations and denials,
 * each with the sentence that carries it. Thread-safe: one analyser serves every thread.
 */
public final class Analyzer {
    /** The speaker of a quotation whose speaker the text does not say. */
    public static final String UNKNOWN = "unknown";

    private final CoreNlp nlp;
    private final Gazetteer gazetteer;

    public Analyzer(CoreNlp nlp, Gazetteer gazetteer) {
        this.nlp = nlp;
        this.gazetteer = gazetteer;
    }

    /** The gazetteer it reads with, for the steps that follow it (resolution across articles). */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Analyses an article's text. A text longer than {@link #CHUNK} characters is read in chunks of
     * whole paragraphs of at most that size, so memory stays bounded whatever the length; a text
     * about something else than arms, the military or sanctions ({@link #relevant}) gives no events
     * and is not parsed.
     *
     * @param doc the name the results carry (the source file's name)
     * @throws AnalysisException when the text is empty, has no sentences, or is not in English
     */
    public Annotations analyze(String doc, String outlet, LocalDate published, String text) throws AnalysisException {
        if (text.isBlank()) {
            throw new AnalysisException(doc + ": empty: no text to analyse");
        }
        String language = Languages.detect(text);
        if (!language.equals("en") && !language.equals("und")) {
            throw new AnalysisException(
                    doc + ": the text is not in English (detected: " + language + "); only English is analysed");
        }
        if (!relevant(text)) {
            return new Annotations(
                    doc, outlet, published, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<Annotations> parts = new ArrayList<>();
        for (String chunk : chunks(text)) {
            parts.add(analyzeChunk(doc, outlet, published, chunk));
        }
        if (parts.stream().allMatch(p -> p == null)) {
            throw new AnalysisException(doc + ": no sentences found");
        }
        Annotations all = merge(
                doc, outlet, published, parts.stream().filter(p -> p != null).toList());
        return new Annotations(
                doc,
                outlet,
                published,
                all.transfers(),
                SameMeetings.distinct(all.meetings(), published),
                all.sanctions(),
                all.denials(),
                all.quotes(),
                all.people());
    }

    /** The largest piece of text parsed at once, in characters. */
    public static final int CHUNK = 20_000;

    private static final Pattern RELEVANT = Pattern.compile(
            "(?i)\\b(arms|weapon\\w*|munition\\w*|ammunition|missile\\w*|rocket\\w*|drone\\w*|shells?|artillery"
                    + "|military|sanction\\w*|embargo\\w*|warplanes?|jets?|tanks?|troops|defen[cs]e|nuclear|uav\\w*"
                    + "|explosives|rifles?|drones?|warships?|submarines?|grenades?|mortars?|howitzers?|ordnance|armou?red)\\b");

    /**
     * Whether a text is about arms, the military or sanctions at all: a cheap look for any of their
     * words, so that articles about something else skip the parser.
     */
    public static boolean relevant(String text) {
        return RELEVANT.matcher(text).find();
    }

    // Paragraphs (blank-line separated) gathered into chunks of at most CHUNK characters; a single
    // longer paragraph is cut at the last sentence end before the limit.
    static List<String> chunks(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String p = paragraph;
            while (p.length() > CHUNK) {
                int cut = Math.max(p.lastIndexOf(". ", CHUNK), CHUNK / 2);
                flush(out, current);
                out.add(p.substring(0, cut + 1));
                p = p.substring(cut + 1).strip();
            }
            if (current.length() + p.length() + 2 > CHUNK) {
                flush(out, current);
            }
            if (!current.isEmpty()) {
                current.append("\n\n");
            }
            current.append(p);
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<String> out, StringBuilder current) {
        if (!current.toString().isBlank()) {
            out.add(current.toString());
        }
        current.setLength(0);
    }

    // The results of an article's chunks as one: lists joined, people of one name joined.
    private static Annotations merge(String doc, String outlet, LocalDate published, List<Annotations> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        List<Transfer> transfers = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        List<Sanction> sanctions = new ArrayList<>();
        List<Denial> denials = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Map<String, Set<String>> people = new LinkedHashMap<>();
        Map<String, String> affiliations = new HashMap<>();
        for (Annotations a : parts) {
            transfers.addAll(a.transfers());
            meetings.addAll(a.meetings());
            sanctions.addAll(a.sanctions());
            denials.addAll(a.denials());
            quotes.addAll(a.quotes());
            for (Person p : a.people()) {
                people.computeIfAbsent(p.name(), k -> new LinkedHashSet<>()).addAll(p.forms());
                if (p.affiliation() != null) {
                    affiliations.putIfAbsent(p.name(), p.affiliation());
                }
            }
        }
        return new Annotations(
                doc,
                outlet,
                published,
                transfers,
                meetings,
                sanctions,
                denials,
                quotes,
                people.entrySet().stream()
                        .map(e -> new Person(e.getKey(), List.copyOf(e.getValue()), affiliations.get(e.getKey())))
                        .toList());
    }

    // One chunk; null when it has no sentences.
    private Annotations analyzeChunk(String doc, String outlet, LocalDate published, String text) {
        List<Sentence> sentences = nlp.annotate(text);
        if (sentences.isEmpty()) {
            return null;
        }
        Mentions finder = new Mentions(gazetteer);
        List<List<Mention>> all = new ArrayList<>();
        for (Sentence s : sentences) {
            all.add(finder.find(s));
        }
        // First the transfers whose parties the sentences name. Their parties (counted twice) and the
        // states the article names, most often first, are the article's story, which fills in the
        // parties other sentences leave out.
        List<TransferRules.Claim> explicit = new ArrayList<>();
        for (Sentence s : sentences) {
            explicit.addAll(TransferRules.find(s, all.get(s.index()), TransferRules.Context.none()));
        }
        Map<String, Integer> parties = new HashMap<>();
        for (TransferRules.Claim c : explicit) {
            parties.merge(c.supplier(), 2, Integer::sum);
            parties.merge(c.recipient(), 2, Integer::sum);
        }
        for (List<Mention> found : all) {
            for (Mention m : found) {
                if (m.type() == Mention.Type.STATE) {
                    parties.merge(m.code(), 1, Integer::sum);
                }
            }
        }
        List<String> principals = parties.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        TransferRules.Context context = new TransferRules.Context(principals, explicit);
        List<TransferRules.Claim> claims = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        List<Sanction> sanctions = new ArrayList<>();
        List<Denial> denials = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Mention> found = all.get(s.index());
            denials.addAll(EventRules.denial(s, found, context));
            Optional<Sanction> sanction = EventRules.sanction(s, found);
            sanction.ifPresent(sanctions::add);
            EventRules.meeting(s, found, meetings).ifPresent(meetings::add);
            if (sanction.isEmpty()) {
                claims.addAll(TransferRules.find(s, found, context));
            }
            context.saw(found);
        }
        People people = People.find(text, sentences, this::canonicalPerson, People.TITLES);
        List<Quotes.Quote> quotes = Quotes.find(text, sentences, people);
        return new Annotations(
                doc,
                outlet,
                published,
                transfers(claims, quotes),
                meetings,
                sanctions,
                denials,
                quotes.stream()
                        .map(q -> new Quote(q.speaker() == null ? UNKNOWN : q.speaker(), null, q.text()))
                        .toList(),
                people.people().stream()
                        .map(p -> new Person(p.name(), p.forms(), Affiliations.of(sentences, p)))
                        .toList());
    }

    // The gazetteer's canonical name of a person named in full by a form ("Kim Jong-un").
    private Optional<String> canonicalPerson(String form) {
        List<String> words = List.of(form.split("\\s+"));
        for (Match m : gazetteer.find(words)) {
            if (m.start() == 0 && m.end() == words.size() && m.entry().kind() == Entry.Kind.PERSON) {
                return Optional.of(m.entry().canonical());
            }
        }
        return Optional.empty();
    }

    // Who makes a claim: the speaker of the quotation it stands in, when it stands in one.
    private static String claimant(TransferRules.Claim c, List<Quotes.Quote> quotes) {
        for (Quotes.Quote q : quotes) {
            if (q.speaker() != null && q.text().contains(c.evidence().strip())
                    || q.speaker() != null && c.evidence().contains(q.text())) {
                return q.speaker();
            }
        }
        return null;
    }

    // A transfer read twice from one sentence (by a verb and a noun of it) is one, its items joined;
    // so is one told again in a later sentence with the same parties, status and items, or told
    // again in general terms ("arms") after a sentence named what. Claims that differ in their
    // items stay apart: each is a report an analyst may cite.
    private static List<Transfer> transfers(List<TransferRules.Claim> claims, List<Quotes.Quote> quotes) {
        List<TransferRules.Claim> merged = new ArrayList<>();
        for (TransferRules.Claim c : claims) {
            int same = -1;
            for (int i = 0; i < merged.size(); i++) {
                TransferRules.Claim m = merged.get(i);
                if (m.supplier().equals(c.supplier())
                        && m.recipient().equals(c.recipient())
                        && m.status().equals(c.status())
                        && (m.evidence().equals(c.evidence())
                                || m.items().equals(c.items())
                                || c.items().equals(Set.of("weapons_unspecified")))) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                merged.add(c);
            } else {
                TransferRules.Claim m = merged.get(same);
                Set<String> items = new LinkedHashSet<>(m.items());
                items.addAll(c.items());
                merged.set(
                        same,
                        new TransferRules.Claim(
                                m.supplier(),
                                m.recipient(),
                                items,
                                m.status(),
                                m.quantity() != null ? m.quantity() : c.quantity(),
                                m.evidence()));
            }
        }
        List<Transfer> out = new ArrayList<>();
        for (TransferRules.Claim c : merged) {
            out.add(new Transfer(
                    c.supplier(),
                    c.recipient(),
                    null,
                    List.copyOf(c.items()),
                    c.status(),
                    c.quantity(),
                    claimant(c, quotes),
                    c.evidence(),
                    false));
        }
        return out;
    }
}
