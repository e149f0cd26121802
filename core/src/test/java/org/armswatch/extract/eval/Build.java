package org.armswatch.extract.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Compact builders for hand-made test annotations. */
final class Build {
    private Build() {}

    /** An article with nothing in it. */
    static Annotations empty(String doc) {
        return new Annotations(doc, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Transfers written {@code [?]SUPPLIER>RECIPIENT:item,item:status}, separated by {@code |};
     * a leading {@code ?} marks an optional one; blank for none.
     */
    static List<Transfer> transfers(String spec) {
        List<Transfer> transfers = new ArrayList<>();
        for (String one : parts(spec)) {
            boolean optional = one.startsWith("?");
            String[] f = one.substring(optional ? 1 : 0).split(":");
            String[] parties = f[0].split(">");
            transfers.add(new Transfer(
                    parties[0], parties[1], null, Arrays.asList(f[1].split(",")), f[2], null, null, one, optional));
        }
        return transfers;
    }

    /** Meetings held with the given evidence, separated by {@code |}; a leading {@code ?} marks an optional one. */
    static List<Meeting> meetings(String spec) {
        List<Meeting> meetings = new ArrayList<>();
        for (String one : parts(spec)) {
            boolean optional = one.startsWith("?");
            meetings.add(new Meeting(List.of(), null, null, "held", one.substring(optional ? 1 : 0), optional));
        }
        return meetings;
    }

    static Annotations withTransfers(String doc, String spec) {
        Annotations e = empty(doc);
        return new Annotations(
                doc, null, null, transfers(spec), e.meetings(), e.sanctions(), e.denials(), e.quotes(), e.people());
    }

    static Annotations withMeetings(String doc, String spec) {
        Annotations e = empty(doc);
        return new Annotations(
                doc, null, null, e.transfers(), meetings(spec), e.sanctions(), e.denials(), e.quotes(), e.people());
    }

    static Annotations withSanctionsAndDenials(String doc, List<Sanction> sanctions, List<Denial> denials) {
        return new Annotations(doc, null, null, List.of(), List.of(), sanctions, denials, List.of(), List.of());
    }

    static Annotations withQuotes(String doc, List<Quote> quotes, List<Person> people) {
        return new Annotations(doc, null, null, List.of(), List.of(), List.of(), List.of(), quotes, people);
    }

    static Annotations withPeople(String doc, List<Person> people) {
        return new Annotations(doc, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), people);
    }

    private static List<String> parts(String spec) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spec.split("\\|")).map(String::strip).toList();
    }
}
