package io.permitguide.service.city;

import io.permitguide.service.data.Source;

/**
 * One kind of permit a city has issued: months of validity and whether it allows more than one exit.
 * {@code reportedOnly} marks options known only from families' reports (such as Guangdong's 1-year permits).
 */
public record ValidityOption(int months, boolean multipleEntry, int feeYuan, boolean reportedOnly, Source source) {
}
