package org.armswatch.assess;

import java.util.List;

/**
 * The result of assessing one transfer.
 *
 * @param verdict the most severe effect among {@code provisions}, or {@link Verdict#NO_REGIME} when empty
 * @param provisions every provision that applies, most severe first, then in the order of the regimes and their files
 * @param caveats what qualifies the verdict, without repeats
 */
public record Assessment(Verdict verdict, List<AppliedProvision> provisions, List<Caveat> caveats) {
    public Assessment {
        provisions = List.copyOf(provisions);
        caveats = List.copyOf(caveats);
    }
}
