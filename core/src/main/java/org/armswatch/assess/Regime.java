package org.armswatch.assess;

import java.util.List;

/**
 * A sanctions regime as one regime file states it.
 *
 * @param id identifier unique among the loaded regimes, such as {@code un-dprk}
 * @param name its name in words
 * @param authority who imposes it
 * @param binding whom it binds
 * @param sources where its facts were checked
 * @param dispute who disputes its validity and how, or null; required when a provision is contested
 * @param monitoring its ended monitoring body, or null
 * @param itemTypes the item types it defines
 * @param provisions its provisions, in file order
 * @param file the name of the file it was read from
 */
public record Regime(
        String id,
        String name,
        Authority authority,
        Binding binding,
        List<String> sources,
        String dispute,
        Monitoring monitoring,
        List<ItemType> itemTypes,
        List<Provision> provisions,
        String file) {
    public Regime {
        sources = List.copyOf(sources);
        itemTypes = List.copyOf(itemTypes);
        provisions = List.copyOf(provisions);
    }
}
