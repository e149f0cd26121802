package org.armswatch.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.armswatch.lists.ListVersion;
import org.armswatch.lists.Quirk;

/** How list versions and quirks are shown, in text and as JSON objects. */
final class ListViews {
    private static final int QUIRK_IDS_SHOWN = 5;

    private ListViews() {}

    static Map<String, Object> version(ListVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.id());
        m.put("source", v.source());
        m.put("format", v.format());
        m.put("published", v.publishedAt().toString());
        m.put("date_basis", v.dateBasis().name().toLowerCase(Locale.ROOT));
        m.put("records", v.recordCount());
        m.put("entities", v.entityCount());
        m.put("sha256", v.sha256());
        m.put("origin", v.origin());
        m.put("loaded_at", v.loadedAt().toString());
        m.put("quirks", v.quirkCount());
        m.put("warnings", v.warnings());
        m.put("active", v.active());
        return m;
    }

    /** Quirks grouped by code: how many, and the ids of the records concerned. */
    static Map<String, Map<String, Object>> quirkSummary(List<Quirk> quirks) {
        Map<String, Map<String, Object>> byCode = new TreeMap<>();
        for (Quirk q : quirks) {
            Map<String, Object> entry = byCode.computeIfAbsent(q.code(), k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("count", 0);
                m.put("records", new ArrayList<String>());
                m.put("example", q.message());
                return m;
            });
            entry.put("count", (Integer) entry.get("count") + 1);
            @SuppressWarnings("unchecked")
            List<String> records = (List<String>) entry.get("records");
            if (!records.contains(q.recordId())) {
                records.add(q.recordId());
            }
        }
        return byCode;
    }

    /** One line per quirk code: {@code blank-name 2 (BEL0174, RUS1467)}. */
    static List<String> quirkLines(List<Quirk> quirks) {
        return quirkSummary(quirks).entrySet().stream()
                .map(e -> {
                    @SuppressWarnings("unchecked")
                    List<String> records = (List<String>) e.getValue().get("records");
                    String ids = String.join(", ", records.subList(0, Math.min(QUIRK_IDS_SHOWN, records.size())))
                            + (records.size() > QUIRK_IDS_SHOWN
                                    ? ", … " + (records.size() - QUIRK_IDS_SHOWN) + " more"
                                    : "");
                    return e.getKey() + " " + e.getValue().get("count") + " (" + ids + ")";
                })
                .toList();
    }

    static String date(Instant i) {
        return i.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String shortHash(String sha) {
        return sha.substring(0, 12);
    }

    /** An age in whole days, or hours under a day. */
    static String age(Duration d) {
        long days = d.toDays();
        return days >= 1 ? days + "d" : Math.max(0, d.toHours()) + "h";
    }
}
