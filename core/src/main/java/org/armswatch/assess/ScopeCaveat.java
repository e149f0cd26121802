package org.armswatch.assess;

import java.util.List;

/**
 * A caveat a regime file attaches to some of a provision's items, reported whenever the provision
 * applies through one of them.
 *
 * @param code {@link CaveatCode#DISPUTED_SCOPE} or {@link CaveatCode#PARTIAL_SCOPE}
 * @param items items of the provision's scope the caveat concerns
 * @param text the caveat, as one or more sentences
 */
public record ScopeCaveat(CaveatCode code, List<String> items, String text) {
    public ScopeCaveat {
        items = List.copyOf(items);
    }
}
