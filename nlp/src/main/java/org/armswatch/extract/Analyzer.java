package org.armswatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.eval.Denial;
import org.armswatch.extract.eval.Meeting;
import org.armswatch.extract.eval.Sanction;
import org.armswatch.extract.eval.Transfer;
import org.armswatch.extract.gazetteer.Gazetteer;

/**
 * Reads the evidence of one article: its transfers, meetings, sanctions designations and denials,
 * each with the sentence that carries it. Thread-safe: one analyser serves every thread.
 */
public final class Analyzer {
    private final CoreNlp nlp;
    private final Gazetteer gazetteer;

    public Analyzer(CoreNlp nlp, Gazetteer gazetteer) {
        this.nlp = nlp;
        this.gazetteer = gazetteer;
    }

    /**
     * Analyses an article's text.
     *
     * @param doc the name the results carry (the source file's name)
     */
    public Annotations analyze(String doc, String outlet, LocalDate published, String text) {
        List<Sentence> sentences = nlp.annotate(text);
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
            EventRules.meeting(s, found)
                    .filter(m -> meetings.stream().noneMatch(earlier -> sameMeeting(earlier, m)))
                    .ifPresent(meetings::add);
            if (sanction.isEmpty()) {
                claims.addAll(TransferRules.find(s, found, context));
            }
            context.saw(found);
        }
        return new Annotations(
                doc, outlet, published, transfers(claims), meetings, sanctions, denials, List.of(), List.of());
    }

    // A meeting told again: the same status and the same people (or states).
    private static boolean sameMeeting(Meeting a, Meeting b) {
        return a.status().equals(b.status()) && Set.copyOf(a.participants()).equals(Set.copyOf(b.participants()));
    }

    // Claims of one transfer with the same parties and status, told again in later sentences, are
    // one transfer: their items joined, the first sentence its evidence.
    private static List<Transfer> transfers(List<TransferRules.Claim> claims) {
        List<TransferRules.Claim> merged = new ArrayList<>();
        for (TransferRules.Claim c : claims) {
            int same = -1;
            for (int i = 0; i < merged.size(); i++) {
                TransferRules.Claim m = merged.get(i);
                if (m.supplier().equals(c.supplier())
                        && m.recipient().equals(c.recipient())
                        && m.status().equals(c.status())
                        && m.items().stream().anyMatch(c.items()::contains)) {
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
                merged.set(same, new TransferRules.Claim(m.supplier(), m.recipient(), items, m.status(), m.evidence()));
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
                    null,
                    null,
                    c.evidence(),
                    false));
        }
        return out;
    }
}
