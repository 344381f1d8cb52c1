package io.permitguide.service.city;

/**
 * One kind of permit a city has issued: months of validity and whether it allows more than one exit.
 * {@code reportedOnly} marks options known only from families' reports (such as Guangdong's 1-year permits).
 * {@code source} (for the kind of permit) and {@code feeSource} (for the fee) are keys of the city's sources:
 * the option and its fee often come from different places.
 */
public record ValidityOption(int months, boolean multipleEntry, int feeYuan, boolean reportedOnly, String source, String feeSource) {
}
