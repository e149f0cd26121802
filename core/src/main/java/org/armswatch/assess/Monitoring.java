package org.armswatch.assess;

import java.time.LocalDate;

/**
 * The body that monitored a regime's implementation, when its work has ended.
 *
 * @param body its name
 * @param ended the last day of its mandate; assessments of later dates carry {@link CaveatCode#MONITORING_ENDED}
 * @param text what happened and what replaced it, in words
 */
public record Monitoring(String body, LocalDate ended, String text) {}
