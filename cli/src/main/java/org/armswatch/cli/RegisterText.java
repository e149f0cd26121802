package org.armswatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The register's Markdown, HTML and CSV forms, printed from {@link RegisterView}'s maps. */
final class RegisterText {
    private RegisterText() {}

    /** The CSV columns, one row per claim group. */
    static final List<String> CSV_HEADER = List.of(
            "id",
            "supplier",
            "recipient",
            "items",
            "status",
            "status_since",
            "history",
            "independent_sources",
            "sources",
            "articles",
            "denials",
            "list_links",
            "assessed_on",
            "verdict",
            "citations",
            "caveats",
            "first_evidence");

    static void markdown(PrintWriter w, Map<String, Object> report) {
        w.println("# Transfer register");
        w.println();
        w.printf(
                "Generated %s from %s analysed article(s); sanctions-list links: %s.%n",
                report.get("generated"), report.get("articles"), report.get("screening"));
        for (Map<String, Object> g : ReportCommand.groups(report)) {
            w.println();
            w.printf(
                    "## %s → %s: %s (%s)%n%n",
                    g.get("supplier"), g.get("recipient"), String.join(", ", strings(g.get("items"))), g.get("id"));
            w.printf("- **Status**: %s%s%n", g.get("status"), since(g.get("status_since")));
            w.printf("- **Over time**: %s%n", history(g));
            w.printf("- **Independent sources**: %s (%s)%n", g.get("independent_sources"), sources(g));
            for (Map<String, Object> d : maps(g.get("denials"))) {
                w.printf(
                        "- **Denied** by %s (article %s): %s%n",
                        d.get("denier"), d.get("article"), md(d.get("evidence")));
            }
            for (String link : links(g)) {
                w.printf("- **Listed**: %s%n", md(link));
            }
            w.printf("- **Assessment** (%s): %s%n", assessedOn(g), md(verdictWithCitations(g)));
            for (String caveat : caveats(g)) {
                w.printf("  - %s%n", md(caveat));
            }
            w.println();
            w.println("| article | outlet | date | status | claimed by | evidence |");
            w.println("|---|---|---|---|---|---|");
            for (Map<String, Object> c : maps(g.get("claims"))) {
                w.printf(
                        "| %s | %s | %s | %s | %s | %s |%n",
                        c.get("article"),
                        md(c.get("outlet")),
                        text(c.get("date")),
                        c.get("status"),
                        md(c.get("claimed_by")),
                        md(c.get("evidence")));
            }
        }
    }

    static void html(PrintWriter w, Map<String, Object> report) {
        w.println("<!DOCTYPE html>");
        w.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Transfer register</title>");
        w.println("<style>body{font-family:sans-serif;max-width:70em;margin:auto}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:.3em;vertical-align:top;text-align:left}</style></head><body>");
        w.println("<h1>Transfer register</h1>");
        w.printf(
                "<p>Generated %s from %s analysed article(s); sanctions-list links: %s.</p>%n",
                html(report.get("generated")), html(report.get("articles")), html(report.get("screening")));
        for (Map<String, Object> g : ReportCommand.groups(report)) {
            w.printf(
                    "<section id=\"%s\"><h2>%s → %s: %s</h2><ul>%n",
                    html(g.get("id")),
                    html(g.get("supplier")),
                    html(g.get("recipient")),
                    html(String.join(", ", strings(g.get("items")))));
            w.printf("<li><b>Status</b>: %s%s</li>%n", html(g.get("status")), html(since(g.get("status_since"))));
            w.printf("<li><b>Over time</b>: %s</li>%n", html(history(g)));
            w.printf(
                    "<li><b>Independent sources</b>: %s (%s)</li>%n",
                    html(g.get("independent_sources")), html(sources(g)));
            for (Map<String, Object> d : maps(g.get("denials"))) {
                w.printf(
                        "<li><b>Denied</b> by %s (article %s): %s</li>%n",
                        html(d.get("denier")), html(d.get("article")), html(d.get("evidence")));
            }
            for (String link : links(g)) {
                w.printf("<li><b>Listed</b>: %s</li>%n", html(link));
            }
            w.printf("<li><b>Assessment</b> (%s): %s<ul>%n", html(assessedOn(g)), html(verdictWithCitations(g)));
            for (String caveat : caveats(g)) {
                w.printf("<li>%s</li>%n", html(caveat));
            }
            w.println("</ul></li>");
            w.println("</ul><table><tr><th>article</th><th>outlet</th><th>date</th><th>status</th><th>claimed by</th>"
                    + "<th>evidence</th></tr>");
            for (Map<String, Object> c : maps(g.get("claims"))) {
                w.printf(
                        "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>%n",
                        html(c.get("article")),
                        html(c.get("outlet")),
                        html(c.get("date")),
                        html(c.get("status")),
                        html(c.get("claimed_by")),
                        html(c.get("evidence")));
            }
            w.println("</table></section>");
        }
        w.println("</body></html>");
    }

    static void csv(PrintWriter w, List<Map<String, Object>> groups) {
        try (SafeCsv csv = new SafeCsv(w, CSV_HEADER)) {
            for (Map<String, Object> g : groups) {
                List<Map<String, Object>> claims = maps(g.get("claims"));
                csv.row(List.of(
                        g.get("id"),
                        g.get("supplier"),
                        g.get("recipient"),
                        String.join(" ", strings(g.get("items"))),
                        g.get("status"),
                        text(g.get("status_since")),
                        history(g),
                        g.get("independent_sources"),
                        sources(g),
                        String.join(
                                " ",
                                claims.stream().map(c -> text(c.get("article"))).toList()),
                        String.join(
                                "; ",
                                maps(g.get("denials")).stream()
                                        .map(d -> d.get("denier") + ": " + d.get("evidence"))
                                        .toList()),
                        String.join("; ", links(g)),
                        g.get("date"),
                        verdict(g),
                        String.join("; ", AssessCommand.citations(assessment(g))),
                        String.join("; ", caveats(g)),
                        text(claims.getFirst().get("evidence"))));
            }
        }
    }

    // "requested 2023-08-30 (article 2) → delivered 2023-09-14 (article 5)"
    static String history(Map<String, Object> g) {
        List<String> steps = new ArrayList<>();
        for (Map<String, Object> h : maps(g.get("history"))) {
            steps.add(h.get("status") + (h.get("date") == null ? "" : " " + h.get("date")) + " (article "
                    + h.get("article") + ")");
        }
        return String.join(" → ", steps);
    }

    static String sources(Map<String, Object> g) {
        return String.join(
                "; ",
                maps(g.get("sources")).stream()
                        .map(s -> s.get("source") + ": articles " + String.join(", ", strings(s.get("articles"))))
                        .toList());
    }

    // "group:wagner-group: ofac:22543 PRIVATE MILITARY COMPANY 'WAGNER' (0.97, confirmed)"
    @SuppressWarnings("unchecked")
    static List<String> links(Map<String, Object> g) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : ((Map<String, Object>) g.get("list_links")).entrySet()) {
            for (ActorLinks.Link l : (List<ActorLinks.Link>) e.getValue()) {
                out.add(e.getKey() + ": " + l.entry() + " " + l.caption() + " ("
                        + (l.score() == null ? "" : String.format(Locale.ROOT, "%.2f", l.score()))
                        + (l.judgement() == null ? "" : (l.score() == null ? "" : ", ") + l.judgement()) + ")");
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> assessment(Map<String, Object> g) {
        return (Map<String, Object>) g.get("assessment");
    }

    static String verdict(Map<String, Object> g) {
        return String.valueOf(assessment(g).get("verdict"));
    }

    // "prohibited: UNSCR 1718 (2006) op. 8(b); UNSCR 1874 (2009) op. 9"
    static String verdictWithCitations(Map<String, Object> g) {
        List<String> citations = AssessCommand.citations(assessment(g));
        return verdict(g) + (citations.isEmpty() ? "" : ": " + String.join("; ", citations));
    }

    // "on 2023-09-01", or "on 2026-12-02, the day it was ingested (the article gives no date)"
    static String assessedOn(Map<String, Object> g) {
        return "on " + g.get("date")
                + ("published".equals(g.get("date_basis"))
                        ? ""
                        : ", the day it was ingested (the article gives no date)");
    }

    // "contested: …" for each caveat.
    static List<String> caveats(Map<String, Object> g) {
        return maps(assessment(g).get("caveats")).stream()
                .map(c -> c.get("code") + ": " + c.get("text"))
                .toList();
    }

    private static String since(Object date) {
        return date == null ? "" : " since " + date;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object o) {
        return (List<Map<String, Object>>) o;
    }

    /** A JSON-ish list as strings. */
    static List<String> strings(Object o) {
        return ((List<?>) o).stream().map(String::valueOf).toList();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String md(Object o) {
        return text(o).replace("|", "\\|").replaceAll("\\s+", " ");
    }

    static String html(Object o) {
        return text(o).replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
