package org.armswatch.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Assesses transfers against a set of regimes. Generic over the data: nothing here knows a regime,
 * a state or a resolution. Immutable and thread-safe; one instance serves any number of transfers.
 *
 * <p>A provision applies to a transfer when the date lies in its in-force interval, the transfer
 * goes its direction (to the target: the recipient is the target; from: the supplier is), and at
 * least one of the transfer's items meets its scope and lies within none of its exclusions (see
 * {@link ItemCatalog} for how items meet). The verdict is the most severe effect among the
 * provisions that apply, in the order of {@link Effect}; none gives {@link Verdict#NO_REGIME}.
 *
 * <p>Caveats: {@code contested} for a provision whose status is contested; {@code
 * unverified_paragraph} for a citation not fully checked; {@code own_jurisdiction_only} for a
 * regime binding only its authority's jurisdiction; {@code disputed_scope} and {@code
 * partial_scope} from the regime data when the provision applies through the items they name;
 * {@code partial_scope} also when every item meets the provision only partly (a category against a
 * narrower type, unspecified arms against some kinds of arms); {@code monitoring_ended} when the
 * date is after the last day of a regime's monitoring body; {@code economic_not_arms} when an
 * item is economic (whether or not a provision applies to it); {@code expired} for a provision that would apply but whose
 * interval ended on or before the date, unless the provision that replaced it applies.
 */
public final class Assessor {
    private final Regimes regimes;

    public Assessor(Regimes regimes) {
        this.regimes = regimes;
    }

    /**
     * Assesses one transfer.
     *
     * @throws IllegalArgumentException when an item is neither a category nor a type of the
     *     regimes; the message lists the accepted items
     */
    public Assessment assess(TransferQuery transfer) {
        ItemCatalog catalog = regimes.items();
        for (String item : transfer.items()) {
            if (!catalog.isKnown(item)) {
                throw new IllegalArgumentException(
                        "unknown item '" + item + "' (expected one of " + String.join(", ", catalog.accepted()) + ")");
            }
        }
        LocalDate date = transfer.date();
        List<Hit> applied = new ArrayList<>();
        List<Hit> ended = new ArrayList<>();
        for (Regime regime : regimes.all()) {
            for (Provision p : regime.provisions()) {
                if (!p.direction().covers(p.target(), transfer.supplier(), transfer.recipient())) {
                    continue;
                }
                Hit hit = cover(catalog, regime, p, transfer.items());
                if (hit == null) {
                    continue;
                }
                if (p.inForce().contains(date)) {
                    applied.add(hit);
                } else if (p.inForce().endedBy(date)) {
                    ended.add(hit);
                }
            }
        }
        applied.sort(Comparator.comparing(h -> h.provision().effect()));
        Set<Caveat> caveats = new LinkedHashSet<>();
        for (Hit h : applied) {
            caveats.addAll(caveats(catalog, h, date));
        }
        List<String> economic = transfer.items().stream()
                .filter(i -> catalog.category(i).equals("economic"))
                .toList();
        if (!economic.isEmpty()) {
            caveats.add(new Caveat(
                    CaveatCode.ECONOMIC_NOT_ARMS,
                    String.join(", ", economic)
                            + (economic.size() == 1 ? " is an economic good" : " are economic goods")
                            + ", not arms or related materiel: provisions on "
                            + (economic.size() == 1 ? "it" : "them") + " are trade measures, not an arms embargo."));
        }
        Set<String> appliedIds = new HashSet<>();
        applied.forEach(
                h -> appliedIds.add(h.regime().id() + "/" + h.provision().id()));
        for (Hit h : ended) {
            Provision p = h.provision();
            if (p.replacedBy() == null || !appliedIds.contains(h.regime().id() + "/" + p.replacedBy())) {
                caveats.add(new Caveat(
                        CaveatCode.EXPIRED,
                        p.citation() + " would cover this transfer, but it ended on "
                                + p.inForce().until() + ", before " + date + "."));
            }
        }
        List<Caveat> ordered = new ArrayList<>(caveats);
        ordered.sort(Comparator.comparing(Caveat::code));
        Verdict verdict = applied.isEmpty()
                ? Verdict.NO_REGIME
                : Verdict.of(applied.getFirst().provision().effect());
        return new Assessment(
                verdict,
                applied.stream()
                        .map(h -> new AppliedProvision(h.regime(), h.provision(), h.items()))
                        .toList(),
                ordered);
    }

    /** A provision a transfer's items meet: the items that meet it and whether any meets it fully. */
    private record Hit(Regime regime, Provision provision, List<String> items, boolean full) {}

    private static Hit cover(ItemCatalog catalog, Regime regime, Provision p, List<String> items) {
        List<String> met = new ArrayList<>();
        boolean full = false;
        for (String item : items) {
            if (p.exclusions().stream().anyMatch(e -> catalog.within(item, e))) {
                continue;
            }
            ItemCatalog.Match best = ItemCatalog.Match.NONE;
            for (String scope : p.items()) {
                ItemCatalog.Match m = catalog.match(item, scope);
                if (m.compareTo(best) > 0) {
                    best = m;
                }
            }
            if (best != ItemCatalog.Match.NONE) {
                met.add(item);
                full |= best == ItemCatalog.Match.FULL;
            }
        }
        return met.isEmpty() ? null : new Hit(regime, p, met, full);
    }

    private static List<Caveat> caveats(ItemCatalog catalog, Hit h, LocalDate date) {
        Regime r = h.regime();
        Provision p = h.provision();
        List<Caveat> out = new ArrayList<>();
        if (p.status() == ProvisionStatus.CONTESTED) {
            out.add(new Caveat(CaveatCode.CONTESTED, "The validity of " + r.name() + " is contested: " + r.dispute()));
        }
        switch (p.paragraph()) {
            case SUBSTANCE_VERIFIED_PARAGRAPH_UNVERIFIED ->
                out.add(new Caveat(
                        CaveatCode.UNVERIFIED_PARAGRAPH,
                        p.citation() + ": what the provision does is confirmed by sources, its paragraph number"
                                + " is not; check the text before citing it."));
            case UNVERIFIED ->
                out.add(new Caveat(
                        CaveatCode.UNVERIFIED_PARAGRAPH,
                        p.citation() + ": not verified against sources; check the text before citing it."));
            case VERIFIED -> {}
        }
        if (r.binding() == Binding.OWN_JURISDICTION) {
            out.add(new Caveat(
                    CaveatCode.OWN_JURISDICTION_ONLY,
                    r.name() + ": an autonomous measure of the " + r.authority()
                            + "; it binds only persons and goods under " + r.authority()
                            + " jurisdiction, not UN members at large."));
        }
        for (ScopeCaveat c : p.scopeCaveats()) {
            boolean concerned = h.items().stream()
                    .anyMatch(i -> c.items().stream().anyMatch(s -> catalog.match(i, s) != ItemCatalog.Match.NONE));
            if (concerned) {
                out.add(new Caveat(c.code(), p.citation() + ": " + c.text()));
            }
        }
        if (!h.full()) {
            out.add(new Caveat(
                    CaveatCode.PARTIAL_SCOPE,
                    p.citation() + " covers only part of what " + String.join(", ", h.items()) + " names ("
                            + String.join(", ", p.items()) + "); whether it applies depends on what exactly is"
                            + " transferred."));
        }
        Monitoring m = r.monitoring();
        if (m != null && date.isAfter(m.ended())) {
            out.add(new Caveat(CaveatCode.MONITORING_ENDED, m.body() + " ended on " + m.ended() + ": " + m.text()));
        }
        return out;
    }
}
