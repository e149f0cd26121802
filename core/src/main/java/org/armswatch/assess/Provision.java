package org.armswatch.assess;

import java.util.List;

/**
 * One operative provision of a regime, as its regime file states it.
 *
 * @param id identifier unique within the regime, such as {@code 1718-8b}
 * @param citation how the provision is cited, such as {@code UNSCR 1718 (2006) op. 8(b)}
 * @param paragraph how far the citation was checked
 * @param target ISO 3166-1 alpha-3 code of the state the provision targets
 * @param direction which transfers it covers relative to {@code target}
 * @param items gold categories and item types it covers; {@code weapons_unspecified} stands for all arms
 * @param exclusions categories and types it leaves out; a type is left out with its category
 * @param effect what it does to the transfers it covers
 * @param inForce the days it is in force
 * @param status its standing as recorded
 * @param replacedBy id of the provision of the same regime that took its place when it ended, or null
 * @param scopeCaveats caveats on some of its items
 * @param notes what the data does not say otherwise, or null
 */
public record Provision(
        String id,
        String citation,
        Verification paragraph,
        String target,
        Direction direction,
        List<String> items,
        List<String> exclusions,
        Effect effect,
        Interval inForce,
        ProvisionStatus status,
        String replacedBy,
        List<ScopeCaveat> scopeCaveats,
        String notes) {
    public Provision {
        items = List.copyOf(items);
        exclusions = List.copyOf(exclusions);
        scopeCaveats = List.copyOf(scopeCaveats);
    }
}
