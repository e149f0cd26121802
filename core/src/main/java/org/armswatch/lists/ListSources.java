package org.armswatch.lists;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lists armswatch knows by name. A source not in the catalogue (an OpenSanctions dataset, a
 * filtered extract loaded with {@code --source}) is described by {@link #describe(String)}.
 */
public final class ListSources {
    /** Prefix of the sources that hold OpenSanctions datasets. */
    public static final String OPENSANCTIONS = "opensanctions-";

    private static final String US_GOV = "US Government work: public domain.";
    private static final String OS_TERMS = "OpenSanctions data is licensed CC BY-NC 4.0: non-commercial use only,"
            + " cite OpenSanctions; commercial use needs a licence from OpenSanctions.";

    private static final List<ListSource> KNOWN = List.of(
            new ListSource(
                    "un",
                    "UN Security Council Consolidated List",
                    "United Nations Security Council",
                    Optional.of(URI.create("https://scsanctions.un.org/resources/xml/en/consolidated.xml")),
                    "UN public information, under the United Nations website terms of use.",
                    Duration.ofDays(7)),
            new ListSource(
                    "ofac-sdn",
                    "OFAC Specially Designated Nationals (SDN) List",
                    "US Treasury, Office of Foreign Assets Control",
                    Optional.of(URI.create(
                            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML")),
                    US_GOV,
                    Duration.ofDays(7)),
            new ListSource(
                    "ofac-cons",
                    "OFAC Consolidated (non-SDN) Sanctions List",
                    "US Treasury, Office of Foreign Assets Control",
                    Optional.of(
                            URI.create(
                                    "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONSOLIDATED.XML")),
                    US_GOV,
                    Duration.ofDays(14)),
            new ListSource(
                    "eu",
                    "EU Financial Sanctions Files (consolidated list)",
                    "European Commission (DG FISMA)",
                    Optional.of(
                            URI.create(
                                    "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw")),
                    "EU data: reuse authorised with acknowledgement of the source (Commission Decision 2011/833/EU).",
                    Duration.ofDays(7)),
            new ListSource(
                    "uk",
                    "UK Sanctions List",
                    "UK Foreign, Commonwealth and Development Office",
                    Optional.of(URI.create("https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.ods")),
                    "Open Government Licence v3.0.",
                    Duration.ofDays(7)),
            new ListSource(
                    OPENSANCTIONS + "sanctions",
                    "OpenSanctions: consolidated sanctions",
                    "OpenSanctions",
                    Optional.of(
                            URI.create("https://data.opensanctions.org/datasets/latest/sanctions/entities.ftm.json")),
                    OS_TERMS,
                    Duration.ofDays(3)));

    private static final Map<String, ListSource> BY_NAME =
            KNOWN.stream().collect(Collectors.toUnmodifiableMap(ListSource::name, Function.identity()));

    private ListSources() {}

    /** The lists downloaded by {@code lists update} without a path. */
    public static List<ListSource> downloadable() {
        return KNOWN.stream().filter(s -> s.downloadUrl().isPresent()).toList();
    }

    /** A known source, or a description of an unknown one (OpenSanctions terms for {@code opensanctions-*}). */
    public static ListSource describe(String name) {
        ListSource known = BY_NAME.get(name);
        if (known != null) {
            return known;
        }
        // An extract of a publisher's list loaded under a name of its own (ofac-irgc, un-dprk)
        // keeps that publisher's terms.
        for (String family : List.of("ofac-sdn", "un", "eu", "uk")) {
            String prefix = family.equals("ofac-sdn") ? "ofac-" : family + "-";
            if (name.startsWith(prefix)) {
                ListSource parent = BY_NAME.get(family);
                return new ListSource(
                        name,
                        parent.title() + " (extract " + name + ")",
                        parent.publisher(),
                        Optional.empty(),
                        parent.terms(),
                        parent.cadence());
            }
        }
        if (name.startsWith(OPENSANCTIONS)) {
            return new ListSource(
                    name,
                    "OpenSanctions dataset " + name.substring(OPENSANCTIONS.length()),
                    "OpenSanctions",
                    Optional.empty(),
                    OS_TERMS,
                    Duration.ofDays(7));
        }
        return new ListSource(
                name,
                name,
                "unknown publisher",
                Optional.empty(),
                "Terms of the original publisher.",
                Duration.ofDays(30));
    }

    /** Whether a source name is well-formed: lower-case letters, digits, dashes and underscores. */
    public static boolean isValidName(String name) {
        return name != null && name.matches("[a-z0-9][a-z0-9_-]{0,63}");
    }
}
