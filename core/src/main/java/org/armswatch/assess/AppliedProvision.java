package org.armswatch.assess;

import java.util.List;

/**
 * A provision that applies to an assessed transfer.
 *
 * @param regime the regime it belongs to
 * @param provision the provision
 * @param items the transfer's items it applies to
 */
public record AppliedProvision(Regime regime, Provision provision, List<String> items) {
    public AppliedProvision {
        items = List.copyOf(items);
    }
}
